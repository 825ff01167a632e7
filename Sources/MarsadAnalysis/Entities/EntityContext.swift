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
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// Whether the document's token ids are the knowledge base's (integer matching).
    let sameVocabulary: Bool
    let masks: [EntityStartMask]
    /// Per token: its key's `ByteHash` (0 for a token without a key).
    let hashes: [UInt64]
    /// Per token: what the recogniser asks of every token, worked out once.
    let facts: [TokenFact]

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
        bytes = doc.text.bytes
        sameVocabulary = doc.vocabulary === stage.knowledge.vocabulary
        masks = stage.knowledge.entityStartMasks
        hashes = doc.keyHashes
        facts = TokenFact.all(doc, stage)
    }

    /// Tokens `a` and `b` are separated by spaces only (no punctuation, no line break).
    @inline(__always) func adjacent(_ a: Int, _ b: Int) -> Bool {
        TrieScanner.adjacent(toks, bytes, a, b)
    }

    /// Token `i`'s entry in `words.entries`, or -1 (looked up when asked: most tokens never are).
    func entry(_ i: Int) -> Int32 {
        let key = keys[i]
        guard !key.isEmpty else { return -1 }
        return key.utf8.withContiguousStorageIfAvailable { words.lookup.index(of: $0, hash: hashes[i]) }
            ?? words.lookup.index(of: key)
    }

    /// The word classes of token `i` (`EntityWords`).
    @inline(__always) func classes(_ i: Int) -> EntityWords.Classes {
        let e = entry(i)
        return e >= 0 ? words.entries[Int(e)].classes : []
    }

    /// Whether token `i` is a head word or the counterpart noun (with proclitics).
    @inline(__always) func special(_ i: Int) -> EntityWords.Special? {
        guard words.maySpecial(hash: hashes[i]) else { return nil }
        let e = entry(i)
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
