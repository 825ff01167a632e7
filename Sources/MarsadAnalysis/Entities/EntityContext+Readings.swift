import MarsadKnowledge
import MarsadText

/// Reading tokens against the knowledge tables: whole or under proclitics, longest phrase first.
extension EntityContext {
    /// A way to read token `i`'s key: whole, or with proclitics peeled.
    struct FirstKey {
        var key: String
        /// Normalised letters peeled from the front.
        var prefixLength: Int
        /// ل + ال written لل: the stem regained its article.
        var restoredArticle: Bool
    }

    /// The readings of token `i` as strings: whole, then each stem under proclitics.
    func stringKeys(_ i: Int) -> [FirstKey] {
        let key = keys[i]
        var out = [FirstKey(key: key, prefixLength: 0, restoredArticle: false)]
        guard facts[i].flags.contains(.proclitic) else { return out }
        for stem in ProcliticPeel.peeled(key) {
            out.append(FirstKey(key: stem.key, prefixLength: stem.prefixLength, restoredArticle: stem.restoredArticle))
        }
        return out
    }

    /// The reading of `key` by `stem`, one of its stems under proclitics (`ProcliticPeel`).
    /// Proclitics are two-byte letters: letters peeled are bytes peeled over two.
    func firstKey(_ key: String, stem: String) -> FirstKey {
        let count = key.utf8.count
        let n = stem.utf8.count
        // Keys are normalised (no marks): a suffix of the bytes is a suffix of the letters.
        if KeyBytes.hasSuffix(key, stem) {
            return FirstKey(key: stem, prefixLength: (count - n) / 2, restoredArticle: false)
        }
        // لل: the stem regained its article (ال, four bytes more than what follows the prefix).
        return FirstKey(key: stem, prefixLength: (count - (n - 4)) / 2, restoredArticle: true)
    }

    /// How to read a token's first word: with or without its proclitics.
    struct Reading {
        var peel: Bool
    }

    func firstKeys(_ i: Int) -> Reading { Reading(peel: true) }
    func unpeeled(_ i: Int) -> Reading { Reading(peel: false) }

    /// The knowledge tables read at tokens.
    enum Table {
        case names, shortNames, titles, orgHeads, adjectives, worldEvents

        /// The table's bit in the start masks.
        var bit: EntityStartMask {
            switch self {
            case .names: .names
            case .shortNames: .shortNames
            case .titles: .titles
            case .orgHeads: .orgHeads
            case .adjectives: .adjectives
            case .worldEvents: .worldEvents
            }
        }
    }

    /// The longest phrase of `table` at token `i` (before `end`).
    func longest(_ table: Table, _ i: Int, _ end: Int, _ reading: Reading) -> Hit<Int32>? {
        // By the token's start masks and the next word, most tables are ruled out cheaply.
        if sameVocabulary, !mayMatch(table, i, reading, next: continuation(i + 1, end)) { return nil }
        // The tries are read in place from the stage (passed from elsewhere, each call copied one).
        return switch table {
        case .names: longest(stage.names, i, end, reading, .names)
        case .shortNames: longest(stage.shortNames, i, end, reading, .shortNames)
        case .titles: longest(stage.titles, i, end, reading, .titles)
        case .orgHeads: longest(stage.orgHeads, i, end, reading, .orgHeads)
        case .adjectives: longest(stage.adjectives, i, end, reading, .adjectives)
        case .worldEvents: longest(stage.worldEventCues, i, end, reading, .worldEvents)
        }
    }

    /// Whether a phrase of `table` may start at token `i` (false: `longest` finds none), by the
    /// token's start masks, then by the trie's first two words (the token's whole word and its
    /// stems under proclitics, and the word after it). By integer ids only.
    /// `next`: the id of the word after it if a phrase may continue onto it (`continuation`).
    func mayMatch(_ table: Table, _ i: Int, _ reading: Reading, next: Int32?) -> Bool {
        guard (reading.peel ? facts[i].any : facts[i].whole).contains(table.bit) else { return false }
        return switch table {
        case .names: mayMatch(stage.names, i, reading, table.bit, next)
        case .shortNames: mayMatch(stage.shortNames, i, reading, table.bit, next)
        case .titles: mayMatch(stage.titles, i, reading, table.bit, next)
        case .orgHeads: mayMatch(stage.orgHeads, i, reading, table.bit, next)
        case .adjectives: mayMatch(stage.adjectives, i, reading, table.bit, next)
        case .worldEvents: mayMatch(stage.worldEventCues, i, reading, table.bit, next)
        }
    }

    private func mayMatch<V>(
        _ trie: PhraseTrie<V>, _ i: Int, _ reading: Reading, _ bit: EntityStartMask, _ next: Int32?
    ) -> Bool {
        if facts[i].whole.contains(bit), trie.mayMatch(firstID: keyIDs[i], then: next) { return true }
        guard reading.peel else { return false }
        return trie.mayMatch(firstID: peelIDs[2 * i], then: next)
            || trie.mayMatch(firstID: peelIDs[2 * i + 1], then: next)
    }

    /// The longest phrase of `trie` at token `i` (before `end`), by integer ids when the
    /// document's vocabulary is the knowledge base's. `table` is the trie's bit in the start
    /// masks: a word that starts none of its phrases is ruled out without a hash lookup.
    private func longest<V>(_ trie: PhraseTrie<V>, _ i: Int, _ end: Int, _ reading: Reading, _ table: EntityStartMask)
        -> Hit<V>?
    {
        guard sameVocabulary, trie.vocabulary === doc.vocabulary else {
            return longest(trie, i, end, reading.peel ? stringKeys(i) : unpeeled(i: i))
        }
        guard !keys[i].isEmpty else { return nil }
        var best: Hit<V>?
        var bestStem: Int32 = -1
        // Closures over `self` (a class): no array is retained per call.
        let next = { (k: Int) -> Int32? in self.continuation(i + k, end) }
        func mayStart(_ id: Int32) -> Bool {
            guard id >= 0 else { return false }
            guard Int(id) < self.masks.count else { return trie.hasPrefix(id: id) }
            return self.masks[Int(id)].contains(table)
        }
        let id = keyIDs[i]
        if mayStart(id), let m = trie.longestMatch(firstID: id, nextID: next) {
            best = Hit(
                length: m.length, values: m.values,
                first: FirstKey(key: keys[i], prefixLength: 0, restoredArticle: false))
        }
        if reading.peel {
            for slot in (2 * i)..<(2 * i + 2) {
                let stem = peelIDs[slot]
                guard mayStart(stem), let m = trie.longestMatch(firstID: stem, nextID: next) else { continue }
                if m.length > (best?.length ?? 0) {
                    best = Hit(
                        length: m.length, values: m.values,
                        first: FirstKey(key: "", prefixLength: 0, restoredArticle: false))
                    bestStem = stem
                }
            }
        }
        if bestStem >= 0, var hit = best {
            // The stem's word in the vocabulary is the stem (the id was found by its bytes).
            hit.first = firstKey(keys[i], stem: trie.vocabulary.word(bestStem))
            best = hit
        }
        return best
    }

    /// The id of token `j` if a phrase may continue onto it (a word before `end`, spaces only
    /// before it).
    @inline(__always) func continuation(_ j: Int, _ end: Int) -> Int32? {
        guard j < end, !keys[j].isEmpty, adjacent(j - 1, j) else { return nil }
        return keyIDs[j]
    }

    func unpeeled(i: Int) -> [FirstKey] { [FirstKey(key: keys[i], prefixLength: 0, restoredArticle: false)] }

    struct Hit<V> {
        var length: Int
        var values: [V]
        var first: FirstKey
    }

    /// The longest phrase of `trie` at token `i` (before `end`), reading the first token by any
    /// of `firsts`.
    func longest<V>(_ trie: PhraseTrie<V>, _ i: Int, _ end: Int, _ firsts: [FirstKey]) -> Hit<V>? {
        var best: Hit<V>?
        let keys = self.keys
        func next(_ k: Int) -> String? {
            let j = i + k
            guard j < end, !keys[j].isEmpty, adjacent(j - 1, j) else { return nil }
            return keys[j]
        }
        for first in firsts where trie.hasPrefix(first.key) {
            if let m = trie.longestMatch(first: first.key, next: next), m.length > (best?.length ?? 0) {
                best = Hit(length: m.length, values: m.values, first: first)
            }
        }
        return best
    }

    /// `ال` + at least two letters (Arabic letters are two UTF-8 bytes: ا = D8 A7, ل = D9 84).
    func startsWithArticle(_ key: String) -> Bool {
        let u = key.utf8
        guard u.count > 6 else { return false }
        var it = u.makeIterator()
        return it.next() == 0xD8 && it.next() == 0xA7 && it.next() == 0xD9 && it.next() == 0x84
    }

    /// Source text of `tokens` with the first token's `prefixLength` proclitic letters removed.
    func textWithoutProclitic(_ tokens: Range<Int>, _ first: FirstKey) -> String {
        let text = self.text(tokens)
        guard first.prefixLength > 0 else { return text }
        var scalars = text.unicodeScalars[...]
        var letters = 0
        while letters < first.prefixLength, let s = scalars.first {
            scalars = scalars.dropFirst()
            if !EntityContext.isMark(s) { letters += 1 }
        }
        while let s = scalars.first, EntityContext.isMark(s) { scalars = scalars.dropFirst() }
        let rest = String(String.UnicodeScalarView(scalars))
        return first.restoredArticle ? "ال" + rest : rest
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        (0x064B...0x065F).contains(s.value) || s.value == 0x0670 || s.value == 0x0640
    }
}
