import MarsadText

/// Exact keys → their positions in a word list, by `ByteHash` and linear probing, confirmed by
/// byte equality. Swift's `Set<String>` hashes Arabic keys through NFC, scalar by scalar; this
/// costs one pass over the bytes, or nothing when the caller has the hash already.
struct ByteKeyIndex: Sendable {
    private var hashes: [UInt64]
    /// Position in `keys` + 1, 0 for an empty slot.
    private var slots: [Int32]
    private let keys: [String]
    private let shift: UInt64

    /// `keys` must be distinct; a key's index is its position.
    init(_ keys: [String]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        hashes = [UInt64](repeating: 0, count: capacity)
        slots = [Int32](repeating: 0, count: capacity)
        self.keys = keys
        let mask = capacity - 1
        for (n, key) in keys.enumerated() {
            let h = ByteHash.of(key)
            var i = slot(h)
            while slots[i] != 0 { i = (i + 1) & mask }
            hashes[i] = h
            slots[i] = Int32(n + 1)
        }
    }

    @inline(__always) private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The index of `key`, or -1.
    @inline(__always) func index(of key: String) -> Int32 { index(of: key, hash: ByteHash.of(key)) }

    /// The index of `key` whose `ByteHash` is `hash`, or -1.
    @inline(__always) func index(of key: String, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var i = slot(hash)
        while slots[i] != 0 {
            if hashes[i] == hash, ByteHash.equal(keys[Int(slots[i] - 1)], key) { return slots[i] - 1 }
            i = (i + 1) & mask
        }
        return -1
    }
}
