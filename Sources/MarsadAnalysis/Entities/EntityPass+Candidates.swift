import MarsadKnowledge
import MarsadText

/// Entity readings at a token: known names, institutions, heads and world events.
extension EntityPass {
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
}
