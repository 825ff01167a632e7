import MarsadKnowledge
import MarsadText

/// After the scan: credited agencies, ambiguous names and title-only references resolved.
extension EntityPass {
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
}
