import MarsadKnowledge
import MarsadText

/// The main scan: at each token, the longest entity, title or name reading.
extension EntityPass {
    mutating func scan() {
        let keys = ctx.keys
        let facts = ctx.facts
        // Most tokens are words no table knows: one test and out.
        let filter: TokenFact.Flags = ctx.sameVocabulary ? .mayStart : []
        for line in doc.lines {
            var i = line.tokens.lowerBound
            let end = line.tokens.upperBound
            while i < end {
                if keys[i].isEmpty || covered[i] || !facts[i].flags.contains(filter) {
                    i += 1
                    continue
                }
                i = step(i, end)
            }
            pendingTitle = nil
        }
    }

    /// One step of the scan at token `i`; returns the next token to look at.
    mutating func step(_ i: Int, _ end: Int) -> Int {
        let ctx = self.ctx
        let special = ctx.special(i)
        let firsts = ctx.firstKeys(i)
        // Most words that start some phrase start none here (the next word does not follow on):
        // nothing to read unless the word is a head or the counterpart noun, and at most an
        // unknown person's name when it is a given name (most given names start none either).
        if ctx.sameVocabulary, special == nil {
            let next = ctx.continuation(i + 1, end)
            if !ctx.mayMatch(.names, i, firsts, next: next), !ctx.mayMatch(.titles, i, firsts, next: next),
                !ctx.mayMatch(.adjectives, i, firsts, next: next), !ctx.mayMatch(.orgHeads, i, firsts, next: next),
                !ctx.mayMatch(.worldEvents, i, firsts, next: next)
            {
                guard ctx.facts[i].any.contains(.givenName) else { return i + 1 }
                return unknownPerson(i, end, firsts) ?? i + 1
            }
        }
        let candidate = ctx.entityCandidate(i, end, firsts, lastPattern: lastPattern)
        let title = ctx.longest(.titles, i, end, firsts)
        if let title, title.length >= (candidate?.length ?? 0), let role = title.values.first {
            return readTitle(i, end, length: title.length, role: kb.roleTitles[Int(role)].role)
        }
        if candidate == nil, title == nil, case .counterpart? = special {
            let role = titles.last?.role ?? "counterpart"
            return readTitle(i, end, length: 1, role: role)
        }
        guard let candidate else {
            if let adj = ctx.longest(.adjectives, i, end, firsts), let c = adj.values.first,
                let iso = kb.actors[Int(c)].country
            {
                docCountries.insert(iso)
                return i + adj.length
            }
            // Only a given name starts one (by its start mask, without a call).
            if !ctx.sameVocabulary || ctx.facts[i].any.contains(.givenName) {
                return unknownPerson(i, end, firsts) ?? i + 1
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
            if tokens.count >= 2, ctx.words.classes(hit.first.key).contains(.adminPlaceHead),
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
                    Ambiguous(tokens: tokens, range: ctx.scalarRange(tokens), candidates: hit.values, title: pending))
                for t in tokens { covered[t] = true }
            }
        case .pattern(_, let p, let country, let first):
            let w = patternWork(p, country: country, tokens: tokens, first: first)
            addName(w, tokens)
        case .event(let hit):
            guard let event = pickEvent(hit.values, line: i..<end) else { break }
            let w = work(
                key: "e:\(event.id)", type: .event, nameAr: ctx.textWithoutProclitic(tokens, hit.first),
                nameEn: event.nameEn, country: event.place, cameo: nil)
            addName(w, tokens)
        case .org(_, let first, let country):
            let name = ctx.textWithoutProclitic(tokens, first)
            let w = work(
                key: "o:" + Self.matchingKey(name), type: .org, nameAr: name, country: country,
                cameo: nil)
            addName(w, tokens)
        case .place(let head, let length, let natural, let first):
            let span = natural ? head..<(head + length) : (head + 1)..<(head + length)
            let name = ctx.textWithoutProclitic(
                span, natural ? first : EntityContext.FirstKey(key: "", prefixLength: 0, restoredArticle: false))
            let w = work(
                key: "p:" + Self.matchingKey(name), type: natural ? .loc : .gpe, nameAr: name,
                country: nil, cameo: nil)
            addName(w, span)
        case .same(_, let w):
            addName(w, tokens)
        }
        return tokens.upperBound
    }

    /// An unknown person's name starting with the given name at `i` (`givenNameLength`), added;
    /// returns the token after it. Not a short form of a person the article named (ميشال تامر …
    /// تامر).
    mutating func unknownPerson(_ i: Int, _ end: Int, _ firsts: EntityContext.Reading) -> Int? {
        guard
            ctx.longest(.shortNames, i, end, firsts).map({ !$0.values.contains(where: seenActors.contains) }) ?? true,
            let n = ctx.givenNameLength(i, end, covered: covered)
        else { return nil }
        let r = i..<(i + n)
        let stem = ctx.isGivenName(i) ? nil : ctx.procliticGivenName(i)
        addName(localPerson(r, country: nil, first: stem), r)
        return r.upperBound
    }

    /// The world event a cue names: among events sharing the cue, the one whose place the line
    /// names, else the latest before the article's date. Events of the same date and kind are
    /// one entity (cue variants), filed under the first listed.
    mutating func pickEvent(_ values: [Int32], line: Range<Int>) -> WorldEvent? {
        let events = kb.lexicons.worldEvents
        let candidates = values.filter { ctx.stage.isEntityEvent[Int($0)] }
        guard var chosen = candidates.first else { return nil }
        if candidates.count > 1 {
            var countries = Set<String>()
            if let l = doc.lineIndex(containing: ctx.toks[line.lowerBound].start) {
                if let cached = lineCountries[l] {
                    countries = cached
                } else {
                    for k in doc.lines[l].tokens where !ctx.keys[k].isEmpty {
                        if let a = ctx.longest(.adjectives, k, doc.lines[l].tokens.upperBound, ctx.unpeeled(k)),
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
            } else if let day = ctx.day {
                let before = candidates.filter { (PartialDate(events[Int($0)].date)?.earliest ?? 0) <= day }
                if let latest = before.max(by: { events[Int($0)].date < events[Int($1)].date }) { chosen = latest }
            }
        }
        let e = events[Int(chosen)]
        return events.first { $0.date == e.date && $0.kind == e.kind } ?? e
    }

    mutating func patternWork(_ p: Int, country: Int32, tokens: Range<Int>, first: EntityContext.FirstKey) -> Int {
        let pattern = kb.orgPatterns[p]
        let c = kb.actors[Int(country)]
        let iso = c.country ?? ""
        let key = "kb:\(pattern.key)-\(iso)"
        // Names are worked out for a new institution only (Foundation's replacing is slow).
        let w: Int
        if let known = workByKey[ByteKey(key)] {
            w = known
        } else {
            let cameo = (c.cameo ?? iso) + (pattern.cameoSuffix ?? "")
            let nameEn = c.nameEn.map { ctx.stage.patternNameParts[p].joined(separator: $0) }
            w = work(
                key: key, type: .org, nameAr: ctx.textWithoutProclitic(tokens, first), nameEn: nameEn, country: iso,
                cameo: cameo)
        }
        lastPattern[pattern.key] = w
        return w
    }
}
