import MarsadKnowledge
import MarsadText

/// The main scan: at each token, the longest entity, title or name reading.
extension EntityPass {
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
}
