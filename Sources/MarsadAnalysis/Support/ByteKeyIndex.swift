import MarsadText

/// Exact keys → their positions in a word list, by `ByteHash` and linear probing, confirmed by
/// byte equality. Swift's `Set<String>` hashes Arabic keys through NFC, scalar by scalar; this
/// costs one pass over the bytes, or nothing when the caller has the hash already.
struct ByteKeyIndex: Sendable {
    private var hashes: [UInt64]
    /// Position in the list + 1, 0 for an empty slot.
    private var slots: [Int32]
    /// The keys' bytes, one after another; key `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let shift: UInt64

    /// `keys` must be distinct; a key's index is its position.
    init(_ keys: [String]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        var hashes = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: 0, count: capacity)
        var bytes: [UInt8] = []
        var starts = [0]
        let mask = capacity - 1
        for (n, key) in keys.enumerated() {
            bytes.append(contentsOf: key.utf8)
            starts.append(bytes.count)
            let h = ByteHash.of(key)
            var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[i] != 0 { i = (i + 1) & mask }
            hashes[i] = h
            slots[i] = Int32(n + 1)
        }
        self.hashes = hashes
        self.slots = slots
        self.bytes = bytes
        self.starts = starts
    }

    /// The index of `key`, or -1.
    func index(of key: String) -> Int32 {
        var key = key
        return key.withUTF8 { index(of: $0, hash: ByteHash.of($0)) }
    }

    /// The index of the key of bytes `key`, whose `ByteHash` is `hash`, or -1.
    @inline(__always) func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[i] != 0 {
            if hashes[i] == hash, equal(Int(slots[i] - 1), key) { return slots[i] - 1 }
            i = (i + 1) & mask
        }
        return -1
    }

    @inline(__always) private func equal(_ n: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[n]
        let count = key.count
        guard starts[n + 1] - start == count else { return false }
        guard count > 0 else { return true }
        return bytes.withUnsafeBytes { stored in
            // Eight bytes at a time, then the rest.
            let a = stored.baseAddress! + start
            let b = UnsafeRawPointer(key.baseAddress!)
            var k = 0
            while k + 8 <= count {
                if a.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    != b.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                {
                    return false
                }
                k += 8
            }
            while k < count {
                if a.load(fromByteOffset: k, as: UInt8.self) != b.load(fromByteOffset: k, as: UInt8.self) {
                    return false
                }
                k += 1
            }
            return true
        }
    }
}
