import MarsadKnowledge
import MarsadText

/// Short forms and aliases of names found in the article.
extension EntityPass {
    /// Short forms (`شي`, `وانغ`) and the last word of a multi-word name found in the article
    /// (not a connector's complement).
    mutating func addShortForms() {
        let ctx = self.ctx
        var lastWords = LastWords()
        for (key, w) in addAliases() { lastWords.set(key, ByteHash.of(key), w) }
        for m in names where m.tokens.count >= 2 && works[m.work].type == .person {
            let k = m.tokens.upperBound - 1
            let key = ctx.keys[k]
            let h = ctx.hashes[k]
            // A connector's complement is no short form (عبد الله → الله, أبو مازن → مازن).
            if key.unicodeScalars.count >= 3, !ctx.classes(k).contains(.nameConnector),
                !ctx.classes(k - 1).contains(.nameConnector), lastWords.work(h) == nil
            {
                lastWords.set(key, h, m.work)
            }
        }
        // A given name alone refers back to the one person of the article not in the knowledge
        // base whose name it begins (سالم الدوسري … قال سالم); none when two such names share it.
        // Only a name of given_names.tsv: a known person's first word may be a surname (قوه).
        var firstWords: [ByteKey: Int] = [:]
        let listed = ctx.stage.listedGivenNames
        for m in names where m.tokens.count >= 2 && works[m.work].type == .person && works[m.work].actor == nil {
            guard let key = ctx.givenNameKey(m.tokens.lowerBound), listed.index(of: key) >= 0 else { continue }
            let k = ByteKey(key)
            if let w = firstWords[k], w != m.work { firstWords[k] = -1 } else { firstWords[k] = m.work }
        }
        // Where person mentions start, before this pass adds any.
        var personStarts = [Bool](repeating: false, count: ctx.toks.count)
        for m in names where works[m.work].type == .person { personStarts[m.tokens.lowerBound] = true }
        let facts = ctx.facts
        let hashes = ctx.hashes
        // Without the knowledge base's vocabulary, every word is read against the short names.
        let filter = ctx.sameVocabulary
        let hasShort = !ctx.stage.shortNames.isEmpty
        for line in doc.lines {
            let end = line.tokens.upperBound
            var i = line.tokens.lowerBound
            while i < end {
                guard !covered[i], facts[i].flags.contains(.word) else {
                    i += 1
                    continue
                }
                if hasShort, !filter || facts[i].any.contains(.shortNames),
                    let hit = ctx.longest(.shortNames, i, end, ctx.firstKeys(i)),
                    let person = ctx.pickShort(
                        hit.values,
                        clitic: hit.first.prefixLength > 0
                            && hit.first.key != String(ctx.keys[i].unicodeScalars.dropFirst()),
                        seen: seenActors, countries: docCountries)
                {
                    let r = i..<(i + hit.length)
                    if !r.contains(where: { covered[$0] })
                        && !ctx.continuesName(r.upperBound, end, covered: covered, personStarts: personStarts)
                    {
                        addName(work(actor: person), r)
                        i = r.upperBound
                        continue
                    }
                }
                if !lastWords.isEmpty, lastWords.mayMatch(hashes[i], facts[i]), let w = ctx.lastWordMatch(i, lastWords),
                    !ctx.continuesName(i + 1, end, covered: covered, personStarts: personStarts)
                {
                    addName(w, i..<(i + 1))
                } else if !firstWords.isEmpty, !filter || facts[i].any.contains(.givenName),
                    let key = ctx.givenNameKey(i), let w = firstWords[ByteKey(key)], w >= 0, ctx.standsAlone(i, end)
                {
                    addName(w, i..<(i + 1))
                }
                i += 1
            }
        }
    }

    /// An acronym or short name in parentheses right after an organisation's name
    /// (`وزارة الخارجية الصينية (MOFA)`) names it there and later in the article. Returns the
    /// aliases' keys.
    mutating func addAliases() -> [String: Int] {
        var aliases: [String: Int] = [:]
        for m in names where works[m.work].type == .org || works[m.work].type == .event {
            let open = m.tokens.upperBound
            let toks = ctx.toks
            let keys = ctx.keys
            guard open + 2 < toks.count, doc.tokenText(open) == "(" else { continue }
            var close = open + 1
            while close < toks.count && close - open <= 4 && !keys[close].isEmpty { close += 1 }
            guard close < toks.count, close > open + 1, doc.tokenText(close) == ")" else { continue }
            let inner = (open + 1)..<close
            guard !inner.contains(where: { covered[$0] }) else { continue }
            let latin = inner.allSatisfy { toks[$0].kind == .latin }
            let arabicWord =
                inner.count == 1 && toks[inner.lowerBound].kind == .arabic && ctx.isPlainWord(keys[inner.lowerBound])
            guard latin || arabicWord else { continue }
            addName(m.work, inner)
            if inner.count == 1 { aliases[keys[inner.lowerBound]] = m.work }
        }
        return aliases
    }
}

/// The last words of names found in the article, by `ByteHash`. One-word filters rule most
/// tokens out with a bit test: one of the words' hashes, one of their lengths and last bytes
/// (a token whose stem under proclitics cannot be one of them needs no hash of the stem).
struct LastWords {
    private var works: [UInt64: Int] = [:]
    private var hashBits: UInt64 = 0
    private var endBits: UInt64 = 0

    var isEmpty: Bool { works.isEmpty }

    @inline(__always) private static func bit(_ h: UInt64) -> UInt64 {
        1 << ((h &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    @inline(__always) private static func endBit(length: Int, last: UInt8) -> UInt64 {
        bit(UInt64(length) << 8 | UInt64(last))
    }

    @inline(__always) func work(_ h: UInt64) -> Int? {
        hashBits & LastWords.bit(h) == 0 ? nil : works[h]
    }

    /// Whether a word of `length` bytes ending with byte `last` may be one of the words.
    @inline(__always) func mayEnd(length: Int, last: UInt8) -> Bool {
        endBits & LastWords.endBit(length: length, last: last) != 0
    }

    /// Whether a token (its key's hash, its facts) may be one of the words, bare or under one
    /// or two proclitic letters (false: it is not; true: `EntityContext.lastWordMatch` tells).
    @inline(__always) func mayMatch(_ h: UInt64, _ fact: TokenFact) -> Bool {
        if hashBits & LastWords.bit(h) != 0 { return true }
        guard fact.flags.contains(.proclitic) else { return false }
        let (count, last) = (Int(fact.tail >> 8), UInt8(truncatingIfNeeded: fact.tail))
        return count - 2 >= 4 && mayEnd(length: count - 2, last: last)
            || count - 4 >= 4 && mayEnd(length: count - 4, last: last)
    }

    /// Sets the work of `key`, whose `ByteHash` is `h`.
    mutating func set(_ key: String, _ h: UInt64, _ w: Int) {
        works[h] = w
        hashBits |= LastWords.bit(h)
        if let last = key.utf8.last { endBits |= LastWords.endBit(length: key.utf8.count, last: last) }
    }
}

/// What short forms need to know of the text and the knowledge.
extension EntityContext {
    /// The name whose last word token `i` is, bare or under one or two proclitic letters.
    func lastWordMatch(_ i: Int, _ lastWords: LastWords) -> Int? {
        if let w = lastWords.work(hashes[i]) { return w }
        guard facts[i].flags.contains(.proclitic) else { return nil }
        let tail = facts[i].tail
        let (count, last) = (Int(tail >> 8), UInt8(truncatingIfNeeded: tail))
        // Arabic letters are two bytes: one or two proclitic letters dropped.
        guard
            count - 2 >= 4 && lastWords.mayEnd(length: count - 2, last: last)
                || count - 4 >= 4 && lastWords.mayEnd(length: count - 4, last: last)
        else { return nil }
        var key = keys[i]
        return key.withUTF8 { bytes -> Int? in
            for drop in stride(from: 2, through: 4, by: 2)
            where bytes.count - drop >= 4 && lastWords.mayEnd(length: bytes.count - drop, last: last) {
                if let w = lastWords.work(ByteHash.of(UnsafeBufferPointer(rebasing: bytes[drop...]))) { return w }
            }
            return nil
        }
    }

    /// The key of token `k` as a listed given name, whole or under و (ومحمد); nil for a name
    /// connector (عبد، أبو).
    func givenNameKey(_ k: Int) -> String? {
        if isGivenName(k) { return classes(k).contains(.nameConnector) ? nil : keys[k] }
        guard let stem = procliticGivenName(k), !words.classes(stem.key).contains(.nameConnector) else { return nil }
        return stem.key
    }

    /// Whether the word at `i` stands alone: no name word, connector or number joined to it
    /// on either side (أبو محمد، محمد بن …).
    func standsAlone(_ i: Int, _ end: Int) -> Bool {
        if i > 0, adjacent(i - 1, i), toks[i - 1].kind == .arabic, classes(i - 1).contains(.nameConnector) {
            return false
        }
        let k = i + 1
        guard k < end, adjacent(i, k), toks[k].kind == .arabic else { return true }
        return !classes(k).contains(.nameConnector) && !isGivenName(k)
    }

    /// Whether the token at `k` continues a person's name (then a short form there is part of
    /// another name), not a name joined by و.
    func continuesName(_ k: Int, _ end: Int, covered: [Bool], personStarts: [Bool]) -> Bool {
        guard k < end, adjacent(k - 1, k), toks[k].kind == .arabic else { return false }
        // شي وبوتين: a name under the conjunction و starts a name of its own.
        if KeyBytes.hasPrefix(keys[k], "\u{0648}"), peelIDs[2 * k] >= 0 { return false }
        return covered[k] && personStarts[k]
    }

    /// The person a short form means: one named in full in the article (`seen`), else one whose
    /// country the article names (`countries`) and who holds office at its date.
    func pickShort(_ candidates: [Int32], clitic: Bool, seen: Set<Int32>, countries: Set<String>) -> Int32? {
        if let seen = candidates.first(where: { seen.contains($0) }) { return seen }
        // Unseen: only bare or after و (بقوة is not a name), and only in a dated article
        // (holding office means at a date).
        if clitic || day == nil { return nil }
        let current = candidates.filter { c in
            let a = kb.actors[Int(c)]
            guard let country = a.country, countries.contains(country) else { return false }
            return a.roles.contains { r in day.map { r.isHeld(on: $0) } ?? (r.end == nil) }
        }
        return current.count == 1 ? current[0] : nil
    }
}
