import MarsadKnowledge
import MarsadText

/// What a token is as a word of a name: plain, given name, head or counterpart.
extension EntityContext {
    /// `isPlainWord` for token `k`, by its vocabulary id.
    func isPlainToken(_ k: Int) -> Bool {
        guard sameVocabulary else { return isPlainWord(keys[k]) }
        let key = keys[k]
        guard key.utf8.count >= 4 else { return false }
        let id = keyIDs[k]
        if id >= 0 {
            if Int(id) < masks.count, !masks[Int(id)].isDisjoint(with: [.titles, .adjectives]) { return false }
            if Int(id) < stage.lexiconStarts.count, stage.lexiconStarts[Int(id)] { return false }
        }
        if special(k) != nil { return false }
        return classes(k).isDisjoint(with: [.stopword, .notName])
    }

    /// Not a function word, title, nisba, time or number word, reporting verb or trigger.
    func isPlainWord(_ key: String) -> Bool {
        guard key.unicodeScalars.count >= 2 else { return false }
        let classes = words.classes(key)
        if !classes.isDisjoint(with: [.stopword, .notName]) { return false }
        if stage.titles.hasPrefix(key) || stage.adjectives.hasPrefix(key) || kb.lexicons.timeWords.hasPrefix(key) {
            return false
        }
        if kb.lexicons.numberWords.hasPrefix(key) || kb.lexicons.speechCues.hasPrefix(key)
            || kb.lexicons.eventTriggers.hasPrefix(key)
        {
            return false
        }
        return classes.isDisjoint(with: .head)
    }

    /// How many tokens from `j` read as a person's name (0–3), not crossing `covered` tokens.
    func nameLength(_ j: Int, _ end: Int, covered: [Bool]) -> Int {
        // After a title a name is expected: the given name may take any further name word.
        if let g = givenNameLength(j, end, covered: covered, afterTitle: true) { return g }
        var n = 0
        var k = j
        while k < end && n < 3 {
            if n > 0 && !adjacent(k - 1, k) { break }
            guard isNameToken(k, first: n == 0), !isClauseWord(k, first: n == 0, afterGivenName: isGivenName(j)) else {
                break
            }
            if n > 0, covered[k] || longest(.names, k, end, unpeeled(k)) != nil { break }
            n += 1
            k += 1
        }
        while n > 0 && classes(j + n - 1).contains(.nameConnector) { n -= 1 }
        if n == 1 {
            // A lone word that looks like a present-tense verb (يقول، تؤكد) or an adverb
            // (هاتفيا، رسميًا) is not a name.
            let key = keys[j]
            if let f = key.unicodeScalars.first, f == "ي" || f == "ت", key.unicodeScalars.count >= 4 { return 0 }
            if KeyBytes.hasSuffix(key, "يا") && key.unicodeScalars.count >= 5 { return 0 }
            if doc.tokenText(j).unicodeScalars.contains(where: { $0.value == 0x064B }) { return 0 }
        }
        return n
    }

    /// A word after a title that belongs to the clause, not to a name (الفريق سيخوض، المدرب
    /// تفوقه وفاز، الفريق بشكل جيد): a future verb (سـ + ي/ت/ن), a pronoun suffix ه (not ة) on a
    /// word of five letters or more, و on a later word, ب on a word of four letters or more, a
    /// later word with the article but no nisba, or tanween. A given name is none.
    func isClauseWord(_ k: Int, first: Bool, afterGivenName: Bool) -> Bool {
        if isGivenName(k) { return false }
        let key = keys[k]
        let letters = key.utf8.count / 2  // Arabic letters are two bytes each
        if letters >= 5, KeyBytes.hasPrefix(key, "سي") || KeyBytes.hasPrefix(key, "ست") || KeyBytes.hasPrefix(key, "سن")
        {
            return true
        }
        if letters >= 5, endsWith(k, 0x87) { return true }  // ه (D9 87), not ة
        if !first, KeyBytes.hasPrefix(key, "و") { return true }
        if letters >= 4, KeyBytes.hasPrefix(key, "ب") { return true }
        // A later word with the article is a nisba surname, a connector's complement (عبد الله)
        // or a family name after a given name (الطيب البكوش), not a noun of the clause (الفريق
        // قبيل انطلاق الحصة).
        if !first, !afterGivenName, startsWithArticle(key), !isNisbaSurname(k),
            !classes(k - 1).contains(.nameConnector)
        {
            return true
        }
        return doc.tokenText(k).unicodeScalars.contains(where: { (0x064B...0x064D).contains($0.value) })
    }

    /// Whether token `k`'s last letter is ي (second byte 0x8A), ى (0x89) or ه (0x87).
    func endsWith(_ k: Int, _ second: UInt8) -> Bool {
        let b = toks[k].byteEnd
        return b >= 2 && bytes[b - 2] == 0xD9 && bytes[b - 1] == second
    }

    /// A known given name (the first word of a person's name in the knowledge base) and the
    /// name word after it: ألكسندر سلطانوف. A part may be a connector and its complement (محمد
    /// بن سلمان، عبد الكريم، سعد بن أبي وقاص); a name that starts with one needs no second part
    /// (عبد الوحيد، أبو مازن). Then up to two more parts: a connector's (عبدالله بن خليفة), a
    /// nisba surname (أحمد يوسف الجفيري), any name word after two given names (كارلوس ألبرتو
    /// باريرا) or after a title (المقدم سالم عثمان الدوسري). A nisba surname ends the name.
    func givenNameLength(_ j: Int, _ end: Int, covered: [Bool], afterTitle: Bool = false) -> Int? {
        // Not a surname-first short form (وانغ، كيم) unless a listed given name, and the next word a plain name: no
        // article (حسن الجوار) unless a nisba surname (هزاع القحطاني), no و (سلام وأعرب), no
        // feminine ending (حسن النية). A short form that only begins with the word (محمد بن
        // عبد الرحمن) does not stop it.
        let startsWithConnector: Bool
        if isGivenName(j) {
            let id = keyIDs[j]
            let mayBeShortForm =
                sameVocabulary
                ? id >= 0 && Int(id) < masks.count && masks[Int(id)].contains(.shortNames)
                : stage.shortNames.hasPrefix(keys[j])
            // A listed given name is a known person's short form only once that person is named
            // (the scan tells): ميشال تامر … تامر, but تامر حسني.
            if mayBeShortForm, stage.listedGivenNames.index(of: keys[j]) < 0,
                longest(.shortNames, j, end, unpeeled(j)) != nil
            {
                return nil
            }
            guard isNameToken(j, first: true) else { return nil }
            startsWithConnector = classes(j).contains(.nameConnector)
        } else if !afterTitle, let stem = procliticGivenName(j) {
            // Under a proclitic (ومحمد): not after a title, where it starts another name.
            startsWithConnector = words.classes(stem.key).contains(.nameConnector)
        } else {
            return nil
        }
        var k = startsWithConnector ? connectorEnd(j, end, covered: covered) : j + 1
        if k == j { return nil }
        // The second part.
        guard k < end, adjacent(k - 1, k), !covered[k], isNameToken(k, first: !isNisbaSurname(k)), isSurnameWord(k)
        else { return startsWithConnector ? k - j : nil }
        var lastGiven = isGivenName(k)
        // A nisba surname (a word with the article, not a connector's complement) ends the name.
        var closed = startsWithArticle(keys[k]) && !isGivenName(k)
        if classes(k).contains(.nameConnector) {
            let e = connectorEnd(k, end, covered: covered)
            if e == k { return startsWithConnector ? k - j : nil }
            k = e
        } else {
            k += 1
        }
        // Two more parts at most.
        for _ in 0..<2 {
            guard k < end, !closed, adjacent(k - 1, k), !covered[k],
                longest(.names, k, end, unpeeled(k)) == nil
            else { break }
            if classes(k).contains(.nameConnector) {
                // Not a function word listed as a connector too (لا، لو).
                guard isNameToken(k, first: false) else { break }
                let e = connectorEnd(k, end, covered: covered)
                if e == k { break }
                k = e
                lastGiven = false
                continue
            }
            let nisba = isNisbaSurname(k)
            guard nisba || afterTitle || lastGiven, isNameToken(k, first: !nisba), isSurnameWord(k) else { break }
            // After two given names alone, not what may be an indefinite accusative (وسجل وليد
            // حمزة هدفا), unless a given name (رضا).
            if !nisba, !afterTitle, KeyBytes.hasSuffix(keys[k], "ا"), !isGivenName(k) { break }
            lastGiven = isGivenName(k)
            closed = nisba || (startsWithArticle(keys[k]) && !isGivenName(k))
            k += 1
        }
        return k - j
    }

    /// The reading of token `j` as a given name of given_names.tsv, of three letters or more,
    /// under the conjunction و (ومحمد), when the whole word is none. Not under ب، ل، ف or ك, which begin
    /// too many words (بيان is no ب + يان, لصالح no ل + صالح), and not a function word (وعلى).
    func procliticGivenName(_ j: Int) -> FirstKey? {
        guard facts[j].flags.contains(.proclitic), !sameVocabulary || facts[j].any.contains(.givenName) else {
            return nil
        }
        let key = keys[j]
        for f in stringKeys(j).dropFirst() where !f.restoredArticle && f.key.utf8.count >= 6 {
            let proclitics = key.utf8.prefix(2 * f.prefixLength)
            guard proclitics.elementsEqual([0xD9, 0x88]) else { continue }
            // Only a name of given_names.tsv: a known person's first word may be a verb (راي: رأى).
            if stage.listedGivenNames.index(of: f.key) >= 0,
                words.classes(f.key).isDisjoint(with: [.stopword, .notName])
            {
                return f
            }
        }
        return nil
    }

    /// The end of the name part that connector `k` starts with its complement (بن سلمان، عبد
    /// الله، بن أبي وقاص), or `k` when none follows.
    func connectorEnd(_ k: Int, _ end: Int, covered: [Bool]) -> Int {
        var c = k
        for _ in 0..<3 {
            let x = c + 1
            guard x < end, adjacent(c, x), !covered[x], isNameToken(x, first: false) else { return k }
            if !classes(x).contains(.nameConnector) { return x + 1 }
            c = x
        }
        return k
    }

    /// Whether name token `k` after a given name reads as a further name word: no و (سلام
    /// وأعرب) or ه ending, and not a verb or an adverb after a subject's name (عيسى يقدم، ثامر
    /// سفيراً) unless it is a given name too (هيام يونس).
    func isSurnameWord(_ k: Int) -> Bool {
        let word = keys[k]
        // A given name written with ة (محمد حمزة) is no pronoun suffix.
        let b = toks[k].byteEnd
        if isGivenName(k), b >= 2, bytes[b - 2] == 0xD8, bytes[b - 1] == 0xA9 { return true }
        if KeyBytes.hasPrefix(word, "و") || KeyBytes.hasSuffix(word, "ه") { return false }
        if isGivenName(k) { return true }
        if looksLikeVerbOrAdverb(k) { return false }
        // A preposition on a word (بأكثر، بإشراف) or a pronoun after it (جلستها) is no surname.
        if KeyBytes.hasPrefix(word, "ب") && word.utf8.count >= 10 { return false }
        return !KeyBytes.hasSuffix(word, "ها") && !KeyBytes.hasSuffix(word, "هم")
    }

    /// A present-tense verb of four letters or more (يقدم، تؤكد، نعمل) or a word with tanween
    /// (سفيراً).
    func looksLikeVerbOrAdverb(_ k: Int) -> Bool {
        let word = keys[k]
        // Arabic letters are two bytes each.
        if KeyBytes.hasPrefix(word, "ي") || KeyBytes.hasPrefix(word, "ت") || KeyBytes.hasPrefix(word, "ن"),
            word.utf8.count >= 8
        {
            return true
        }
        return doc.tokenText(k).unicodeScalars.contains(where: { (0x064B...0x064D).contains($0.value) })
    }

    /// Whether token `k` is a listed given name (given_names.tsv, or a known person's first word).
    func isGivenName(_ k: Int) -> Bool {
        let id = keyIDs[k]
        return sameVocabulary
            ? id >= 0 && Int(id) < masks.count && masks[Int(id)].contains(.givenName) : kb.givenNames.contains(keys[k])
    }

    /// A family name of the nisba form with the article (القحطاني، الشهري); nisbas of countries
    /// are adjectives of the knowledge base and are no names.
    func isNisbaSurname(_ k: Int) -> Bool {
        let key = keys[k]
        guard startsWithArticle(key), KeyBytes.hasSuffix(key, "ي"), key.unicodeScalars.count >= 6 else { return false }
        // Written with ي, not ى (المستشفى is normalised like a nisba), unless a given name with the
        // article (الموسى، العيسى).
        let b = toks[k].byteEnd
        if b >= 2 && bytes[b - 2] == 0xD9 && bytes[b - 1] == 0x8A { return true }
        return kb.givenNames.contains(String(decoding: key.utf8.dropFirst(4), as: UTF8.self))
    }

    /// Whether token `k` can be part of a person's name. `lenient` (between a reporting verb
    /// and an apposition title, where a name is expected) lets stop words pass: آنا is
    /// normalised like the pronoun أنا.
    func isNameToken(_ k: Int, first: Bool, lenient: Bool = false) -> Bool {
        guard toks[k].kind == .arabic else { return false }
        let key = keys[k]
        // ألبرت، ألكسندر are normalised like an article and a word: a listed given name is not.
        if first && startsWithArticle(key) && !isGivenName(k) { return false }
        if KeyBytes.hasPrefix(key, "لل") || KeyBytes.hasPrefix(key, "وال") { return false }
        let classes = classes(k)
        if lenient && classes.contains(.stopword) {
            guard key.unicodeScalars.count >= 3, !classes.contains(.notName) else { return false }
        } else if !isPlainToken(k) {
            return false
        }
        if isCounterpart(k) { return false }
        if facts[k].flags.contains(.proclitic) {
            for f in stringKeys(k).dropFirst() where startsKnownPhrase(f.key) {
                return false
            }
        }
        return true
    }

    /// Whether a word (a stem under proclitics) starts a title, nisba, name, institution head,
    /// reporting verb or event trigger, or is a head or a stop word.
    func startsKnownPhrase(_ key: String) -> Bool {
        if !words.classes(key).isDisjoint(with: [
            .stopword, .strongOrgHead, .weakOrgHead, .adminPlaceHead, .naturalPlaceHead,
        ]) {
            return true
        }
        // One vocabulary lookup for all the tables that share the knowledge base's vocabulary.
        let vocabulary = kb.vocabulary
        let id = vocabulary.id(of: key)
        func starts<V>(_ trie: PhraseTrie<V>) -> Bool {
            trie.vocabulary === vocabulary ? trie.hasPrefix(id: id) : trie.hasPrefix(key)
        }
        return starts(stage.titles) || starts(stage.adjectives) || starts(stage.names) || starts(stage.orgHeads)
            || starts(kb.lexicons.speechCues) || starts(kb.lexicons.eventTriggers)
    }
}
