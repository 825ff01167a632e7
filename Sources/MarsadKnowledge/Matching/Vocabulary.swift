import MarsadText

/// The words of a knowledge base's tries, interned as small integers. A document looks each
/// token up once; tries then walk integer edges, which hash an order of magnitude faster than
/// Arabic strings. Lookups hash the key's bytes (`ByteHash`) and confirm by byte equality,
/// avoiding Swift's Unicode-aware String hashing.
///
/// The index is an open-addressing table of word ids keyed by their byte hash: no `Dictionary`
/// (whose SipHash of the 64-bit hash cost as much as the word's own hash) and no array per
/// bucket. The knowledge base interns some 30,000 words at every start.
///
/// Words are added only while a knowledge base is built (single-threaded); afterwards it is
/// read-only and shared by all analysis threads.
public final class Vocabulary: @unchecked Sendable {
    @exclusivity(unchecked) private var words: [String] = []
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    /// Word ids by hash slot; -1 is empty. A power of two, at most 3/4 full.
    @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 1024)
    @exclusivity(unchecked) private var shift: UInt64 = 64 - 10

    public init() {}

    public var count: Int { words.count }

    /// The id of `word`, or -1 when no phrase of the knowledge base uses it.
    @inline(__always) public func id(of word: String) -> Int32 { id(of: word, hash: ByteHash.of(word)) }

    /// The id of `word`, whose `ByteHash` the caller has already computed.
    @inline(__always) public func id(of word: String, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var i = slot(hash)
        while true {
            let id = slots[i]
            if id < 0 { return -1 }
            if hashes[Int(id)] == hash && ByteHash.equal(words[Int(id)], word) { return id }
            i = (i + 1) & mask
        }
    }

    /// The word of an id.
    public func word(_ id: Int32) -> String { words[Int(id)] }

    func intern(_ word: String) -> Int32 {
        let hash = ByteHash.of(word)
        let existing = id(of: word, hash: hash)
        if existing >= 0 { return existing }
        if (words.count + 1) * 4 > slots.count * 3 { grow() }
        let id = Int32(words.count)
        words.append(word)
        hashes.append(hash)
        place(id)
        return id
    }

    @inline(__always) private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private func place(_ id: Int32) {
        let mask = slots.count - 1
        var i = slot(hashes[Int(id)])
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = id
    }

    private func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for id in words.indices { place(Int32(id)) }
    }
}
