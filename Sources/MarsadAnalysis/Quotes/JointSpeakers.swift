import MarsadKnowledge
import MarsadText

/// Joint speakers: a quotation has one `speaker` (the spec's contract) and, when several speak
/// together, all of them in `speakers`. Found three ways: names joined by و (بوتين وشي أعربا،
/// قال X وY), a dual noun referring back to a pair (الزعيمان، البلدين، الوزيرين: `entity_words.tsv`
/// class `dual`), and a dual title with two nisbas (وزيرا الخارجية الصيني والروسي).
extension QuotePass {
    /// The publication day as `yyyymmdd`, for the roles held then.
    var publicationDay: Int? { c.doc.record.published.flatMap { PartialDate($0.date)?.earliest } }

    /// The pair a dual noun at `t` refers to: the two states, or the two people holding the
    /// roles it names, that the article names most before it (first named first).
    func dualReference(at t: Int) -> [String]? {
        guard c.doc.tokens[t].kind == .arabic else { return nil }
        // Cheap shape test first (ال…ان / ال…ين) before a dictionary lookup on Arabic keys.
        let key = c.doc.keys[t]
        guard KeyBytes.hasPrefix(key, "ال"), KeyBytes.hasSuffix(key, "ان") || KeyBytes.hasSuffix(key, "ين"),
            let referents = c.kb.lexicons.dualNouns[key]
        else { return nil }
        let before = c.doc.tokens[t].start
        let day = publicationDay
        var counts: [String: (n: Int, first: Int)] = [:]
        for (i, m) in c.doc.entityMentions.enumerated() where m.kind == .name && m.start < before {
            guard let id = referent(m, referents, day) else { continue }
            counts[id, default: (0, i)].n += 1
        }
        let ranked = counts.sorted { a, b in
            a.value.n != b.value.n ? a.value.n > b.value.n : a.value.first < b.value.first
        }
        guard ranked.count >= 2 else { return nil }
        return [ranked[0], ranked[1]].sorted { $0.value.first < $1.value.first }.map(\.key)
    }

    /// The id a mention gives to a dual noun's pair: a state (a capital stands for its state),
    /// or a person holding one of the roles.
    func referent(_ m: EntityMention, _ referents: [String], _ day: Int?) -> String? {
        if referents.contains("state") {
            guard m.type == .gpe, let iso = m.country, let country = c.kb.country(iso) else { return nil }
            return m.id == country.id || m.isMetonym ? country.id : nil
        }
        guard m.type == .person, let id = m.id else { return nil }
        if let role = m.role, referents.contains(role) { return id }
        if let a = m.actor,
            c.kb.actors[a].roles.contains(where: { r in
                referents.contains(r.role) && (day.map { r.isHeld(on: $0) } ?? (r.end == nil))
            })
        {
            return id
        }
        return nil
    }

    /// A dual title with two nisbas (وزيرا الخارجية الصيني والروسي، رئيسا الوزراء …): the two
    /// holders the article names, and the token after the phrase.
    func dualTitle(at t: Int, end: Int) -> (ids: [String], end: Int)? {
        guard c.doc.tokens[t].kind == .arabic else { return nil }
        let scalars = c.doc.keys[t].unicodeScalars
        guard scalars.count >= 4, let last = scalars.last, last == "ا" || last == "ي" else { return nil }
        let singular = String(scalars.dropLast())
        guard c.kb.titles.hasPrefix(singular),
            let match = c.kb.titles.longestMatch(
                first: singular,
                next: { k in t + k < end && c.doc.tokens[t + k].kind == .arabic ? c.doc.keys[t + k] : nil }),
            let title = match.values.first
        else { return nil }
        let role = c.kb.roleTitles[Int(title)].role
        var k = t + match.length
        var scopes: [String] = []
        while k < end, scopes.count < 2, let hit = TrieScanner.match(c.kb.adjectives, in: c.doc, at: k, limit: end),
            let country = hit.values.first, let iso = c.kb.actors[Int(country)].country
        {
            scopes.append(iso)
            k = hit.tokens.upperBound
        }
        guard scopes.count == 2 else { return nil }
        let ids = scopes.compactMap { holder(of: role, in: $0) }
        return ids.count == 2 && ids[0] != ids[1] ? (ids, k) : nil
    }

    /// The person of the article holding `role` in `scope`: by a title the text gives them, else
    /// by the knowledge base on the publication day.
    func holder(of role: String, in scope: String) -> String? {
        let day = publicationDay
        for m in c.doc.entityMentions where m.kind == .name && m.type == .person {
            guard let id = m.id else { continue }
            if m.role == role && m.roleScope == scope { return id }
            if let a = m.actor,
                c.kb.actors[a].roles.contains(where: { r in
                    r.role == role && r.scope == scope && (day.map { r.isHeld(on: $0) } ?? (r.end == nil))
                })
            {
                return id
            }
        }
        return nil
    }

    /// Names joined to mention `m` by و right after it (قال X وY): their ids, with `m`'s first.
    func conjuncts(after m: EntityMention, end: Int) -> (ids: [String], end: Int) {
        var ids = c.speakerID(m).map { [$0] } ?? []
        var k = c.endToken(m)
        while k < end, ids.count < 4, let (_, n) = c.actingMention(at: k),
            n.tokens.lowerBound == k || c.firstToken(n) == k,
            KeyBytes.hasPrefix(c.doc.keys[c.firstToken(n)], "و"), !c.isPrepositional(n), let id = c.speakerID(n)
        {
            if !ids.contains(id) { ids.append(id) }
            k = c.endToken(n)
        }
        return (ids, k)
    }

    /// Names joined by و ending with mention `m` (بوتين وشي أعربا): their ids in text order.
    func conjuncts(endingWith m: EntityMention, from start: Int) -> [String] {
        var ids = c.speakerID(m).map { [$0] } ?? []
        var first = m
        while KeyBytes.hasPrefix(c.doc.keys[c.firstToken(first)], "و"), c.firstToken(first) - 1 >= start,
            let (_, p) = c.actingMention(at: c.firstToken(first) - 1), c.endToken(p) == c.firstToken(first),
            !c.isPrepositional(p), let id = c.speakerID(p)
        {
            if !ids.contains(id) { ids.insert(id, at: 0) }
            first = p
        }
        return ids
    }
}
