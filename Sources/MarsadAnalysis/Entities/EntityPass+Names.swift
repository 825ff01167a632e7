import MarsadKnowledge
import MarsadText

/// What a token is as a word of a name: plain, given name, head or counterpart.
extension EntityPass {
    func isHead(_ key: String) -> Bool {
        words.strongOrgHeads.contains(key) || words.weakOrgHeads.contains(key) || words.adminPlaceHeads.contains(key)
            || words.naturalPlaceHeads.contains(key)
    }

    /// `isPlainWord` for token `k`, by its vocabulary id.
    func isPlainToken(_ k: Int) -> Bool {
        guard sameVocabulary else { return isPlainWord(keys[k]) }
        let key = keys[k]
        guard key.utf8.count >= 4 else { return false }
        let id = keyIDs[k]
        if id >= 0 {
            if Int(id) < masks.count, !masks[Int(id)].isDisjoint(with: [.titles, .adjectives]) { return false }
            let lex = kb.lexicons
            if lex.timeWords.hasPrefix(id: id) || lex.numberWords.hasPrefix(id: id) || lex.speechCues.hasPrefix(id: id)
                || lex.eventTriggers.hasPrefix(id: id)
            {
                return false
            }
        }
        if special(k) != nil { return false }
        return !kb.lexicons.stopwords.contains(key) && !words.notNames.contains(key)
    }

    /// Not a function word, title, nisba, time or number word, reporting verb or trigger.
    func isPlainWord(_ key: String) -> Bool {
        guard key.unicodeScalars.count >= 2 else { return false }
        if kb.lexicons.stopwords.contains(key) || words.notNames.contains(key) { return false }
        if kb.titles.hasPrefix(key) || kb.adjectives.hasPrefix(key) || kb.lexicons.timeWords.hasPrefix(key) {
            return false
        }
        if kb.lexicons.numberWords.hasPrefix(key) || kb.lexicons.speechCues.hasPrefix(key)
            || kb.lexicons.eventTriggers.hasPrefix(key)
        {
            return false
        }
        if words.strongOrgHeads.contains(key) || words.weakOrgHeads.contains(key) || words.adminPlaceHeads.contains(key)
            || words.naturalPlaceHeads.contains(key)
        {
            return false
        }
        return true
    }

    func isCounterpart(_ key: String) -> Bool {
        if case .counterpart? = words.specialByHash[ByteHash.of(key)] { return true }
        return false
    }

    @inline(__always) func isStart(_ id: Int32) -> Bool { id >= 0 && Int(id) < starts.count && starts[Int(id)] }

    /// Whether token `i` is a head word or the counterpart noun (with proclitics).
    func special(_ i: Int) -> EntityWords.Special? {
        keys[i].isEmpty ? nil : words.specialByHash[ByteHash.of(keys[i])]
    }

    mutating func localPerson(_ r: Range<Int>, country: String?) -> Int {
        let name = doc.slice(scalarRange(r))
        let key = "l:" + r.map { doc.keys[$0] }.joined(separator: " ")
        return work(key: key, type: .person, nameAr: name, country: country == "" ? nil : country, cameo: nil)
    }

    /// How many tokens from `j` read as a person's name (0–3).
    func nameLength(_ j: Int, _ end: Int) -> Int {
        if let g = givenNameLength(j, end) { return g }
        var n = 0
        var k = j
        while k < end && n < 3 {
            if n > 0 && !TrieScanner.adjacent(doc, k - 1, k) { break }
            guard isNameToken(k, first: n == 0) else { break }
            if n > 0, covered[k] || longest(kb.names, k, end, unpeeled(k)) != nil { break }
            n += 1
            k += 1
        }
        while n > 0 && words.nameConnectors.contains(doc.keys[j + n - 1]) { n -= 1 }
        if n == 1 {
            // A lone word that looks like a present-tense verb (يقول، تؤكد) or an adverb
            // (هاتفيا، رسميًا) is not a name.
            let key = doc.keys[j]
            if let f = key.unicodeScalars.first, f == "ي" || f == "ت", key.unicodeScalars.count >= 4 { return 0 }
            if key.hasSuffix("يا") && key.unicodeScalars.count >= 5 { return 0 }
            if doc.tokenText(j).unicodeScalars.contains(where: { $0.value == 0x064B }) { return 0 }
        }
        return n
    }

    /// A known given name (the first word of a person's name in the knowledge base) and the
    /// one name word after it (two across a connector: محمد بن سلمان): ألكسندر سلطانوف.
    func givenNameLength(_ j: Int, _ end: Int) -> Int? {
        // Not a surname-first short form (وانغ، كيم), and the next word a plain name: no
        // article (حسن الجوار) unless a nisba surname (هزاع القحطاني), no و (سلام وأعرب), no
        // feminine ending (حسن النية).
        let id = keyIDs[j]
        let given =
            sameVocabulary
            ? id >= 0 && kb.givenNameIDs.contains(id) && !kb.shortNames.hasPrefix(id: id)
            : kb.givenNames.contains(keys[j]) && !kb.shortNames.hasPrefix(keys[j])
        guard given, isNameToken(j, first: true) else { return nil }
        var k = j + 1
        guard k < end, TrieScanner.adjacent(doc, j, k), !covered[k], isNameToken(k, first: !isNisbaSurname(k))
        else { return nil }
        let second = doc.keys[k]
        if second.hasPrefix("و") || second.hasSuffix("ه") { return nil }
        // Not a verb or an adverb after a subject's name (عيسى يقدم، ثامر سفيراً), unless that
        // word is a given name too (هيام يونس).
        if !kb.givenNames.contains(second) {
            if let f = second.unicodeScalars.first, f == "ي" || f == "ت" || f == "ن", second.unicodeScalars.count >= 4 {
                return nil
            }
            if doc.tokenText(k).unicodeScalars.contains(where: { (0x064B...0x064D).contains($0.value) }) { return nil }
            // A preposition on a word (بأكثر، بإشراف) or a pronoun after it (جلستها) is no surname.
            if second.hasPrefix("ب") && second.unicodeScalars.count >= 5 { return nil }
            if second.hasSuffix("ها") || second.hasSuffix("هم") { return nil }
        }
        if words.nameConnectors.contains(doc.keys[k]) {
            guard k + 1 < end, TrieScanner.adjacent(doc, k, k + 1), isNameToken(k + 1, first: false) else { return nil }
            k += 1
        }
        return k + 1 - j
    }

    /// A family name of the nisba form with the article (القحطاني، الشهري); nisbas of countries
    /// are adjectives of the knowledge base and are no names.
    func isNisbaSurname(_ k: Int) -> Bool {
        let key = doc.keys[k]
        return startsWithArticle(key) && key.hasSuffix("ي") && key.unicodeScalars.count >= 6
    }

    /// Whether token `k` can be part of a person's name. `lenient` (between a reporting verb
    /// and an apposition title, where a name is expected) lets stop words pass: آنا is
    /// normalised like the pronoun أنا.
    func isNameToken(_ k: Int, first: Bool, lenient: Bool = false) -> Bool {
        guard doc.tokens[k].kind == .arabic else { return false }
        let key = doc.keys[k]
        // ألبرت، ألكسندر are normalised like an article and a word: a listed given name is not.
        if first && startsWithArticle(key) && !kb.givenNames.contains(key) { return false }
        if key.hasPrefix("لل") || key.hasPrefix("وال") { return false }
        if lenient && kb.lexicons.stopwords.contains(key) {
            guard key.unicodeScalars.count >= 3, !words.notNames.contains(key) else { return false }
        } else if !isPlainToken(k) {
            return false
        }
        if isCounterpart(key) { return false }
        if TrieScanner.mayCarryProclitic(key) {
            for f in stringKeys(k).dropFirst()
            where kb.titles.hasPrefix(f.key) || kb.adjectives.hasPrefix(f.key) || kb.names.hasPrefix(f.key)
                || kb.orgHeads.hasPrefix(f.key) || isHead(f.key)
                || kb.lexicons.speechCues.hasPrefix(f.key) || kb.lexicons.eventTriggers.hasPrefix(f.key)
                || kb.lexicons.stopwords.contains(f.key)
            {
                return false
            }
        }
        return true
    }
}
