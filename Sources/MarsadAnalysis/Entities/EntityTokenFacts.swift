import MarsadKnowledge
import MarsadText

/// What the recogniser asks of every token, worked out in one pass over the tokens with one
/// look at each key's bytes: later questions are array reads, not String operations.
struct EntityTokenFacts {
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// A head, the counterpart noun, or a word (whole or a stem under proclitics) that starts
        /// a phrase of an entity table or is a given name: the scan looks no further at others.
        static let mayStart = Flags(rawValue: 1)
        /// An Arabic word whose first letter may be a proclitic (`TrieScanner.mayCarryProclitic`).
        static let proclitic = Flags(rawValue: 2)
    }

    /// Per token: its key's entry in `EntityWords.entries`, or -1.
    let entry: [Int32]
    let flags: [Flags]
    /// Per token: the tables a phrase of which starts with the whole word (`whole`), or with
    /// the word or a stem under its proclitics (`any`).
    let wholeMask: [EntityStartMask]
    let anyMask: [EntityStartMask]
    /// Per token: its key's byte count << 8 | its last byte (0 without a key).
    let tails: [UInt32]

    init(doc: Document, stage: EntityStage) {
        let (toks, keys, keyIDs, peelIDs, hashes) = (doc.tokens, doc.keys, doc.keyIDs, doc.peelIDs, doc.keyHashes)
        let masks = stage.knowledge.entityStartMasks
        let words = stage.words
        let count = toks.count
        var entry = [Int32](repeating: -1, count: count)
        var flags = [Flags](repeating: [], count: count)
        var wholeMask = [EntityStartMask](repeating: [], count: count)
        var anyMask = [EntityStartMask](repeating: [], count: count)
        var tails = [UInt32](repeating: 0, count: count)
        func startMask(_ id: Int32) -> EntityStartMask { id >= 0 && Int(id) < masks.count ? masks[Int(id)] : [] }
        for i in 0..<count {
            guard !keys[i].isEmpty else { continue }
            var key = keys[i]
            let arabic = toks[i].kind == .arabic
            let (e, proclitic, tail) = key.withUTF8 { b in
                (
                    words.lookup.index(of: b, hash: hashes[i]),
                    arabic && TrieScanner.mayCarryProclitic(bytes: b),
                    UInt32(truncatingIfNeeded: b.count) << 8 | UInt32(b[b.count - 1])
                )
            }
            entry[i] = e
            tails[i] = tail
            let whole = startMask(keyIDs[i])
            let any = whole.union(startMask(peelIDs[2 * i])).union(startMask(peelIDs[2 * i + 1]))
            wholeMask[i] = whole
            anyMask[i] = any
            var f: Flags = proclitic ? .proclitic : []
            if !any.isEmpty || (e >= 0 && words.entries[Int(e)].special != nil) { f.insert(.mayStart) }
            flags[i] = f
        }
        self.entry = entry
        self.flags = flags
        self.wholeMask = wholeMask
        self.anyMask = anyMask
        self.tails = tails
    }
}
