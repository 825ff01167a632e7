import MarsadKnowledge
import MarsadText

/// Recognises the actors and entities of an article and fills `doc.record.entities` and
/// `doc.entityMentions`.
///
/// Paths, tried at every token (longest wins; a title is read before a name it precedes):
/// - **Known names**: the knowledge base's names (`KnowledgeBase.names`) over clitic-aware token
///   keys, longest first (`وبوتين` is a mention of Putin; the proclitic stays in the span). A
///   form of several actors is resolved by type (a country before a same-named city) and
///   context (a candidate whose country the article names elsewhere wins: عمان is Oman unless
///   the article speaks of Jordan).
/// - **Country-scoped institutions**: an `org_patterns.tsv` head with a nisba or a country
///   (`وزارة الخارجية الصينية` → `kb:mfa-CHN`). A bare head later (`وزارة الخارجية`) is the
///   same institution named last.
/// - **Titles** (`roles.tsv`), optionally scoped by a nisba, a country or an organisation
///   (`الرئيس الصيني`, `مساعد الكرملين`, `المتحدث باسم الكرملين`, `نظيره الروسي`), then the name:
///   a known person, or 1–3 name-like tokens (an unknown person with a `local:` id). A title
///   after a name (`X، مساعد الكرملين`) is the name's apposition. A title with no name is a
///   title-only reference: it goes to `doc.entityMentions` (kind `.title`), resolved to the
///   person named in the article with that role, else to the role's holder at the article's
///   date (dated roles), and is not a mention in the record.
/// - **Heads**: organisations (`حزب …`, `جامعة …`) and places (`مدينة …`, `بحر …`).
/// - **Events** of the world-events calendar (`حرب أوكرانيا`).
/// - **Short forms**, after the main scan: `short_ar` forms of people named in full in the
///   article (or whose country it names, when they hold office at its date), and the last
///   word of a multi-word name found in the article.
/// - **Credited agencies** (the metadata stage's credits, including forms that count only in
///   a credit context, like `العربي` after `لـ`) are organisations too.
public struct EntityStage: Sendable {
    let knowledge: KnowledgeBase
    let words: EntityWords
    /// World event kinds that are entities (treaties are not an entity type).
    static let eventKinds: Set<String> = ["war", "attack", "inauguration", "election", "summit", "other"]

    public init(knowledge: KnowledgeBase = .embedded) {
        self.knowledge = knowledge
        words = EntityWords(knowledge: knowledge)
    }

    public func run(_ doc: inout Document) {
        var pass = EntityPass(stage: self, doc: doc)
        pass.scan()
        pass.addShortForms()
        pass.addAgencyCredits(doc.record.agencies)
        pass.resolveAmbiguous()
        pass.resolveTitles()
        let (entities, mentions) = pass.finish()
        doc.record.entities = entities
        doc.entityMentions = mentions
    }

    /// The article's date as `yyyymmdd`: the anchor, else the publication date.
    static func day(of doc: Document) -> Int? {
        if let a = doc.anchor { return a.year * 10000 + a.month * 100 + a.day }
        if let p = doc.record.published, let d = PartialDate(p.date) { return d.earliest }
        return nil
    }
}

/// The state of one document's recognition.
struct EntityPass {
    let stage: EntityStage
    let doc: Document
    let kb: KnowledgeBase
    let words: EntityWords
    let day: Int?

    /// An entity being collected.
    struct Work {
        var key: String
        var actor: Int32?
        var type: EntityType
        var nameAr: String
        var nameEn: String?
        var country: String?
        var cameo: String?
        var isMetonym: Bool
        var roles: [TextSpan] = []
        /// Role keys and scopes read from titles attached in the text.
        var textRoles: [(role: String, scope: String?)] = []
    }

    struct NameMention {
        var work: Int
        var tokens: Range<Int>
        var range: Range<Int>
        var title: Int?
    }

    struct TitleFinding {
        var tokens: Range<Int>
        var range: Range<Int>
        var role: String
        var scope: String?
        /// The work it was attached to (a name after it, or before it in apposition).
        var attached: Int?
        var holderWork: Int?
        var holderActor: Int32?
    }

    struct Ambiguous {
        var tokens: Range<Int>
        var range: Range<Int>
        var candidates: [Int32]
        var title: Int?
    }

    var works: [Work] = []
    var workByKey: [String: Int] = [:]
    var names: [NameMention] = []
    var titles: [TitleFinding] = []
    var ambiguous: [Ambiguous] = []
    var covered: [Bool]
    var docCountries: Set<String> = []
    var seenActors: Set<Int32> = []
    /// A title waiting for the name that follows it: (token, title index).
    var pendingTitle: (token: Int, title: Int)?
    /// The last country-scoped institution of each pattern key (for bare heads later).
    var lastPattern: [String: Int] = [:]
    /// First tokens of person mentions (for the short-form pass).
    var personStarts: Set<Int> = []
    /// Countries named on a line (by nisba), for events told apart by place.
    var lineCountries: [Int: Set<String>] = [:]

    /// The document's per-token arrays (captured by matching closures instead of the document).
    let keys: [String]
    let keyIDs: [Int32]
    let peelIDs: [Int32]
    let toks: [Token]
    /// Whether the document's token ids are the knowledge base's (integer matching).
    let sameVocabulary: Bool
    let starts: [Bool]
    let masks: [EntityStartMask]

    init(stage: EntityStage, doc: Document) {
        self.stage = stage
        self.doc = doc
        keys = doc.keys
        keyIDs = doc.keyIDs
        peelIDs = doc.peelIDs
        toks = doc.tokens
        sameVocabulary = doc.vocabulary === stage.knowledge.vocabulary
        starts = stage.knowledge.entityStartIDs
        masks = stage.knowledge.entityStartMasks
        kb = stage.knowledge
        words = stage.words
        day = EntityStage.day(of: doc)
        covered = Array(repeating: false, count: doc.tokens.count)
    }

    // MARK: token keys

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
        guard toks[i].kind == .arabic, TrieScanner.mayCarryProclitic(key) else { return out }
        for stem in ProcliticPeel.stems(of: key) { out.append(firstKey(key, stem: stem)) }
        return out
    }

    func firstKey(_ key: String, stem: String) -> FirstKey {
        let count = key.unicodeScalars.count
        let n = stem.unicodeScalars.count
        if key.hasSuffix(stem) { return FirstKey(key: stem, prefixLength: count - n, restoredArticle: false) }
        // لل: the stem regained its article (two letters longer than what follows the prefix).
        return FirstKey(key: stem, prefixLength: count - (n - 2), restoredArticle: true)
    }

    /// How to read a token's first word: with or without its proclitics.
    struct Reading {
        var peel: Bool
    }

    func firstKeys(_ i: Int) -> Reading { Reading(peel: true) }
    func unpeeled(_ i: Int) -> Reading { Reading(peel: false) }

    func adjacent(_ a: Int, _ b: Int) -> Bool { TrieScanner.adjacent(doc, a, b) }

    /// The longest phrase of `trie` at token `i` (before `end`), by integer ids when the
    /// document's vocabulary is the knowledge base's.
    func longest<V>(_ trie: PhraseTrie<V>, _ i: Int, _ end: Int, _ reading: Reading, _ table: EntityStartMask? = nil)
        -> Hit<V>?
    {
        guard sameVocabulary, trie.vocabulary === doc.vocabulary else {
            return longest(trie, i, end, reading.peel ? stringKeys(i) : unpeeled(i: i))
        }
        guard !keys[i].isEmpty else { return nil }
        let keyIDs = self.keyIDs
        let keys = self.keys
        var best: Hit<V>?
        var bestStem: Int32 = -1
        func next(_ k: Int) -> Int32? {
            let j = i + k
            guard j < end, !keys[j].isEmpty, adjacent(j - 1, j) else { return nil }
            return keyIDs[j]
        }
        let masks = self.masks
        // The table's start mask rules a word out without a hash lookup.
        func mayStart(_ id: Int32) -> Bool {
            guard id >= 0 else { return false }
            guard let table, Int(id) < masks.count else { return true }
            return masks[Int(id)].contains(table)
        }
        let id = keyIDs[i]
        if mayStart(id), table != nil || trie.hasPrefix(id: id), let m = trie.longestMatch(firstID: id, nextID: next) {
            best = Hit(
                length: m.length, values: m.values,
                first: FirstKey(key: keys[i], prefixLength: 0, restoredArticle: false))
        }
        if reading.peel {
            for slot in (2 * i)..<(2 * i + 2) {
                let stem = peelIDs[slot]
                guard mayStart(stem), table != nil || trie.hasPrefix(id: stem),
                    let m = trie.longestMatch(firstID: stem, nextID: next)
                else { continue }
                if m.length > (best?.length ?? 0) {
                    best = Hit(
                        length: m.length, values: m.values,
                        first: FirstKey(key: "", prefixLength: 0, restoredArticle: false))
                    bestStem = stem
                }
            }
        }
        if bestStem >= 0, var hit = best {
            let vocabulary = trie.vocabulary
            if let stem = ProcliticPeel.stems(of: keys[i]).first(where: { vocabulary.id(of: $0) == bestStem }) {
                hit.first = firstKey(keys[i], stem: stem)
            }
            best = hit
        }
        return best
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
        let doc = self.doc
        let next: (Int) -> String? = { k in
            let j = i + k
            guard j < end, !doc.keys[j].isEmpty, TrieScanner.adjacent(doc, j - 1, j) else { return nil }
            return doc.keys[j]
        }
        for first in firsts where trie.hasPrefix(first.key) {
            if let m = trie.longestMatch(first: first.key, next: next), m.length > (best?.length ?? 0) {
                best = Hit(length: m.length, values: m.values, first: first)
            }
        }
        return best
    }

    func scalarRange(_ tokens: Range<Int>) -> Range<Int> {
        doc.tokens[tokens.lowerBound].start..<doc.tokens[tokens.upperBound - 1].end
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
        let text = doc.slice(scalarRange(tokens))
        guard first.prefixLength > 0 else { return text }
        var scalars = text.unicodeScalars[...]
        var letters = 0
        while letters < first.prefixLength, let s = scalars.first {
            scalars = scalars.dropFirst()
            if !EntityPass.isMark(s) { letters += 1 }
        }
        while let s = scalars.first, EntityPass.isMark(s) { scalars = scalars.dropFirst() }
        let rest = String(String.UnicodeScalarView(scalars))
        return first.restoredArticle ? "ال" + rest : rest
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        (0x064B...0x065F).contains(s.value) || s.value == 0x0670 || s.value == 0x0640
    }

    // MARK: works

    mutating func work(actor: Int32) -> Int {
        let key = "a\(actor)"
        if let w = workByKey[key] { return w }
        let a = kb.actors[Int(actor)]
        works.append(
            Work(
                key: key, actor: actor, type: a.type, nameAr: a.nameAr, nameEn: a.nameEn, country: a.country,
                cameo: a.cameo, isMetonym: a.isMetonym))
        workByKey[key] = works.count - 1
        seenActors.insert(actor)
        return works.count - 1
    }

    mutating func work(
        key: String, type: EntityType, nameAr: String, nameEn: String? = nil, country: String?, cameo: String?
    ) -> Int {
        if let w = workByKey[key] { return w }
        works.append(
            Work(
                key: key, actor: nil, type: type, nameAr: nameAr, nameEn: nameEn, country: country, cameo: cameo,
                isMetonym: false))
        workByKey[key] = works.count - 1
        return works.count - 1
    }

    mutating func addName(_ work: Int, _ tokens: Range<Int>, title: Int? = nil) {
        names.append(NameMention(work: work, tokens: tokens, range: scalarRange(tokens), title: title))
        for t in tokens { covered[t] = true }
        if let country = works[work].country { docCountries.insert(country) }
    }

    // MARK: main scan

    mutating func scan() {
        for line in doc.lines {
            var i = line.tokens.lowerBound
            let end = line.tokens.upperBound
            while i < end {
                if doc.keys[i].isEmpty || covered[i] {
                    i += 1
                    continue
                }
                i = step(i, end)
            }
            pendingTitle = nil
        }
    }

    enum Candidate {
        case name(Hit<Int32>)
        case pattern(length: Int, pattern: Int, country: Int32, first: FirstKey)
        case event(Hit<Int32>)
        case org(length: Int, first: FirstKey, country: String?)
        case place(head: Int, length: Int, natural: Bool, first: FirstKey)
        /// A bare institution head naming the institution named last with it.
        case same(length: Int, work: Int)

        var length: Int {
            switch self {
            case .name(let h): h.length
            case .pattern(let l, _, _, _): l
            case .event(let h): h.length
            case .org(let l, _, _): l
            case .place(_, let l, _, _): l
            case .same(let l, _): l
            }
        }
    }

    /// The longest entity reading at token `i`.
    func entityCandidate(_ i: Int, _ end: Int, _ firsts: Reading) -> Candidate? {
        var best: Candidate?
        func consider(_ c: Candidate?) {
            guard let c else { return }
            if c.length > (best?.length ?? 0) { best = c }
        }
        consider(patternCandidate(i, end, firsts))
        if let h = longest(kb.names, i, end, firsts, .names) { consider(.name(h)) }
        if let h = longest(kb.lexicons.worldEventCues, i, end, firsts, .worldEvents),
            h.values.contains(where: { EntityStage.eventKinds.contains(kb.lexicons.worldEvents[Int($0)].kind) })
        {
            consider(.event(h))
        }
        // Heads make names only where the knowledge base has none (nor an institution head).
        if best == nil, special(i) != nil, longest(kb.orgHeads, i, end, firsts, .orgHeads) == nil {
            consider(headCandidate(i, end, firsts))
        }
        return best
    }

    /// `وزارة الخارجية الصينية`, `وزارة خارجية الصين`, `الخارجية الروسية`.
    func patternCandidate(_ i: Int, _ end: Int, _ firsts: Reading) -> Candidate? {
        guard let head = longest(kb.orgHeads, i, end, firsts, .orgHeads), let pattern = head.values.first else {
            return nil
        }
        let j = i + head.length
        let bare: Candidate? =
            head.length >= 2
            ? lastPattern[kb.orgPatterns[Int(pattern)].key].map { .same(length: head.length, work: $0) } : nil
        guard j < end, TrieScanner.adjacent(doc, j - 1, j), !doc.keys[j].isEmpty else { return bare }
        if let adj = longest(kb.adjectives, j, end, unpeeled(j), .adjectives), let country = adj.values.first {
            // A feminine head takes a feminine nisba: in وزيرا الخارجية الصيني the nisba is the
            // ministers', not the ministry's.
            if doc.keys[j - 1].hasSuffix("ه") && !doc.keys[j + adj.length - 1].hasSuffix("ه") { return bare }
            return .pattern(
                length: head.length + adj.length, pattern: Int(pattern), country: country, first: head.first)
        }
        // Construct: a country name right after a head without the article (وزارة خارجية الصين).
        if !startsWithArticle(doc.keys[j - 1]), let name = longest(kb.names, j, end, unpeeled(j)),
            let country = name.values.first(where: { kb.actors[Int($0)].origin == "country" })
        {
            return .pattern(
                length: head.length + name.length, pattern: Int(pattern), country: country, first: head.first)
        }
        return bare
    }

    /// Organisations and places by their head word.
    func headCandidate(_ i: Int, _ end: Int, _ reading: Reading) -> Candidate? {
        guard case .head(let head, let p)? = special(i), reading.peel || p == 0 else { return nil }
        do {
            let first = FirstKey(key: head, prefixLength: p, restoredArticle: false)
            let strong = words.strongOrgHeads.contains(first.key)
            let natural = words.naturalPlaceHeads.contains(first.key)
            if strong || words.weakOrgHeads.contains(first.key) {
                if let c = orgAfterHead(i, end, strong: strong, first: first) { return c }
            }
            if natural || words.adminPlaceHeads.contains(first.key) {
                if let n = placeAfterHead(i + 1, end, natural: natural) {
                    return .place(head: i, length: 1 + n, natural: natural, first: first)
                }
            }
        }
        return nil
    }

    /// `حزب العدالة والتنمية`, `جامعة القاهرة`, `منظمة التحرير الفلسطينية`: the head, then
    /// words with the article (or a known place), up to four.
    func orgAfterHead(_ i: Int, _ end: Int, strong: Bool, first: FirstKey) -> Candidate? {
        var j = i + 1
        var country: String?
        var place = false
        while j < end && j - i <= 4 && TrieScanner.adjacent(doc, j - 1, j) {
            let key = doc.keys[j]
            guard doc.tokens[j].kind == .arabic, !kb.lexicons.stopwords.contains(key), !words.notNames.contains(key)
            else { break }
            if let adj = longest(kb.adjectives, j, end, unpeeled(j)), let c = adj.values.first, j > i + 1 {
                country = kb.actors[Int(c)].country
                j += adj.length
                break
            }
            if j == i + 1, let name = longest(kb.names, j, end, unpeeled(j)),
                name.values.contains(where: { kb.actors[Int($0)].type == .gpe })
            {
                place = true
                j += name.length
                continue
            }
            let article =
                startsWithArticle(key)
                || (strong && j > i + 1 && (key.hasPrefix("وال") || key.hasPrefix("لل"))
                    && key.unicodeScalars.count > 4)
            guard article else { break }
            if kb.lexicons.timeWords.hasPrefix(key) || kb.titles.hasPrefix(key) { break }
            j += 1
        }
        let n = j - i - 1
        guard n >= 1 else { return nil }
        guard strong || place || n >= 2 else { return nil }
        return .org(length: j - i, first: first, country: country)
    }

    /// The place name after a place head: one word (two for `دير الزور`), not a common word.
    func placeAfterHead(_ j: Int, _ end: Int, natural: Bool) -> Int? {
        guard j < end, TrieScanner.adjacent(doc, j - 1, j), doc.tokens[j].kind == .arabic else { return nil }
        let key = doc.keys[j]
        if let name = longest(kb.names, j, end, unpeeled(j)),
            name.values.contains(where: { [.gpe, .loc].contains(kb.actors[Int($0)].type) })
        {
            return nil  // a known place: read by name
        }
        guard isPlainToken(j), !key.hasSuffix("ه") || natural else { return nil }
        if words.placeNamePrefixes.contains(key), j + 1 < end, TrieScanner.adjacent(doc, j, j + 1), isPlainToken(j + 1)
        {
            return 2
        }
        return 1
    }

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

    /// One step of the scan at token `i`; returns the next token to look at.
    mutating func step(_ i: Int, _ end: Int) -> Int {
        let special = special(i)
        // Most tokens are words no table knows: one lookup and out.
        if sameVocabulary, special == nil, !isStart(keyIDs[i]), !isStart(peelIDs[2 * i]), !isStart(peelIDs[2 * i + 1]) {
            return i + 1
        }
        let firsts = firstKeys(i)
        let candidate = entityCandidate(i, end, firsts)
        let title = longest(kb.titles, i, end, firsts, .titles)
        if let title, title.length >= (candidate?.length ?? 0), let role = title.values.first {
            return readTitle(i, end, length: title.length, role: kb.roleTitles[Int(role)].role)
        }
        if candidate == nil, title == nil, case .counterpart? = special {
            let role = titles.last?.role ?? "counterpart"
            return readTitle(i, end, length: 1, role: role)
        }
        guard let candidate else {
            if let adj = longest(kb.adjectives, i, end, firsts, .adjectives), let c = adj.values.first,
                let iso = kb.actors[Int(c)].country
            {
                docCountries.insert(iso)
                return i + adj.length
            }
            if let n = givenNameLength(i, end) {
                let r = i..<(i + n)
                addName(localPerson(r, country: nil), r)
                return r.upperBound
            }
            return i + 1
        }
        let tokens = i..<(i + candidate.length)
        let pending = pendingTitle.flatMap { $0.token == i ? $0.title : nil }
        pendingTitle = nil
        switch candidate {
        case .name(let hit):
            var tokens = tokens
            // مدينة مشهد: the place is the name after its administrative head.
            if tokens.count >= 2, words.adminPlaceHeads.contains(hit.first.key),
                hit.values.allSatisfy({ kb.actors[Int($0)].type == .gpe })
            {
                tokens = (tokens.lowerBound + 1)..<tokens.upperBound
            }
            if hit.values.count == 1 {
                let w = work(actor: hit.values[0])
                addName(w, tokens, title: pending)
                if let pending { attach(pending, to: w) }
            } else {
                ambiguous.append(
                    Ambiguous(tokens: tokens, range: scalarRange(tokens), candidates: hit.values, title: pending))
                for t in tokens { covered[t] = true }
            }
        case .pattern(_, let p, let country, let first):
            let w = patternWork(p, country: country, tokens: tokens, first: first)
            addName(w, tokens)
        case .event(let hit):
            guard let event = pickEvent(hit.values, line: i..<end) else { break }
            let w = work(
                key: "e:\(event.id)", type: .event, nameAr: textWithoutProclitic(tokens, hit.first),
                nameEn: event.nameEn, country: event.place, cameo: nil)
            addName(w, tokens)
        case .org(_, let first, let country):
            let name = textWithoutProclitic(tokens, first)
            let w = work(
                key: "o:" + PhraseKeys.keys(name).joined(separator: " "), type: .org, nameAr: name, country: country,
                cameo: nil)
            addName(w, tokens)
        case .place(let head, let length, let natural, let first):
            let span = natural ? head..<(head + length) : (head + 1)..<(head + length)
            let name = textWithoutProclitic(
                span, natural ? first : FirstKey(key: "", prefixLength: 0, restoredArticle: false))
            let w = work(
                key: "p:" + PhraseKeys.keys(name).joined(separator: " "), type: natural ? .loc : .gpe, nameAr: name,
                country: nil, cameo: nil)
            addName(w, span)
        case .same(_, let w):
            addName(w, tokens)
        }
        return tokens.upperBound
    }

    /// The world event a cue names: among events sharing the cue, the one whose place the line
    /// names, else the latest before the article's date. Events of the same date and kind are
    /// one entity (cue variants), filed under the first listed.
    mutating func pickEvent(_ values: [Int32], line: Range<Int>) -> WorldEvent? {
        let events = kb.lexicons.worldEvents
        let candidates = values.filter { EntityStage.eventKinds.contains(events[Int($0)].kind) }
        guard var chosen = candidates.first else { return nil }
        if candidates.count > 1 {
            var countries = Set<String>()
            if let l = doc.lineIndex(containing: doc.tokens[line.lowerBound].start) {
                if let cached = lineCountries[l] {
                    countries = cached
                } else {
                    for k in doc.lines[l].tokens where !doc.keys[k].isEmpty {
                        if let a = longest(kb.adjectives, k, doc.lines[l].tokens.upperBound, unpeeled(k)),
                            let c = a.values.first, let iso = kb.actors[Int(c)].country
                        {
                            countries.insert(iso)
                        }
                    }
                    lineCountries[l] = countries
                }
            }
            if let placed = candidates.first(where: { events[Int($0)].place.map(countries.contains) ?? false }) {
                chosen = placed
            } else if let day {
                let before = candidates.filter { (PartialDate(events[Int($0)].date)?.earliest ?? 0) <= day }
                if let latest = before.max(by: { events[Int($0)].date < events[Int($1)].date }) { chosen = latest }
            }
        }
        let e = events[Int(chosen)]
        return events.first { $0.date == e.date && $0.kind == e.kind } ?? e
    }

    mutating func patternWork(_ p: Int, country: Int32, tokens: Range<Int>, first: FirstKey) -> Int {
        let pattern = kb.orgPatterns[p]
        let c = kb.actors[Int(country)]
        let iso = c.country ?? ""
        let key = "\(pattern.key)-\(iso)"
        let cameo = (c.cameo ?? iso) + (pattern.cameoSuffix ?? "")
        let nameEn = c.nameEn.map { pattern.nameEnTemplate.replacingOccurrences(of: "{country}", with: $0) }
        let w = work(
            key: "kb:" + key, type: .org, nameAr: textWithoutProclitic(tokens, first), nameEn: nameEn, country: iso,
            cameo: cameo)
        lastPattern[pattern.key] = w
        return w
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

    // MARK: titles

    /// Reads a title at `i` (its first `length` tokens), its scope and the name after it.
    mutating func readTitle(_ i: Int, _ end: Int, length: Int, role: String) -> Int {
        var j = i + length
        var scope: String?
        var complemented = false
        // An organisation inside or right after the title: المتحدث باسم الكرملين، مساعد الكرملين،
        // سكرتير مجلس الأمن الروسي. One inside the title ends with it, unless it is a name of
        // its own (رئيس حزب العدالة والتنمية): وزير الخارجية الصيني is not the ministry.
        var k = i + 1
        while k <= j && k < end {
            guard TrieScanner.adjacent(doc, k - 1, k), !doc.keys[k].isEmpty else { break }
            if let c = entityCandidate(k, end, firstKeys(k)), let s = scopeOf(c) {
                var inside = true
                if case .pattern = c { inside = k + c.length == j }
                if case .same = c { inside = false }
                if k == j || k + c.length == j || (inside && k + c.length > j) {
                    record(c, at: k, end)
                    scope = s.isEmpty ? nil : s
                    complemented = true
                    j = k + c.length
                    break
                }
            }
            k += 1
        }
        if scope == nil, j < end, TrieScanner.adjacent(doc, j - 1, j), !doc.keys[j].isEmpty,
            let adj = longest(kb.adjectives, j, end, unpeeled(j)), let c = adj.values.first
        {
            scope = kb.actors[Int(c)].country
            j += adj.length
        }
        while j < end, TrieScanner.adjacent(doc, j - 1, j), words.titleModifiers.contains(doc.keys[j]) { j += 1 }
        let tokens = i..<j
        let finding = TitleFinding(tokens: tokens, range: scalarRange(tokens), role: role, scope: scope)
        titles.append(finding)
        let t = titles.count - 1
        for x in tokens { covered[x] = true }
        if scope != nil { docCountries.insert(scope!) }
        // The name after the title.
        guard j < end, TrieScanner.adjacent(doc, j - 1, j), !doc.keys[j].isEmpty else {
            attachBefore(t, i)
            return j
        }
        let after = entityCandidate(j, end, unpeeled(j))
        if case .name(let hit) = after, hit.values.contains(where: { kb.actors[Int($0)].type == .person }) {
            pendingTitle = (j, t)
            return j
        }
        if let short = longest(kb.shortNames, j, end, unpeeled(j)), after == nil || short.length >= after!.length,
            let person = short.values.first(where: { fits(person: $0, role: role, scope: scope) })
        {
            let w = work(actor: person)
            let r = j..<(j + short.length)
            addName(w, r, title: t)
            titles[t].attached = w
            return r.upperBound
        }
        let needsComplement = scope == nil && !complemented && !startsWithArticle(doc.keys[j - 1])
        if after == nil, !needsComplement {
            let n = nameLength(j, end)
            if n > 0 {
                let r = j..<(j + n)
                let w = localPerson(r, country: scope)
                addName(w, r, title: t)
                titles[t].attached = w
                return r.upperBound
            }
        }
        attachBefore(t, i)
        return j
    }

    /// The scope an entity gives a title before it: its country (or, for an IGO, its cameo code).
    func scopeOf(_ c: Candidate) -> String? {
        switch c {
        case .name(let h):
            for v in h.values {
                let a = kb.actors[Int(v)]
                guard a.type == .org || a.type == .gpe else { continue }
                return a.country ?? a.cameo ?? a.id
            }
            return nil
        case .pattern(_, _, let country, _): return kb.actors[Int(country)].country
        case .org(_, _, let country): return country ?? ""
        default: return nil
        }
    }

    /// Records an entity candidate read inside a title.
    mutating func record(_ c: Candidate, at k: Int, _ end: Int) {
        let tokens = k..<(k + c.length)
        switch c {
        case .name(let hit):
            if hit.values.count == 1 {
                addName(work(actor: hit.values[0]), tokens)
            } else {
                ambiguous.append(
                    Ambiguous(tokens: tokens, range: scalarRange(tokens), candidates: hit.values, title: nil))
                for t in tokens { covered[t] = true }
            }
        case .pattern(_, let p, let country, let first):
            addName(patternWork(p, country: country, tokens: tokens, first: first), tokens)
        case .org(_, let first, let country):
            let name = textWithoutProclitic(tokens, first)
            addName(
                work(
                    key: "o:" + PhraseKeys.keys(name).joined(separator: " "), type: .org, nameAr: name,
                    country: country, cameo: nil), tokens)
        default: break
        }
    }

    /// Whether a person fits a title: holds the role in that scope (at the article's date when
    /// known), or at least serves that country.
    func fits(person: Int32, role: String, scope: String?) -> Bool {
        let a = kb.actors[Int(person)]
        guard a.type == .person else { return false }
        if let scope, a.country != scope, !a.roles.contains(where: { $0.scope == scope }) { return false }
        return true
    }

    /// A title with no name after it: apposition to the name before it (`X، مساعد الكرملين`,
    /// `X مراسلة سي إن إن`), or an unknown name after a reporting verb; else a title-only reference.
    mutating func attachBefore(_ t: Int, _ i: Int) {
        var k = i - 1
        var comma = false
        if k >= 0, doc.keys[k].isEmpty {
            let s = doc.tokenText(k)
            guard s == "،" || s == "," else { return }
            comma = true
            k -= 1
        }
        guard k >= 0, !doc.keys[k].isEmpty, comma || TrieScanner.adjacent(doc, k, i) else { return }
        // Without a comma, only an indefinite title stands in apposition (X مراسلة سي إن إن).
        if !comma && startsWithArticle(stringKeys(i).last?.key ?? "") { return }
        if let m = names.last, m.tokens.upperBound == k + 1, works[m.work].type == .person {
            attach(t, to: m.work)
            return
        }
        if let a = ambiguous.last, a.tokens.upperBound == k + 1 { return }
        // An unknown name between a reporting verb and the title: قال X، مساعد …
        var start = k
        while start > k - 3 && start >= 0 && !covered[start] && isNameToken(start, first: false, lenient: true) {
            if start > 0 && isReportingVerb(start - 1) { break }
            start -= 1
        }
        guard start >= 0, start <= k, start > 0, isReportingVerb(start - 1), !covered[start],
            isNameToken(start, first: true, lenient: true)
        else { return }
        let r = start..<(k + 1)
        for x in r.dropFirst() where !TrieScanner.adjacent(doc, x - 1, x) { return }
        let w = localPerson(r, country: titles[t].scope)
        addName(w, r)
        attach(t, to: w)
    }

    mutating func attach(_ t: Int, to w: Int) {
        titles[t].attached = w
        works[w].textRoles.append((titles[t].role, titles[t].scope))
    }

    func isReportingVerb(_ k: Int) -> Bool {
        guard k >= 0, doc.tokens[k].kind == .arabic else { return false }
        let cues = kb.lexicons.speechCues
        for first in stringKeys(k) {
            var forms = [first.key]
            let s = first.key
            for suffix in ["ت", "وا", "ا"]
            where s.hasSuffix(suffix) && s.unicodeScalars.count > suffix.unicodeScalars.count + 2 {
                forms.append(String(s.unicodeScalars.dropLast(suffix.unicodeScalars.count)))
            }
            for f in forms where cues.values(for: [f]).contains(where: { $0.kind == "verb" }) { return true }
        }
        return false
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

    /// Whether token `k` can be part of a person's name. `lenient` (between a reporting verb
    /// and an apposition title, where a name is expected) lets stop words pass: آنا is
    /// normalised like the pronoun أنا.
    /// A known given name (the first word of a person's name in the knowledge base) and the
    /// one name word after it (two across a connector: محمد بن سلمان): ألكسندر سلطانوف.
    func givenNameLength(_ j: Int, _ end: Int) -> Int? {
        // Not a surname-first short form (وانغ، كيم), and the next word a plain name: no
        // article (حسن الجوار), no و (سلام وأعرب), no feminine ending (حسن النية).
        let id = keyIDs[j]
        let given =
            sameVocabulary
            ? id >= 0 && kb.givenNameIDs.contains(id) && !kb.shortNames.hasPrefix(id: id)
            : kb.givenNames.contains(keys[j]) && !kb.shortNames.hasPrefix(keys[j])
        guard given, isNameToken(j, first: true) else { return nil }
        var k = j + 1
        guard k < end, TrieScanner.adjacent(doc, j, k), !covered[k], isNameToken(k, first: true) else { return nil }
        let second = doc.keys[k]
        if second.hasPrefix("و") || second.hasSuffix("ه") { return nil }
        if words.nameConnectors.contains(doc.keys[k]) {
            guard k + 1 < end, TrieScanner.adjacent(doc, k, k + 1), isNameToken(k + 1, first: false) else { return nil }
            k += 1
        }
        return k + 1 - j
    }

    func isNameToken(_ k: Int, first: Bool, lenient: Bool = false) -> Bool {
        guard doc.tokens[k].kind == .arabic else { return false }
        let key = doc.keys[k]
        if first && startsWithArticle(key) { return false }
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

    // MARK: later passes

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

    /// Whether the token at `k` continues a name (then a short form there is part of another
    /// name), not a name joined by و.
    func continuesName(_ k: Int, _ end: Int) -> Bool {
        guard k < end, adjacent(k - 1, k), toks[k].kind == .arabic else { return false }
        // شي وبوتين: a name under the conjunction و starts a name of its own.
        if keys[k].hasPrefix("\u{0648}"), doc.peelIDs[2 * k] >= 0 { return false }
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

    /// Credited agencies and outlets (the metadata stage's credits) are organisations.
    mutating func addAgencyCredits(_ credits: [AgencyCredit]) {
        for credit in credits {
            let w: Int
            if let a = kb.agencies.firstIndex(where: { $0.id == credit.id }) {
                w = work(actor: Int32(kb.agencies[a].actor))
            } else {
                w = work(
                    key: "o:" + PhraseKeys.keys(credit.nameAr).joined(separator: " "), type: .org,
                    nameAr: credit.nameAr, country: nil, cameo: nil)
            }
            for span in credit.mentions {
                guard let tokens = tokenRange(span.start..<span.end), !tokens.contains(where: { covered[$0] }) else {
                    continue
                }
                addName(w, tokens)
            }
        }
    }

    func tokenRange(_ r: Range<Int>) -> Range<Int>? {
        let range = doc.tokenRange(covering: r)
        return range.isEmpty ? nil : range
    }

    /// Chooses the actor of each form listed for several: a country before a same-named city,
    /// a place or organisation of a country the article names, a person in office.
    mutating func resolveAmbiguous() {
        for a in ambiguous {
            let best = a.candidates.max { score($0) < score($1) } ?? a.candidates[0]
            let w = work(actor: best)
            addName(w, a.tokens, title: a.title)
            if let t = a.title, kb.actors[Int(best)].type == .person { attach(t, to: w) }
        }
        ambiguous = []
    }

    func score(_ c: Int32) -> Double {
        let a = kb.actors[Int(c)]
        var s: Double
        switch a.origin {
        case "country": s = 3
        case "organization": s = 2.5
        case "capital": s = 2
        case "place": s = 1.5
        case "person": s = 1
        default: s = 0.5
        }
        if let country = a.country, docCountries.contains(country) { s += 2 }
        if a.type == .person, a.roles.contains(where: { r in day.map { r.isHeld(on: $0) } ?? (r.end == nil) }) {
            s += 0.5
        }
        return s
    }

    /// Title-only references: the person named in the article with that role (nearest before,
    /// else after), else the holder of the role at the article's date.
    mutating func resolveTitles() {
        var personMentions: [Int: [Range<Int>]] = [:]
        if titles.contains(where: { $0.attached == nil }) {
            for m in names where works[m.work].type == .person { personMentions[m.work, default: []].append(m.range) }
            for w in personMentions.keys { personMentions[w]!.sort { $0.lowerBound < $1.lowerBound } }
        }
        for t in titles.indices {
            if let w = titles[t].attached {
                works[w].roles.append(doc.span(titles[t].range))
                if !works[w].textRoles.contains(where: { $0.role == titles[t].role }) {
                    works[w].textRoles.append((titles[t].role, titles[t].scope))
                }
                continue
            }
            let f = titles[t]
            var best: (distance: Int, work: Int)?
            for (w, starts) in personMentions where holds(work: w, role: f.role, scope: f.scope) {
                // The nearest mention before the title, else after it (farther counts more).
                var lo = 0
                var hi = starts.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if starts[mid].upperBound <= f.range.lowerBound { lo = mid + 1 } else { hi = mid }
                }
                var d = Int.max
                if lo > 0 { d = f.range.lowerBound - starts[lo - 1].upperBound }
                if lo < starts.count, starts[lo].lowerBound >= f.range.upperBound {
                    d = min(d, (starts[lo].lowerBound - f.range.upperBound) * 4)
                }
                if d < (best?.distance ?? Int.max) { best = (d, w) }
            }
            if let best {
                titles[t].holderWork = best.work
                works[best.work].roles.append(doc.span(f.range))
                continue
            }
            guard let scope = f.scope, !scope.isEmpty else { continue }
            var holders = kb.holders(role: f.role, scope: scope, on: day)
            if holders.isEmpty, let base = f.role.split(separator: "_").last.map(String.init), base != f.role {
                holders = kb.holders(role: base, scope: scope, on: day)
            }
            if let h = holders.first { titles[t].holderActor = h }
        }
    }

    func holds(work w: Int, role: String, scope: String?) -> Bool {
        let base = role.split(separator: "_").last.map(String.init) ?? role
        if works[w].textRoles.contains(where: {
            ($0.role == role || $0.role == base) && (scope == nil || $0.scope == nil || $0.scope == scope)
        }) {
            return true
        }
        guard let actor = works[w].actor else { return false }
        return kb.actors[Int(actor)].roles.contains { r in
            (r.role == role || r.role == base) && (scope == nil || r.scope == scope)
                && (day.map { r.isHeld(on: $0) } ?? true)
        }
    }

    // MARK: output

    mutating func finish() -> ([EntityRecord], [EntityMention]) {
        names.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Entities in order of first mention; local ids numbered in that order.
        var order: [Int] = []
        var index = Array(repeating: -1, count: works.count)
        for m in names where index[m.work] < 0 {
            index[m.work] = order.count
            order.append(m.work)
        }
        var local = 0
        var ids = Array(repeating: "", count: works.count)
        var records: [EntityRecord] = []
        for w in order {
            let work = works[w]
            let id: String
            if let actor = work.actor {
                id = kb.actors[Int(actor)].id
            } else if work.key.hasPrefix("kb:") || work.key.hasPrefix("e:") {
                id = work.key.hasPrefix("e:") ? "kb:event-" + work.key.dropFirst(2) : work.key
            } else {
                local += 1
                id = "local:\(local)"
            }
            ids[w] = id
            var roles: [TextSpan] = []
            var seen = Set<String>()
            for r in work.roles.sorted(by: { $0.start < $1.start })
            where seen.insert(PhraseKeys.keys(r.text).joined(separator: " ")).inserted { roles.append(r) }
            records.append(
                EntityRecord(
                    id: id, type: work.type.rawValue, nameAr: work.nameAr, nameEn: work.nameEn, country: work.country,
                    cameo: work.cameo, roles: roles, mentions: []))
        }
        var mentions: [EntityMention] = []
        var lastStart = -1
        for m in names {
            guard m.range.lowerBound != lastStart else { continue }
            lastStart = m.range.lowerBound
            let e = index[m.work]
            records[e].mentions.append(doc.span(m.range))
            let work = works[m.work]
            let title = m.title.map { titles[$0] }
            mentions.append(
                EntityMention(
                    kind: .name, id: ids[m.work], entity: e, actor: work.actor.map(Int.init), type: work.type,
                    tokens: m.tokens, start: m.range.lowerBound, end: m.range.upperBound, country: work.country,
                    isMetonym: work.isMetonym, role: title?.role, roleScope: title?.scope, roleSpan: title?.range))
        }
        for f in titles where f.attached == nil {
            var m = EntityMention(
                kind: .title, id: nil, entity: nil, actor: nil, type: .person, tokens: f.tokens,
                start: f.range.lowerBound, end: f.range.upperBound, country: f.scope, role: f.role, roleScope: f.scope,
                roleSpan: f.range)
            if let w = f.holderWork, index[w] >= 0 {
                m.id = ids[w]
                m.entity = index[w]
                m.actor = works[w].actor.map(Int.init)
                m.country = works[w].country ?? f.scope
            } else if let a = f.holderActor {
                let actor = kb.actors[Int(a)]
                m.id = actor.id
                m.actor = Int(a)
                m.country = actor.country
                if let w = workByKey["a\(a)"], index[w] >= 0 { m.entity = index[w] }
            }
            mentions.append(m)
        }
        mentions.sort { $0.start < $1.start }
        return (records, mentions)
    }
}
