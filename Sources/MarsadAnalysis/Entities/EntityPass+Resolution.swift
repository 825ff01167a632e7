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
                    key: "o:" + Self.matchingKey(credit.nameAr), type: .org,
                    nameAr: credit.nameAr, country: nil, cameo: nil)
            }
            for span in credit.mentions {
                guard let tokens = ctx.tokenRange(span.start..<span.end), !tokens.contains(where: { covered[$0] })
                else {
                    continue
                }
                addName(w, tokens)
            }
        }
    }

    /// Chooses the actor of each form listed for several: a country before a same-named city,
    /// a place or organisation of a country the article names, a person in office.
    mutating func resolveAmbiguous() {
        for a in ambiguous {
            let countries = docCountries
            let best =
                a.candidates.max { ctx.score($0, countries: countries) < ctx.score($1, countries: countries) }
                ?? a.candidates[0]
            let w = work(actor: best)
            addName(w, a.tokens, title: a.title)
            if let t = a.title, kb.actors[Int(best)].type == .person { attach(t, to: w) }
        }
        ambiguous = []
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
                works[w].roles.append(ctx.span(titles[t].tokens))
                if !works[w].textRoles.contains(where: { $0.role == titles[t].role }) {
                    works[w].textRoles.append((titles[t].role, titles[t].scope))
                }
                continue
            }
            let f = titles[t]
            let base = EntityContext.baseRole(f.role)
            var best: (distance: Int, work: Int)?
            // Sorted: ties must not fall to the dictionary's order (the record changed from run to run).
            for w in personMentions.keys.sorted() where ctx.holds(works[w], role: f.role, base: base, scope: f.scope) {
                let starts = personMentions[w]!
                // The nearest mention before the title, else after it (farther counts more); a
                // name right after the title (العميد الهاجري, a short form read later) is its own.
                var lo = 0
                var hi = starts.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if starts[mid].upperBound <= f.range.lowerBound { lo = mid + 1 } else { hi = mid }
                }
                var d = Int.max
                if lo > 0 { d = f.range.lowerBound - starts[lo - 1].upperBound }
                if lo < starts.count, starts[lo].lowerBound >= f.range.upperBound {
                    let gap = starts[lo].lowerBound - f.range.upperBound
                    d = min(d, gap <= 1 ? 0 : gap * 4)
                }
                if d < (best?.distance ?? Int.max) { best = (d, w) }
            }
            if let best {
                titles[t].holderWork = best.work
                works[best.work].roles.append(ctx.span(f.tokens))
                continue
            }
            guard let scope = f.scope, !scope.isEmpty else { continue }
            var holders = kb.holders(role: f.role, scope: scope, on: ctx.day)
            if holders.isEmpty, base != f.role {
                holders = kb.holders(role: base, scope: scope, on: ctx.day)
            }
            if let h = holders.first { titles[t].holderActor = h }
        }
    }
}

/// What resolution needs to know of the knowledge.
extension EntityContext {
    /// How likely actor `c` is meant by a form listed for several, given the countries the
    /// article names.
    func score(_ c: Int32, countries: Set<String>) -> Double {
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
        if let country = a.country, countries.contains(country) { s += 2 }
        if a.type == .person, a.roles.contains(where: { r in day.map { r.isHeld(on: $0) } ?? (r.end == nil) }) {
            s += 0.5
        }
        return s
    }

    /// The part of a role key after its last `_` (`foreign_minister` → `minister`), the role
    /// itself without one. By bytes: `split` costs thousands of instructions a call.
    static func baseRole(_ role: String) -> String {
        let u = role.utf8
        let underscore = UInt8(ascii: "_")
        guard u.contains(underscore) else { return role }
        // The last non-empty part between underscores (as split, omitting empty parts).
        guard let end = u.lastIndex(where: { $0 != underscore }) else { return role }
        let start = u[..<end].lastIndex(of: underscore).map { u.index(after: $0) } ?? u.startIndex
        return String(role[start...end])
    }

    /// Whether a work holds `role` (or its `base`, the part after the last `_`) in `scope`: by a
    /// title attached in the text, or in the knowledge base at the article's date.
    func holds(_ work: EntityPass.Work, role: String, base: String, scope: String?) -> Bool {
        if work.textRoles.contains(where: {
            ($0.role == role || $0.role == base) && (scope == nil || $0.scope == nil || $0.scope == scope)
        }) {
            return true
        }
        guard let actor = work.actor else { return false }
        return kb.actors[Int(actor)].roles.contains { r in
            (r.role == role || r.role == base) && (scope == nil || r.scope == scope)
                && (day.map { r.isHeld(on: $0) } ?? true)
        }
    }
}
