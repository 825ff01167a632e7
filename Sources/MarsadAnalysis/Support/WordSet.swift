import MarsadText

/// A small fixed set of normalised keys (grammatical words: أن، إلى، أيضا…), asked about a
/// token by the byte hash the document already holds. The quote and event stages ask it
/// hundreds of thousands of times a corpus: comparing the token with each word of a list cost
/// about a thousand instructions a question; here it is one probe.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let hashes: [UInt64]
    private let words: [String]
    /// Index + 1 into `words` by hash slot; 0 is empty.
    private let slots: [Int32]
    private let shift: UInt64

    init(_ words: [String]) {
        var capacity = 8
        while capacity < words.count * 2 { capacity *= 2 }
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        var slots = [Int32](repeating: 0, count: capacity)
        var hashes: [UInt64] = []
        var kept: [String] = []
        for word in words {
            let h = ByteHash.of(word)
            var i = Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
            var duplicate = false
            while slots[i] != 0 {
                let n = Int(slots[i] - 1)
                if hashes[n] == h && ByteHash.equal(kept[n], word) { duplicate = true }
                i = (i + 1) & (capacity - 1)
            }
            if duplicate { continue }
            slots[i] = Int32(kept.count + 1)
            hashes.append(h)
            kept.append(word)
        }
        self.slots = slots
        self.hashes = hashes
        self.words = kept
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `key`, whose `ByteHash` is `hash`, is in the set.
    @inline(__always) func contains(_ key: String, hash: UInt64) -> Bool {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[i] != 0 {
            let n = Int(slots[i] - 1)
            if hashes[n] == hash && ByteHash.equal(words[n], key) { return true }
            i = (i + 1) & mask
        }
        return false
    }

    func contains(_ key: String) -> Bool { contains(key, hash: ByteHash.of(key)) }

    /// The words, in the order given (duplicates dropped).
    var all: [String] { words }
}
