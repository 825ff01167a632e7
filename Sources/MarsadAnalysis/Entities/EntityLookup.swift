import MarsadKnowledge
import MarsadText

/// What a name resolves to in the knowledge base, and why (for `marsad kb lookup`).
public struct EntityLookup: Sendable {
    /// One way of reading the name's first word: whole, or with a proclitic peeled.
    public struct Reading: Sendable {
        /// The normalised keys read (the first one is the stem after peeling).
        public var keys: [String]
        /// The proclitic letters peeled from the first word (normalised), or "".
        public var proclitic: String
        /// How many words of the name the longest phrase covers.
        public var length: Int
        /// `names`, `short names`, `titles`, `adjectives`, `institution heads`, `agencies`, `world events`.
        public var table: String
        /// Actor indices (names, short names, adjectives), or descriptions for the other tables.
        public var actors: [Int]
        public var notes: [String]
    }

    public var keys: [String]
    public var readings: [Reading]
    /// What the recogniser makes of the name as a text of its own.
    public var entities: [EntityRecord]
    public var mentions: [EntityMention]

    public init(_ name: String, knowledge kb: KnowledgeBase, date: String? = nil) {
        let text = SourceText(name)
        var doc = Document(source: "lookup", text: text)
        if let date, let d = CivilDate(iso: date) { doc.anchor = d }
        keys = doc.keys.filter { !$0.isEmpty }
        var readings: [Reading] = []
        if let i = doc.keys.firstIndex(where: { !$0.isEmpty }) {
            let pass = EntityContext(stage: EntityStage(knowledge: kb), doc: doc)
            let end = doc.tokens.count
            for first in pass.stringKeys(i) {
                let peeled = first.prefixLength > 0 ? String(doc.keys[i].unicodeScalars.prefix(first.prefixLength)) : ""
                func add<V>(_ table: String, _ trie: PhraseTrie<V>, _ describe: (V) -> (Int?, String?)) {
                    guard let hit = pass.longest(trie, i, end, [first]) else { return }
                    var actors: [Int] = []
                    var notes: [String] = []
                    for v in hit.values {
                        let (a, note) = describe(v)
                        if let a { actors.append(a) }
                        if let note { notes.append(note) }
                    }
                    let words = [first.key] + doc.keys[(i + 1)...].filter { !$0.isEmpty }.prefix(hit.length - 1)
                    readings.append(
                        Reading(
                            keys: words, proclitic: peeled, length: hit.length, table: table, actors: actors,
                            notes: notes))
                }
                add("names", kb.names) { (Int($0), nil) }
                add("short names", kb.shortNames) {
                    (Int($0), "valid once the full name (or the person's country) appears in the article")
                }
                add("adjectives", kb.adjectives) { (Int($0), "a nisba: context, never a mention") }
                add("titles", kb.titles) { v in
                    let t = kb.roleTitles[Int(v)]
                    return (nil, "role \(t.role) (\(t.nameEn)), cameo suffix \(t.cameoSuffix ?? "-")")
                }
                add("institution heads", kb.orgHeads) { v in
                    let p = kb.orgPatterns[Int(v)]
                    return (nil, "pattern \(p.key): \(p.nameEnTemplate) with a nisba or country after it")
                }
                add("agencies", kb.agencyNames) { v in
                    let a = kb.agencies[Int(v.agency)]
                    return (a.actor, "agency \(a.id) (\(a.kind))" + (v.contextOnly ? ", only in a credit context" : ""))
                }
                add("world events", kb.lexicons.worldEventCues) { v in
                    let e = kb.lexicons.worldEvents[Int(v)]
                    return (nil, "event \(e.id) \(e.date) \(e.kind): \(e.nameEn)")
                }
            }
        }
        self.readings = readings
        EntityStage(knowledge: kb).run(&doc)
        entities = doc.record.entities
        mentions = doc.entityMentions
    }
}
