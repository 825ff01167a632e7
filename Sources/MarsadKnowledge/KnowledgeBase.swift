/// Everything Marsad knows, loaded once from the embedded data files (and the user's `--kb`
/// files) into lookup structures. Immutable and shared by all analysis threads.
public final class KnowledgeBase: Sendable {
    public let actors: [Actor]
    /// Full names, spellings, acronyms → actor indices.
    public let names: PhraseTrie<Int32>
    /// Short forms (شي، وانغ) → person indices: valid only after the full name in a document.
    public let shortNames: PhraseTrie<Int32>
    /// Nisba adjectives in all forms (الصيني، الصينية…) → country actor index.
    public let adjectives: PhraseTrie<Int32>
    /// Role titles (وزير الخارجية…) → index in `roleTitles`.
    public let titles: PhraseTrie<Int32>
    public let roleTitles: [RoleTitle]
    /// Institution heads (وزارة الخارجية…) → index in `orgPatterns`.
    public let orgHeads: PhraseTrie<Int32>
    public let orgPatterns: [OrgPattern]
    public let agencies: [Agency]
    /// Agency names and abbreviations → index in `agencies`.
    public let agencyNames: PhraseTrie<AgencyName>
    /// Country actor index by ISO3 code.
    public let countryIndex: [String: Int32]
    /// Lexicons of the other stages.
    public let lexicons: Lexicons
    /// The interned words of all the tries above: documents look tokens up here once.
    public let vocabulary: Vocabulary
    /// Problems found while loading (bad role syntax, unknown country codes…), for `marsad kb check`.
    public let warnings: [String]
    /// People by dated role: `"foreign_minister@CHN"` → person actor indices (any date).
    public let roleHolders: [String: [Int32]]
    /// First words of people's multi-word canonical names (فلاديمير، محمد، دونالد), as keys: a
    /// cue for unknown people's names (`ألكسندر سلطانوف`).
    public let givenNames: Set<String>
    /// `givenNames` as vocabulary ids.
    public let givenNameIDs: Set<Int32>
    /// Per vocabulary id: whether the word starts an actor name, short name, title, institution
    /// head, nisba or world-event cue, or is a given name. Words outside it (most of a text)
    /// need no lookup by the entity recogniser.
    public let entityStartIDs: [Bool]
    /// Per vocabulary id: which tables have a phrase starting with the word.
    public let entityStartMasks: [EntityStartMask]

    /// The knowledge compiled into the binary, loaded on first use.
    public static let embedded: KnowledgeBase = {
        do {
            return try KnowledgeBase(files: DataFiles.embedded)
        } catch {
            fatalError("embedded knowledge data is invalid: \(error)")
        }
    }()

    /// Loads the given files (name → text). A user file whose name starts like an embedded
    /// file (`people_mine.tsv`, `agencies.tsv`) adds to that kind; an entry with an existing id
    /// replaces it.
    public init(files: [DataFile]) throws(TSVTable.FormatError) {
        var builder = KnowledgeBuilder()
        // By order, then by name: the embedded files come from a dictionary, and an id listed
        // twice must resolve the same way in every process.
        let sorted = files.sorted(by: { ($0.order, $0.name) < ($1.order, $1.name) })
        // Event triggers are read and their forms derived on another thread meanwhile (half the
        // load's work), then put in their trie in file order after the other files.
        let triggerFiles = sorted.filter { $0.kind == "event_triggers" }
        let triggerRows = BackgroundTask {
            triggerFiles.map { file in Result { () throws(TSVTable.FormatError) in try EventTriggerRows(file: file) } }
        }
        for file in sorted where file.kind != "event_triggers" {
            try builder.load(file)
        }
        for rows in triggerRows.value() {
            builder.add(try rows.get())
        }
        triggerRows.discardInBackground()
        let built = builder.finish()
        actors = built.actors
        names = built.names
        shortNames = built.shortNames
        adjectives = built.adjectives
        titles = built.titles
        roleTitles = built.roleTitles
        orgHeads = built.orgHeads
        orgPatterns = built.orgPatterns
        agencies = built.agencies
        agencyNames = built.agencyNames
        countryIndex = built.countryIndex
        lexicons = built.lexicons
        warnings = built.warnings
        vocabulary = built.vocabulary
        var holders: [String: [Int32]] = [:]
        for (i, actor) in built.actors.enumerated() where actor.type == .person {
            for role in actor.roles { holders["\(role.role)@\(role.scope)", default: []].append(Int32(i)) }
        }
        roleHolders = holders
        // A known person's first word is a given name, unless it is a name connector (ابن خلدون):
        // connectors that start names (عبد، أبو) are listed in given_names.tsv.
        var given = Set<String>()
        let connectors = built.lexicons.entityWords["name_connector"] ?? []
        for actor in built.actors where actor.type == .person {
            let keys = PhraseKeys.keys(actor.nameAr)
            if keys.count >= 2, keys[0].unicodeScalars.count >= 3, !connectors.contains(keys[0]) {
                given.insert(keys[0])
            }
        }
        given.formUnion(built.lexicons.givenNames)
        givenNames = given
        // Listed given names that no phrase uses get ids too: documents read tokens as ids.
        givenNameIDs = Set(given.map { built.vocabulary.intern($0) })
        var masks = [EntityStartMask](repeating: [], count: built.vocabulary.count)
        for id in givenNameIDs { masks[Int(id)].insert(.givenName) }
        let tables: [([Int32], EntityStartMask)] = [
            (built.names.firstWordIDs, .names), (built.shortNames.firstWordIDs, .shortNames),
            (built.titles.firstWordIDs, .titles),
            (built.orgHeads.firstWordIDs, .orgHeads), (built.adjectives.firstWordIDs, .adjectives),
            (built.lexicons.worldEventCues.firstWordIDs, .worldEvents),
        ]
        for (ids, bit) in tables {
            for id in ids where Int(id) < masks.count { masks[Int(id)].insert(bit) }
        }
        entityStartMasks = masks
        entityStartIDs = masks.map { !$0.isEmpty }
    }

    /// The embedded files plus the user's own.
    public static func withUserFiles(_ user: [DataFile]) throws(TSVTable.FormatError) -> KnowledgeBase {
        try KnowledgeBase(files: DataFiles.embedded + user)
    }

    /// The people who held `role` in `scope` on `day` (`yyyymmdd`); with no day, those whose
    /// role has no end (in office at the data's date).
    public func holders(role: String, scope: String, on day: Int?) -> [Int32] {
        guard let all = roleHolders["\(role)@\(scope)"] else { return [] }
        return all.filter { i in
            actors[Int(i)].roles.contains { r in
                guard r.role == role && r.scope == scope else { return false }
                if let day { return r.isHeld(on: day) }
                return r.end == nil
            }
        }
    }

    public func country(_ iso3: String) -> Actor? {
        countryIndex[iso3].map { actors[Int($0)] }
    }
}

/// The tables a word can start a phrase of (`KnowledgeBase.entityStartMasks`). The members are
/// computed and inlinable, not `static let`: another module reads a stored static through a
/// lazy-initialisation call, and the entity scan asks at every token.
public struct EntityStartMask: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }
    @inlinable public static var names: EntityStartMask { EntityStartMask(rawValue: 1) }
    @inlinable public static var shortNames: EntityStartMask { EntityStartMask(rawValue: 2) }
    @inlinable public static var titles: EntityStartMask { EntityStartMask(rawValue: 4) }
    @inlinable public static var orgHeads: EntityStartMask { EntityStartMask(rawValue: 8) }
    @inlinable public static var adjectives: EntityStartMask { EntityStartMask(rawValue: 16) }
    @inlinable public static var worldEvents: EntityStartMask { EntityStartMask(rawValue: 32) }
    @inlinable public static var givenName: EntityStartMask { EntityStartMask(rawValue: 64) }
}

/// One knowledge data file: its name decides its kind (`people_world.tsv` is a people file).
public struct DataFile: Sendable {
    public var name: String
    public var text: String
    /// Embedded files load first, user files after them so that they override.
    public var order: Int

    public init(name: String, text: String, order: Int = 1) {
        self.name = name
        self.text = text
        self.order = order
    }

    /// The kind by file name: `countries`, `places`, `organizations`, `people`, `agencies`,
    /// `roles`, `org_patterns`, `boilerplate`, `time_words`, `numbers`, `world_events`, `speech_cues`, `entity_words`,
    /// `event_triggers`, `event_words`, `stopwords`.
    public var kind: String? {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        for kind in DataFile.kinds where base.hasPrefix(kind) { return kind }
        return nil
    }

    static let kinds = [
        "countries", "places", "organizations", "people", "agencies", "roles", "org_patterns",
        "boilerplate", "time_words", "numbers", "world_events", "speech_cues", "event_triggers", "event_words",
        "entity_words", "given_names", "stopwords",
    ]
}

enum DataFiles {
    static var embedded: [DataFile] {
        EmbeddedData.files.map { DataFile(name: $0.key, text: $0.value, order: 0) }
    }
}
