import MarsadKnowledge
import MarsadText

/// Short forms and aliases of names found in the article.
extension EntityPass {
    /// Short forms (`شي`, `وانغ`) and the last word of a multi-word name found in the article.
    mutating func addShortForms() {
        var lastWord: [UInt64: Int] = [:]
        for (key, w) in addAliases() { lastWord[ByteHash.of(key)] = w }
        for m in names where m.tokens.count >= 2 && works[m.work].type == .person {
            let key = doc.keys[m.tokens.upperBound - 1]
            let h = ByteHash.of(key)
            if key.unicodeScalars.count >= 3, !words.nameConnectors.contains(key), lastWord[h] == nil {
                lastWord[h] = m.work
            }
        }
        personStarts = []
        for m in names where works[m.work].type == .person { personStarts.insert(m.tokens.lowerBound) }
        let shortNames = kb.shortNames
        let hasShort = !shortNames.isEmpty
        for line in doc.lines {
            let end = line.tokens.upperBound
            var i = line.tokens.lowerBound
            while i < end {
                guard !covered[i], doc.tokens[i].kind == .arabic || doc.tokens[i].kind == .latin else {
                    i += 1
                    continue
                }
                let firsts = firstKeys(i)
                if hasShort, let hit = longest(shortNames, i, end, firsts, .shortNames),
                    let person = pickShort(
                        hit.values,
                        clitic: hit.first.prefixLength > 0
                            && hit.first.key != String(doc.keys[i].unicodeScalars.dropFirst()))
                {
                    let r = i..<(i + hit.length)
                    if !r.contains(where: { covered[$0] }) && !continuesName(r.upperBound, end) {
                        addName(work(actor: person), r)
                        i = r.upperBound
                        continue
                    }
                }
                if !lastWord.isEmpty, let w = lastWordMatch(i, lastWord), !continuesName(i + 1, end) {
                    addName(w, i..<(i + 1))
                }
                i += 1
            }
        }
    }

    /// The name whose last word token `i` is, bare or under one or two proclitic letters.
    func lastWordMatch(_ i: Int, _ lastWord: [UInt64: Int]) -> Int? {
        var key = keys[i]
        return key.withUTF8 { bytes -> Int? in
            if let w = lastWord[ByteHash.of(bytes)] { return w }
            guard toks[i].kind == .arabic, TrieScanner.mayCarryProclitic(keys[i]) else { return nil }
            // Arabic letters are two bytes: drop one or two proclitic letters.
            for drop in [2, 4] where bytes.count - drop >= 4 {
                if let w = lastWord[ByteHash.of(UnsafeBufferPointer(rebasing: bytes[drop...]))] { return w }
            }
            return nil
        }
    }

    /// An acronym or short name in parentheses right after an organisation's name
    /// (`وزارة الخارجية الصينية (MOFA)`) names it there and later in the article. Returns the
    /// aliases' keys.
    mutating func addAliases() -> [String: Int] {
        var aliases: [String: Int] = [:]
        for m in names where works[m.work].type == .org || works[m.work].type == .event {
            let open = m.tokens.upperBound
            guard open + 2 < doc.tokens.count, doc.tokenText(open) == "(" else { continue }
            var close = open + 1
            while close < doc.tokens.count && close - open <= 4 && !doc.keys[close].isEmpty { close += 1 }
            guard close < doc.tokens.count, close > open + 1, doc.tokenText(close) == ")" else { continue }
            let inner = (open + 1)..<close
            guard !inner.contains(where: { covered[$0] }) else { continue }
            let latin = inner.allSatisfy { doc.tokens[$0].kind == .latin }
            let arabicWord =
                inner.count == 1 && doc.tokens[inner.lowerBound].kind == .arabic
                && isPlainWord(doc.keys[inner.lowerBound])
            guard latin || arabicWord else { continue }
            addName(m.work, inner)
            if inner.count == 1 { aliases[doc.keys[inner.lowerBound]] = m.work }
        }
        return aliases
    }

    /// Whether the token at `k` continues a name (then a short form there is part of another name).
    func continuesName(_ k: Int, _ end: Int) -> Bool {
        guard k < end, adjacent(k - 1, k), toks[k].kind == .arabic else { return false }
        return covered[k] && personStarts.contains(k)
    }

    /// The person a short form means: one named in full in the article, else one whose country
    /// the article names and who holds office at its date.
    func pickShort(_ candidates: [Int32], clitic: Bool) -> Int32? {
        if let seen = candidates.first(where: { seenActors.contains($0) }) { return seen }
        // Unseen: only bare or after و (بقوة is not a name), and only in a dated article
        // (holding office means at a date).
        if clitic || day == nil { return nil }
        let current = candidates.filter { c in
            let a = kb.actors[Int(c)]
            guard let country = a.country, docCountries.contains(country) else { return false }
            return a.roles.contains { r in day.map { r.isHeld(on: $0) } ?? (r.end == nil) }
        }
        return current.count == 1 ? current[0] : nil
    }
}
