import MarsadText

/// The words of a knowledge base's tries, interned as small integers. A document looks each
/// token up once; tries then walk integer edges, which hash an order of magnitude faster than
/// Arabic strings. Lookups hash the key's bytes (`ByteHash`) and confirm by byte equality,
/// avoiding Swift's Unicode-aware String hashing.
///
/// Words are added only while a knowledge base is built (single-threaded); afterwards it is
/// read-only and shared by all analysis threads.
public final class Vocabulary: @unchecked Sendable {
    /// Byte hash → ids of the words with that hash (almost always one).
    private var buckets: [UInt64: [Int32]] = [:]
    private var words: [String] = []

    public init() {}

    public var count: Int { words.count }

    /// The id of `word`, or -1 when no phrase of the knowledge base uses it.
    @inline(__always) public func id(of word: String) -> Int32 { id(of: word, hash: ByteHash.of(word)) }

    /// The id of `word`, whose `ByteHash` the caller has already computed.
    @inline(__always) public func id(of word: String, hash: UInt64) -> Int32 {
        guard let ids = buckets[hash] else { return -1 }
        for id in ids where ByteHash.equal(words[Int(id)], word) { return id }
        return -1
    }

    /// The word of an id.
    public func word(_ id: Int32) -> String { words[Int(id)] }

    func intern(_ word: String) -> Int32 {
        let existing = id(of: word)
        if existing >= 0 { return existing }
        let id = Int32(words.count)
        words.append(word)
        buckets[ByteHash.of(word), default: []].append(id)
        return id
    }
}
