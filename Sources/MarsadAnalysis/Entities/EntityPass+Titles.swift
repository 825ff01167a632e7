import MarsadKnowledge
import MarsadText

/// Titles: their scope, the name after them or the name they stand in apposition to.
extension EntityPass {
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
            guard ctx.adjacent(k - 1, k), !ctx.keys[k].isEmpty else { break }
            if let c = ctx.entityCandidate(k, end, ctx.firstKeys(k), lastPattern: lastPattern), let s = ctx.scopeOf(c) {
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
        if scope == nil, j < end, ctx.adjacent(j - 1, j), !ctx.keys[j].isEmpty,
            let adj = ctx.longest(.adjectives, j, end, ctx.unpeeled(j)), let c = adj.values.first
        {
            scope = kb.actors[Int(c)].country
            j += adj.length
        }
        while j < end, ctx.adjacent(j - 1, j), ctx.classes(j).contains(.titleModifier) { j += 1 }
        let tokens = i..<j
        let finding = TitleFinding(tokens: tokens, range: ctx.scalarRange(tokens), role: role, scope: scope)
        titles.append(finding)
        let t = titles.count - 1
        for x in tokens { covered[x] = true }
        if scope != nil { docCountries.insert(scope!) }
        // The name after the title.
        guard j < end, ctx.adjacent(j - 1, j), !ctx.keys[j].isEmpty else {
            attachBefore(t, i)
            return j
        }
        let after = ctx.entityCandidate(j, end, ctx.unpeeled(j), lastPattern: lastPattern)
        if case .name(let hit) = after, hit.values.contains(where: { kb.actors[Int($0)].type == .person }) {
            pendingTitle = (j, t)
            return j
        }
        if let short = ctx.longest(.shortNames, j, end, ctx.unpeeled(j)),
            after == nil || short.length >= after!.length,
            let person = short.values.first(where: { ctx.fits(person: $0, role: role, scope: scope) })
        {
            let w = work(actor: person)
            let r = j..<(j + short.length)
            addName(w, r, title: t)
            titles[t].attached = w
            return r.upperBound
        }
        let needsComplement = scope == nil && !complemented && !ctx.startsWithArticle(ctx.keys[j - 1])
        if after == nil, !needsComplement {
            let n = ctx.nameLength(j, end, covered: covered)
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

    /// Records an entity candidate read inside a title.
    mutating func record(_ c: EntityContext.Candidate, at k: Int, _ end: Int) {
        let tokens = k..<(k + c.length)
        switch c {
        case .name(let hit):
            if hit.values.count == 1 {
                addName(work(actor: hit.values[0]), tokens)
            } else {
                ambiguous.append(
                    Ambiguous(tokens: tokens, range: ctx.scalarRange(tokens), candidates: hit.values, title: nil))
                for t in tokens { covered[t] = true }
            }
        case .pattern(_, let p, let country, let first):
            addName(patternWork(p, country: country, tokens: tokens, first: first), tokens)
        case .org(_, let first, let country):
            let name = ctx.textWithoutProclitic(tokens, first)
            addName(
                work(
                    key: "o:" + Self.matchingKey(name), type: .org, nameAr: name,
                    country: country, cameo: nil), tokens)
        default: break
        }
    }

    /// A title with no name after it: apposition to the name before it (`X، مساعد الكرملين`,
    /// `X مراسلة سي إن إن`), or an unknown name after a reporting verb; else a title-only reference.
    mutating func attachBefore(_ t: Int, _ i: Int) {
        var k = i - 1
        var comma = false
        if k >= 0, ctx.keys[k].isEmpty {
            let s = doc.tokenText(k)
            guard s == "،" || s == "," else { return }
            comma = true
            k -= 1
        }
        guard k >= 0, !ctx.keys[k].isEmpty, comma || ctx.adjacent(k, i) else { return }
        // Without a comma, only an indefinite title stands in apposition (X مراسلة سي إن إن).
        if !comma && ctx.startsWithArticle(ctx.stringKeys(i).last?.key ?? "") { return }
        // The last name before the title (names read inside it, الكرملين, come after it).
        if let m = names.last(where: { $0.tokens.upperBound <= k + 1 }), m.tokens.upperBound == k + 1,
            works[m.work].type == .person
        {
            attach(t, to: m.work)
            return
        }
        if let a = ambiguous.last, a.tokens.upperBound == k + 1 { return }
        // An unknown name between a reporting verb and the title: قال X، مساعد …
        var start = k
        while start > k - 3 && start >= 0 && !covered[start] && ctx.isNameToken(start, first: false, lenient: true) {
            if start > 0 && ctx.isReportingVerb(start - 1) { break }
            start -= 1
        }
        guard start >= 0, start <= k, start > 0, ctx.isReportingVerb(start - 1), !covered[start],
            ctx.isNameToken(start, first: true, lenient: true)
        else { return }
        let r = start..<(k + 1)
        for x in r.dropFirst() where !ctx.adjacent(x - 1, x) { return }
        let w = localPerson(r, country: titles[t].scope)
        addName(w, r)
        attach(t, to: w)
    }

    mutating func attach(_ t: Int, to w: Int) {
        titles[t].attached = w
        works[w].textRoles.append((titles[t].role, titles[t].scope))
        // A person the knowledge base does not know takes the title's scope, as when read after it.
        if works[w].actor == nil, works[w].country == nil, let scope = titles[t].scope { works[w].country = scope }
    }
}

/// What titles need to know of the text and the knowledge.
extension EntityContext {
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

    /// Whether a person fits a title: holds the role in that scope (at the article's date when
    /// known), or at least serves that country.
    func fits(person: Int32, role: String, scope: String?) -> Bool {
        let a = kb.actors[Int(person)]
        guard a.type == .person else { return false }
        if let scope, a.country != scope, !a.roles.contains(where: { $0.scope == scope }) { return false }
        return true
    }

    /// Whether token `k` is a reporting verb (a speech cue of kind `verb`), under proclitics or
    /// with a past-tense ending (قالت، قالوا).
    func isReportingVerb(_ k: Int) -> Bool {
        guard k >= 0, toks[k].kind == .arabic else { return false }
        return stringKeys(k).contains { stage.verbForms.index(of: $0.key) >= 0 }
    }
}
