import MarsadKnowledge
import MarsadText

/// Actors standing together at one place of a clause: a name with the names joined to it by و
/// (شي وبوتين), a collective (الدول الغربية، الزعيمان، البلدين), the holders of a dual title
/// (وزيرا الخارجية الصيني والروسي), or an agent noun with nisba adjectives (القوات الروسية،
/// دبلوماسيون صينيون وروس).
struct ActorGroup {
    var ids: [String]
    /// Tokens of the group, its titles included.
    var span: Range<Int>
    /// Named after a preposition (مع، إلى، لـ، بـ …): an object, not a subject.
    var prepositional = false
    /// Named after في (a place), not a party.
    var locative = false
    /// A collective or a dual: a subject of its own even inside a continuation.
    var collective = false
}

extension EventPass {
    /// The group of actors at token `t` (a name may start before `t` with its title).
    func group(at t: Int, limit: Int) -> ActorGroup? {
        guard t >= 0, t < limit else { return nil }
        let doc = c.doc
        if let (_, m) = c.actingMention(at: t) {
            guard mayAct(m), let id = c.actorID(m) else { return nil }
            let first = c.firstToken(m)
            var ids = [id]
            var u = c.endToken(m)
            let prepositional = c.isPrepositional(m)
            // شي وبوتين، أوكرانيا والاتحاد الأوروبي: more names joined by و.
            while u < limit, KeyBytes.hasPrefix(doc.keys[u], "\u{0648}"), let (_, n) = c.actingMention(at: u),
                mayAct(n),
                c.isPrepositional(n) == prepositional, let next = c.actorID(n)
            {
                ids.append(next)
                u = c.endToken(n)
            }
            var g = ActorGroup(ids: unique(ids), span: first..<u)
            g.prepositional = prepositional || grammar.ends(before: first, .objectPreposition, from: 0)
            g.locative = grammar.ends(before: first, .locative, from: 0)
            return g
        }
        guard doc.tokens[t].kind == .arabic else { return nil }
        var g: ActorGroup?
        if let (actor, n) = grammar.collective(t) {
            g = ActorGroup(ids: [actor], span: t..<(t + n))
        } else if grammar.isA(t, .dualLeaders) {
            let people = pair(ministers: grammar.value(t, .dualLeaders) == "minister")
            if !people.isEmpty { g = ActorGroup(ids: people, span: t..<(t + 1)) }
        } else if grammar.isA(t, .dualStates), let pair = statePair(around: t) {
            g = ActorGroup(ids: pair, span: t..<(t + 1))
        } else if let holders = dualTitle(at: t, limit: limit) {
            g = holders
        } else if grammar.isA(t, .agent), let states = nisbas(after: t + 1, limit: limit) {
            g = ActorGroup(ids: states.ids, span: t..<states.end)
        }
        guard var group = g else { return nil }
        group.collective = true
        group.prepositional = startsWithPreposition(t) || grammar.ends(before: t, .objectPreposition, from: 0)
        group.locative = grammar.ends(before: t, .locative, from: 0)
        // الحكومات الغربية، بما في ذلك الولايات المتحدة وبريطانيا: the members act.
        if let members = members(after: group.span.upperBound, limit: limit) {
            group.ids = members.ids
            group.span = group.span.lowerBound..<members.end
        }
        return group
    }

    /// Whether a mention may be an event's party: a known person or organisation, a country, or
    /// a capital standing for its government (بكين); not a city or region (a place), and not a
    /// name the knowledge base does not know (in news outside politics these are mostly
    /// coaches, officials of local bodies, or misread phrases), and not a news agency.
    func mayAct(_ m: EntityMention) -> Bool { EventPass.mayAct(m, kb: c.kb) }

    static func mayAct(_ m: EntityMention, kb: KnowledgeBase) -> Bool {
        guard let id = m.id, !KeyBytes.hasPrefix(id, "local:") else { return false }
        if let a = m.actor {
            let origin = kb.actors[a].origin
            if origin == "agency" || origin == "place" { return false }
        }
        switch m.type {
        case .person?, .org?: return true
        case .gpe?: return m.isMetonym || m.country.flatMap { kb.country($0)?.id } == id
        case nil: return m.kind == .title
        default: return false
        }
    }

    /// The two states البلدان means at token `t`: the two its paragraph names most, by their
    /// names, capitals, people and bodies (an article may move between pairs), else the
    /// article's two.
    func statePair(around t: Int) -> [String]? {
        let line = c.lineOf[t]
        if line >= 0 {
            let range = c.doc.lines[Int(line)].range
            var counts: [String: Int] = [:]
            // States and the people and bodies of states (الرئيس الصيني شي، موسكو) count.
            for m in c.doc.entityMentions where range.contains(m.start) && m.type != .loc {
                if let country = m.country, let state = c.kb.country(country) { counts[state.id, default: 0] += 1 }
            }
            let ranked = counts.sorted { a, b in a.value > b.value || a.value == b.value && a.key < b.key }
            if ranked.count >= 2 { return [ranked[0].key, ranked[1].key] }
            if ranked.count == 1, let other = statePair.first(where: { $0 != ranked[0].key }) {
                return [ranked[0].key, other]
            }
        }
        return statePair.isEmpty ? nil : statePair
    }

    /// A token that carries ب، ل or ك before its word (بالزعيمين، للبلدين).
    func startsWithPreposition(_ t: Int) -> Bool {
        let s = c.doc.keys[t].unicodeScalars
        guard let first = s.first else { return false }
        var letter = first
        if first == "\u{0648}" || first == "\u{0641}", let second = s.dropFirst().first { letter = second }
        guard letter == "\u{0628}" || letter == "\u{0644}" || letter == "\u{0643}" else { return false }
        // Not a word of its own that starts with ل (لقاء) or ب (بيان): those have an id.
        return c.doc.keyIDs[t] < 0 || c.doc.peelIDs[2 * t] >= 0
    }

    /// Countries named by nisba adjectives from token `u` (الروسية، صينيون وروس).
    func nisbas(after u: Int, limit: Int) -> (ids: [String], end: Int)? {
        var states: [String] = []
        var v = u
        while v < limit, v <= u + 3, let hit = TrieScanner.match(c.kb.adjectives, in: c.doc, at: v, limit: limit),
            let index = hit.values.first
        {
            states.append(c.kb.actors[Int(index)].id)
            v = hit.tokens.upperBound
        }
        return states.isEmpty ? nil : (unique(states), v)
    }

    /// The members listed after a collective (، بما في ذلك X وY).
    func members(after u: Int, limit: Int) -> (ids: [String], end: Int)? {
        var v = u
        if v < limit, c.isComma(v) { v += 1 }
        guard v < limit, let n = grammar.length(v, .members, limit: limit) else { return nil }
        v += n
        var ids: [String] = []
        var end = v
        while v < limit {
            if c.isComma(v) {
                v += 1
                continue
            }
            guard let (_, m) = c.actingMention(at: v), let id = c.actorID(m) else { break }
            ids.append(id)
            v = c.endToken(m)
            end = v
        }
        // The comma closing the list belongs to it.
        if end < limit, c.isComma(end) { end += 1 }
        return ids.isEmpty ? nil : (unique(ids), end)
    }

    /// The holders of a dual title with two nisbas (وزيرا الخارجية الصيني والروسي، رئيسي
    /// الوزراء المصري والأردني): for each country, the role's holder named in the article,
    /// else the one in office at its date.
    func dualTitle(at t: Int, limit: Int) -> ActorGroup? {
        guard !grammar.table.notDualTitle[t] else { return nil }
        guard let found = readDualTitle(at: t, limit: limit) else {
            grammar.table.notDualTitle[t] = true
            return nil
        }
        return found
    }

    func readDualTitle(at t: Int, limit: Int) -> ActorGroup? {
        let key = c.doc.keys[t].unicodeScalars
        guard key.count >= 4, let last = key.last, last == "\u{0627}" || last == "\u{064A}" else { return nil }
        let singular = String(String.UnicodeScalarView(key.dropLast()))
        let titles = c.kb.titles
        let id = titles.vocabulary.id(of: singular)
        guard id >= 0, titles.hasPrefix(id: id),
            let m = titles.longestMatch(firstID: id, nextID: { k in TrieScanner.nextID(c.doc, t + k, limit) }),
            let index = m.values.first
        else { return nil }
        var u = t + m.length
        var countries: [String] = []
        while u < limit, u <= t + m.length + 3,
            let hit = TrieScanner.match(c.kb.adjectives, in: c.doc, at: u, limit: limit), let a = hit.values.first
        {
            if let country = c.kb.actors[Int(a)].country { countries.append(country) }
            u = hit.tokens.upperBound
        }
        guard countries.count >= 2 else { return nil }
        let role = c.kb.roleTitles[Int(index)].role
        var people: [String] = []
        for country in countries {
            let all = c.kb.roleHolders["\(role)@\(country)"] ?? []
            let named = all.map { c.kb.actors[Int($0)].id }.filter { mentioned.contains($0) }
            if let first = named.first {
                people.append(first)
            } else if let holder = c.kb.holders(role: role, scope: country, on: publishedDay).first {
                people.append(c.kb.actors[Int(holder)].id)
            }
        }
        guard people.count >= 2 else { return nil }
        return ActorGroup(ids: people, span: t..<u)
    }

    /// The state a actor belongs to (a person's or organisation's country, a state itself).
    func ownState(_ id: String) -> String? {
        var iso = countryOf[id]
        // Only ids the article does not name (role holders, collectives) are looked up.
        if iso == nil, let actor = c.kb.actors.first(where: { $0.id == id }) { iso = actor.country }
        guard let code = iso, !code.isEmpty else { return nil }
        return c.kb.country(code)?.id
    }

    func isState(_ id: String) -> Bool { stateIDs.contains(id) }

    func unique(_ ids: [String]) -> [String] {
        var out: [String] = []
        for id in ids where !out.contains(id) { out.append(id) }
        return out
    }
}
