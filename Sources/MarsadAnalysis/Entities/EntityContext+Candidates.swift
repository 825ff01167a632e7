import MarsadKnowledge
import MarsadText

/// Entity readings at a token: known names, institutions, heads and world events.
extension EntityContext {
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

    /// The longest entity reading at token `i`. `lastPattern`: the work of the institution
    /// named last with each pattern (a bare head names it again).
    func entityCandidate(_ i: Int, _ end: Int, _ firsts: Reading, lastPattern: [String: Int]) -> Candidate? {
        var best: Candidate?
        func consider(_ c: Candidate?) {
            guard let c else { return }
            if c.length > (best?.length ?? 0) { best = c }
        }
        consider(patternCandidate(i, end, firsts, lastPattern: lastPattern))
        if let h = longest(.names, i, end, firsts) { consider(.name(h)) }
        if let h = longest(.worldEvents, i, end, firsts),
            h.values.contains(where: { stage.isEntityEvent[Int($0)] })
        {
            consider(.event(h))
        }
        // Heads make names only where the knowledge base has none (nor an institution head).
        if best == nil, special(i) != nil, longest(.orgHeads, i, end, firsts) == nil {
            consider(headCandidate(i, end, firsts))
        }
        return best
    }

    /// `وزارة الخارجية الصينية`, `وزارة خارجية الصين`, `الخارجية الروسية`.
    func patternCandidate(_ i: Int, _ end: Int, _ firsts: Reading, lastPattern: [String: Int]) -> Candidate? {
        guard let head = longest(.orgHeads, i, end, firsts), let pattern = head.values.first else {
            return nil
        }
        let j = i + head.length
        let bare: Candidate? =
            head.length >= 2
            ? lastPattern[kb.orgPatterns[Int(pattern)].key].map { .same(length: head.length, work: $0) } : nil
        guard j < end, adjacent(j - 1, j), !keys[j].isEmpty else { return bare }
        if let adj = longest(.adjectives, j, end, unpeeled(j)), let country = adj.values.first {
            // A feminine head takes a feminine nisba: in وزيرا الخارجية الصيني the nisba is the
            // ministers', not the ministry's.
            if KeyBytes.hasSuffix(keys[j - 1], "ه") && !KeyBytes.hasSuffix(keys[j + adj.length - 1], "ه") {
                return bare
            }
            return .pattern(
                length: head.length + adj.length, pattern: Int(pattern), country: country, first: head.first)
        }
        // Construct: a country name right after a head without the article (وزارة خارجية الصين).
        if !startsWithArticle(keys[j - 1]), let name = longest(.names, j, end, unpeeled(j)),
            let country = name.values.first(where: { kb.actors[Int($0)].origin == "country" })
        {
            return .pattern(
                length: head.length + name.length, pattern: Int(pattern), country: country, first: head.first)
        }
        return bare
    }

    /// Organisations and places by their head word.
    func headCandidate(_ i: Int, _ end: Int, _ reading: Reading) -> Candidate? {
        guard case .head(let head, let p, let classes)? = special(i), reading.peel || p == 0 else { return nil }
        do {
            let first = FirstKey(key: head, prefixLength: p, restoredArticle: false)
            let strong = classes.contains(.strongOrgHead)
            let natural = classes.contains(.naturalPlaceHead)
            if strong || classes.contains(.weakOrgHead) {
                let named = words.classes(head).contains(.nameHead)
                if let c = orgAfterHead(i, end, strong: strong, named: named, first: first) { return c }
            }
            if natural || classes.contains(.adminPlaceHead) {
                if let n = placeAfterHead(i + 1, end, natural: natural) {
                    return .place(head: i, length: 1 + n, natural: natural, first: first)
                }
            }
        }
        return nil
    }

    /// `حزب العدالة والتنمية`, `جامعة القاهرة`, `منظمة التحرير الفلسطينية`: the head, then
    /// words with the article (or a known place), up to four. After a `named` head the first
    /// may be a proper name without the article (`جامعة كامبريدج`), not an indefinite adjective
    /// (`جامعة خاصة`, `نادي رياضي`) or accusative (`أصدرت مجلة عددا`).
    func orgAfterHead(_ i: Int, _ end: Int, strong: Bool, named: Bool = false, first: FirstKey) -> Candidate? {
        var j = i + 1
        var country: String?
        var proper = false  // a known place or a proper name as the first complement
        while j < end && j - i <= 4 && adjacent(j - 1, j) {
            let key = keys[j]
            guard toks[j].kind == .arabic, classes(j).isDisjoint(with: [.stopword, .notName]) else { break }
            if let adj = longest(.adjectives, j, end, unpeeled(j)), let c = adj.values.first, j > i + 1 {
                country = kb.actors[Int(c)].country
                j += adj.length
                break
            }
            if j == i + 1, let name = longest(.names, j, end, unpeeled(j)),
                name.values.contains(where: { kb.actors[Int($0)].type == .gpe })
            {
                proper = true
                j += name.length
                continue
            }
            // Not a known name's start (نادي مانشستر يونايتد: the club is read by its name).
            if named, j == i + 1, !startsWithArticle(key), isNameToken(j, first: true),
                longest(.names, j, end, unpeeled(j)) == nil,
                !KeyBytes.hasSuffix(key, "ه"), !KeyBytes.hasSuffix(key, "ي"), !KeyBytes.hasSuffix(key, "ا"),
                !doc.tokenText(j).unicodeScalars.contains(where: { (0x064B...0x064D).contains($0.value) })
            {
                proper = true
                j += 1
                continue
            }
            let article =
                startsWithArticle(key)
                || (strong && j > i + 1 && (KeyBytes.hasPrefix(key, "وال") || KeyBytes.hasPrefix(key, "لل"))
                    && key.unicodeScalars.count > 4)
            guard article else { break }
            if kb.lexicons.timeWords.hasPrefix(key) || stage.titles.hasPrefix(key) { break }
            j += 1
        }
        let n = j - i - 1
        guard n >= 1 else { return nil }
        guard strong || proper || n >= 2 else { return nil }
        return .org(length: j - i, first: first, country: country)
    }

    /// The place name after a place head: one word (two for `دير الزور`), not a common word.
    func placeAfterHead(_ j: Int, _ end: Int, natural: Bool) -> Int? {
        guard j < end, adjacent(j - 1, j), toks[j].kind == .arabic else { return nil }
        let key = keys[j]
        if let name = longest(.names, j, end, unpeeled(j)),
            name.values.contains(where: { [.gpe, .loc].contains(kb.actors[Int($0)].type) })
        {
            return nil  // a known place: read by name
        }
        guard isPlainToken(j), !KeyBytes.hasSuffix(key, "ه") || natural else { return nil }
        if classes(j).contains(.placeNamePrefix), j + 1 < end, adjacent(j, j + 1), isPlainToken(j + 1) {
            return 2
        }
        return 1
    }
}
