import MarsadKnowledge
import MarsadText

/// The read-only side of one document's recognition: its tokens as the knowledge tables read
/// them, worked out once per token. A class: the pass's helpers read it through one reference
/// (a large struct would be copied, retains and all, at every helper call of a mutating pass).
final class EntityContext {
    let stage: EntityStage
    let doc: Document
    let kb: KnowledgeBase
    let words: EntityWords
    /// The article's date as `yyyymmdd`, if known.
    let day: Int?

    /// The document's per-token arrays.
    let keys: [String]
    let keyIDs: [Int32]
    let peelIDs: [Int32]
    let toks: [Token]
    /// Whether the document's token ids are the knowledge base's (integer matching).
    let sameVocabulary: Bool
    let masks: [EntityStartMask]
    /// Per token: its key's `ByteHash` (0 for a token without a key).
    let hashes: [UInt64]
    /// Per token: its key's entry in `words.entries`, or -1.
    let entryIndex: [Int32]
    /// Per token: whether it follows the token before it across spaces only (`TrieScanner.adjacent`).
    let joined: [Bool]
    /// Per token: what it may start or carry.
    let flags: [TokenFlags]

    /// What a token may start or carry, worked out once per token.
    struct TokenFlags: OptionSet {
        let rawValue: UInt8
        /// A head, the counterpart noun, or a word (whole or a stem under proclitics) that starts
        /// a phrase of an entity table or is a given name: the scan looks no further at others.
        static let mayStart = TokenFlags(rawValue: 1)
        /// A word (whole or a stem under proclitics) that starts a short name.
        static let mayStartShort = TokenFlags(rawValue: 2)
        /// An Arabic word whose first letter may be a proclitic (`TrieScanner.mayCarryProclitic`).
        static let proclitic = TokenFlags(rawValue: 4)
    }

    init(stage: EntityStage, doc: Document) {
        self.stage = stage
        self.doc = doc
        kb = stage.knowledge
        words = stage.words
        day = EntityStage.day(of: doc)
        keys = doc.keys
        keyIDs = doc.keyIDs
        peelIDs = doc.peelIDs
        toks = doc.tokens
        sameVocabulary = doc.vocabulary === stage.knowledge.vocabulary
        masks = stage.knowledge.entityStartMasks
        hashes = doc.keyHashes
        (entryIndex, joined, flags) = EntityContext.tokenTables(doc, stage)
    }

    /// `entryIndex`, `joined` and `flags`: one pass over the tokens.
    private static func tokenTables(_ doc: Document, _ stage: EntityStage) -> ([Int32], [Bool], [TokenFlags]) {
        let (toks, keys, keyIDs, peelIDs, hashes) = (doc.tokens, doc.keys, doc.keyIDs, doc.peelIDs, doc.keyHashes)
        let bytes = doc.text.bytes
        let masks = stage.knowledge.entityStartMasks
        let words = stage.words
        let count = toks.count
        var entryIndex = [Int32](repeating: -1, count: count)
        var joined = [Bool](repeating: false, count: count)
        var flags = [TokenFlags](repeating: [], count: count)
        func startMask(_ id: Int32) -> EntityStartMask { id >= 0 && Int(id) < masks.count ? masks[Int(id)] : [] }
        for i in 0..<count {
            if i > 0 { joined[i] = TrieScanner.adjacent(toks, bytes, i - 1, i) }
            let key = keys[i]
            guard !key.isEmpty else { continue }
            let e = words.lookup.index(of: key, hash: hashes[i])
            entryIndex[i] = e
            var f: TokenFlags = []
            if toks[i].kind == .arabic, TrieScanner.mayCarryProclitic(key) { f.insert(.proclitic) }
            let mask = startMask(keyIDs[i]).union(startMask(peelIDs[2 * i])).union(startMask(peelIDs[2 * i + 1]))
            if !mask.isEmpty || (e >= 0 && words.entries[Int(e)].special != nil) { f.insert(.mayStart) }
            if mask.contains(.shortNames) { f.insert(.mayStartShort) }
            flags[i] = f
        }
        return (entryIndex, joined, flags)
    }

    /// Tokens `a` and `b` are separated by spaces only (no punctuation, no line break).
    @inline(__always) func adjacent(_ a: Int, _ b: Int) -> Bool {
        b == a + 1 ? joined[b] : TrieScanner.adjacent(doc, a, b)
    }

    /// The word classes of token `i` (`EntityWords`).
    @inline(__always) func classes(_ i: Int) -> EntityWords.Classes {
        let e = entryIndex[i]
        return e >= 0 ? words.entries[Int(e)].classes : []
    }

    /// Whether token `i` is a head word or the counterpart noun (with proclitics).
    @inline(__always) func special(_ i: Int) -> EntityWords.Special? {
        let e = entryIndex[i]
        return e >= 0 ? words.entries[Int(e)].special : nil
    }

    func isCounterpart(_ i: Int) -> Bool {
        if case .counterpart? = special(i) { return true }
        return false
    }

    func scalarRange(_ tokens: Range<Int>) -> Range<Int> {
        toks[tokens.lowerBound].start..<toks[tokens.upperBound - 1].end
    }

    /// The source text of `tokens` (sliced by their bytes: no scalar-to-byte search).
    func text(_ tokens: Range<Int>) -> String {
        doc.text.slice(bytes: toks[tokens.lowerBound].byteStart..<toks[tokens.upperBound - 1].byteEnd)
    }

    /// A span of `tokens` with its text.
    func span(_ tokens: Range<Int>) -> TextSpan {
        TextSpan(text: text(tokens), start: toks[tokens.lowerBound].start, end: toks[tokens.upperBound - 1].end)
    }

    func tokenRange(_ r: Range<Int>) -> Range<Int>? {
        let range = doc.tokenRange(covering: r)
        return range.isEmpty ? nil : range
    }
}
