import MarsadKnowledge

/// Quotations and events may name an actor the text never spells out: the other state of a
/// two-party article, a collective's members, a title's holder at the article's date. Their
/// ids must still resolve inside the record, so each such knowledge-base actor is listed among
/// the entities with no mentions (nothing in the text to point at).
struct ReferencedActors: Sendable {
    private let index: [String: Int32]
    private let kb: KnowledgeBase

    init(knowledge: KnowledgeBase) {
        kb = knowledge
        var index: [String: Int32] = [:]
        for (i, a) in knowledge.actors.enumerated() where index[a.id] == nil { index[a.id] = Int32(i) }
        self.index = index
    }

    /// Adds the knowledge-base actors that quotations or events name and entities lack.
    func complete(_ record: inout AnalysisRecord) {
        var listed = Set(record.entities.map(\.id))
        var named: [String] = []
        for q in record.quotes { named += [q.speaker].compactMap { $0 } + q.speakers + q.via }
        for e in record.events { named += e.source + e.target + [e.location].compactMap { $0 } }
        for id in named where !listed.contains(id) {
            guard let i = index[id] else { continue }
            let a = kb.actors[Int(i)]
            record.entities.append(
                EntityRecord(
                    id: a.id, type: a.type.rawValue, nameAr: a.nameAr, nameEn: a.nameEn, country: a.country,
                    cameo: a.cameo, roles: [], mentions: []))
            listed.insert(id)
        }
    }
}
