import MarsadKnowledge
import MarsadText

/// What the recogniser asks of a token, worked out once per token in one pass with one look at
/// the key's bytes: later questions are array reads, not String operations.
struct TokenFact {
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// Maybe a head or the counterpart noun (by `EntityWords.maySpecial`), or a word (whole or
        /// a stem under proclitics) that starts a phrase of an entity table or is a given name:
        /// the scan looks no further at others.
        static let mayStart = Flags(rawValue: 1)
        /// An Arabic word whose first letter may be a proclitic (`TrieScanner.mayCarryProclitic`).
        static let proclitic = Flags(rawValue: 2)
        /// An Arabic or Latin word.
        static let word = Flags(rawValue: 4)
    }
    /// The key's byte count << 8 | its last byte (0 without a key).
    var tail: UInt32 = 0
    /// The tables a phrase of which starts with the whole word (`whole`), or with the word or a
    /// stem under its proclitics (`any`).
    var whole: EntityStartMask = []
    var any: EntityStartMask = []
    var flags: Flags = []

    /// The facts of every token of `doc`.
    static func all(_ doc: Document, _ stage: EntityStage) -> [TokenFact] {
        let (toks, keys, keyIDs, peelIDs, hashes) = (doc.tokens, doc.keys, doc.keyIDs, doc.peelIDs, doc.keyHashes)
        let masks = stage.knowledge.entityStartMasks
        let words = stage.words
        var facts = [TokenFact](repeating: TokenFact(), count: toks.count)
        func startMask(_ id: Int32) -> EntityStartMask { id >= 0 && Int(id) < masks.count ? masks[Int(id)] : [] }
        facts.withUnsafeMutableBufferPointer { out in
            for i in out.indices where !keys[i].isEmpty {
                let kind = toks[i].kind
                let arabic = kind == .arabic
                if arabic || kind == .latin { out[i].flags.insert(.word) }
                func read(_ b: UnsafeBufferPointer<UInt8>) {
                    out[i].tail = UInt32(truncatingIfNeeded: b.count) << 8 | UInt32(b[b.count - 1])
                    if arabic && TrieScanner.mayCarryProclitic(bytes: b) { out[i].flags.insert(.proclitic) }
                }
                if keys[i].utf8.withContiguousStorageIfAvailable(read) == nil {
                    var key = keys[i]
                    key.withUTF8(read)
                }
                let whole = startMask(keyIDs[i])
                let any = whole.union(startMask(peelIDs[2 * i])).union(startMask(peelIDs[2 * i + 1]))
                out[i].whole = whole
                out[i].any = any
                if !any.isEmpty || words.maySpecial(hash: hashes[i]) { out[i].flags.insert(.mayStart) }
            }
        }
        return facts
    }
}
