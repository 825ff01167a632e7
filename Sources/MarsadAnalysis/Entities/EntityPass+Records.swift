import MarsadKnowledge
import MarsadText

/// The pass's findings as the record's entities and the document's entity mentions.
extension EntityPass {
    mutating func finish() -> ([EntityRecord], [EntityMention]) {
        names.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Entities in order of first mention; local ids numbered in that order.
        var order: [Int] = []
        var index = Array(repeating: -1, count: works.count)
        var mentionCounts: [Int] = []
        for m in names {
            if index[m.work] < 0 {
                index[m.work] = order.count
                order.append(m.work)
                mentionCounts.append(0)
            }
            mentionCounts[index[m.work]] += 1
        }
        var local = 0
        var ids = Array(repeating: "", count: works.count)
        var records: [EntityRecord] = []
        // Role texts' matching keys, worked out once per text.
        var roleKeys: [ByteKey: String] = [:]
        for w in order {
            let work = works[w]
            let id: String
            if let actor = work.actor {
                id = kb.actors[Int(actor)].id
            } else if KeyBytes.hasPrefix(work.key, "kb:") || KeyBytes.hasPrefix(work.key, "e:") {
                id = KeyBytes.hasPrefix(work.key, "e:") ? "kb:event-" + work.key.dropFirst(2) : work.key
            } else {
                local += 1
                id = "local:\(local)"
            }
            ids[w] = id
            // Each role once (by its words), in text order.
            var roles = work.roles
            if roles.count > 1 {
                var seen = Set<ByteKey>()
                roles = roles.sorted(by: { $0.start < $1.start }).filter { role in
                    let text = ByteKey(role.text)
                    let key = roleKeys[text] ?? PhraseKeys.keys(role.text).joined(separator: " ")
                    roleKeys[text] = key
                    return seen.insert(ByteKey(key)).inserted
                }
            }
            records.append(
                EntityRecord(
                    id: id, type: work.type.rawValue, nameAr: work.nameAr, nameEn: work.nameEn, country: work.country,
                    cameo: work.cameo, roles: roles, mentions: []))
        }
        // Name mentions and title-only references are each in text order: merged, not sorted
        // (names first at an equal start, as a stable sort of names then titles would have it).
        for e in records.indices { records[e].mentions.reserveCapacity(mentionCounts[e]) }
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(names.count + titles.count)
        let loose = titles.indices.filter { titles[$0].attached == nil }
        var n = 0
        var t = 0
        var lastStart = -1
        while n < names.count || t < loose.count {
            if n < names.count, t == loose.count || names[n].range.lowerBound <= titles[loose[t]].range.lowerBound {
                let m = names[n]
                n += 1
                guard m.range.lowerBound != lastStart else { continue }
                lastStart = m.range.lowerBound
                let e = index[m.work]
                records[e].mentions.append(ctx.span(m.tokens))
                let title = m.title.map { titles[$0] }
                mentions.append(
                    EntityMention(
                        kind: .name, id: ids[m.work], entity: e, actor: works[m.work].actor.map(Int.init),
                        type: works[m.work].type, tokens: m.tokens, start: m.range.lowerBound, end: m.range.upperBound,
                        country: works[m.work].country, isMetonym: works[m.work].isMetonym, role: title?.role,
                        roleScope: title?.scope, roleSpan: title?.range))
            } else {
                mentions.append(titleMention(titles[loose[t]], index: index, ids: ids))
                t += 1
            }
        }
        return (records, mentions)
    }

    /// A title-only reference, resolved to its holder named in the article (`index`, `ids`: the
    /// works' entity indices and ids) or known in the knowledge base.
    func titleMention(_ f: TitleFinding, index: [Int], ids: [String]) -> EntityMention {
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
            if let w = workByActor[a], index[w] >= 0 { m.entity = index[w] }
        }
        return m
    }
}
