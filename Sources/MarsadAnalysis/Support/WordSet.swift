import MarsadText

/// A small fixed set of normalised keys (grammatical words: أن، إلى، أيضا…), asked about a
/// token by the byte hash the document already holds. The quote and event stages ask it
/// hundreds of thousands of times a corpus: comparing the token with each word of a list cost
/// about a thousand instructions a question; here it is one probe of a `ByteKeyIndex`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let index: ByteKeyIndex
    /// The words, in the order given (duplicates dropped).
    let all: [String]

    init(_ words: [String]) {
        var kept: [String] = []
        for word in words where !kept.contains(where: { ByteHash.equal($0, word) }) { kept.append(word) }
        all = kept
        index = ByteKeyIndex(kept)
    }

    init(arrayLiteral words: String...) { self.init(words) }

    /// Whether `key`, whose `ByteHash` is `hash`, is in the set.
    @inline(__always) func contains(_ key: String, hash: UInt64) -> Bool {
        if let found = key.utf8.withContiguousStorageIfAvailable({ index.index(of: $0, hash: hash) >= 0 }) {
            return found
        }
        var key = key
        return key.withUTF8 { index.index(of: $0, hash: hash) >= 0 }
    }

    func contains(_ key: String) -> Bool { index.index(of: key) >= 0 }
}
