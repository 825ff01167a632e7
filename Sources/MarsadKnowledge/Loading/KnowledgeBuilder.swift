import MarsadText

/// Builds the knowledge base's structures from data files, kind by kind.
struct KnowledgeBuilder {
    private var actors: [Actor] = []
    private var actorByID: [String: Int] = [:]
    private var nameForms: [(keys: [String], actor: Int32)] = []
    private var shortForms: [(keys: [String], actor: Int32)] = []
    private var adjectiveForms: [(keys: [String], country: String)] = []
    private var roleTitles: [RoleTitle] = []
    private var titleForms: [(keys: [String], title: Int32)] = []
    private var orgPatterns: [OrgPattern] = []
    private var orgHeadForms: [(keys: [String], pattern: Int32)] = []
    private var agencies: [Agency] = []
    private var agencyByID: [String: Int] = [:]
    private var agencyForms: [(keys: [String], name: AgencyName)] = []
    /// One vocabulary for every trie of the knowledge base.
    private let vocabulary: Vocabulary
    private var lexicons: Lexicons

    init() {
        vocabulary = Vocabulary()
        lexicons = Lexicons(vocabulary: vocabulary)
    }
    private var warnings: [String] = []

    mutating func load(_ file: DataFile) throws(TSVTable.FormatError) {
        guard let kind = file.kind else {
            throw TSVTable.FormatError(
                file: file.name, line: 0,
                message:
                    "unknown kind of knowledge file: its name must start with one of \(DataFile.kinds.joined(separator: ", "))"
            )
        }
        if kind == "stopwords" {
            for line in file.text.split(separator: "\n") where !line.hasPrefix("#") {
                let key = PhraseKeys.key(String(line.filter { $0 != "\r" && $0 != "\t" }).trimmingSpaces)
                if !key.isEmpty { lexicons.stopwords.insert(key) }
            }
            return
        }
        switch kind {
        case "countries": try loadCountries(file)
        case "places": try loadPlaces(file)
        case "organizations": try loadOrganizations(file)
        case "people": try loadPeople(file)
        case "agencies": try loadAgencies(file)
        case "roles": try loadRoles(file)
        case "org_patterns": try loadOrgPatterns(file)
        case "event_triggers": add(try EventTriggerRows(file: file))
        default: try LexiconLoader.load(kind: kind, file: file, into: &lexicons, warnings: &warnings)
        }
    }

    /// Adds an event-trigger file read beforehand (on another thread, by `KnowledgeBase`).
    mutating func add(_ rows: EventTriggerRows) {
        rows.insert(into: &lexicons, warnings: &warnings)
    }

    // MARK: actors

    /// Adds or replaces (same id) an actor and returns its index.
    private mutating func upsert(_ actor: Actor) -> Int32 {
        if let i = actorByID[actor.id] {
            actors[i] = actor
            return Int32(i)
        }
        actorByID[actor.id] = actors.count
        actors.append(actor)
        return Int32(actors.count - 1)
    }

    private mutating func addNames(_ forms: [String], actor: Int32) {
        for form in forms {
            let keys = PhraseKeys.keys(form)
            if !keys.isEmpty { nameForms.append((keys, actor)) }
        }
    }

    private mutating func loadCountries(_ file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["iso3", "name_en", "names_ar"])
        for row in table.rows {
            let iso3 = row["iso3"]
            let namesAr = row.list("names_ar")
            guard !iso3.isEmpty, let canonical = namesAr.first else {
                warnings.append("\(file.name):\(row.line): country without iso3 or Arabic name")
                continue
            }
            let qid = row["qid"]
            let cameo = row["cameo"].isEmpty ? iso3 : row["cameo"]
            let country = upsert(
                Actor(
                    id: qid.isEmpty ? "kb:country-\(iso3.lowercased())" : qid, type: .gpe, nameAr: canonical,
                    nameEn: row["name_en"], country: iso3, cameo: cameo, origin: "country"))
            addNames(namesAr, actor: country)
            for stem in row.list("adjectives_ar") {
                for form in NisbaForms.forms(of: stem) {
                    adjectiveForms.append((PhraseKeys.keys(form), iso3))
                }
            }
            let capitals = row.list("capital_ar")
            if let capitalName = capitals.first {
                let capitalQID = row["capital_qid"]
                let capital = upsert(
                    Actor(
                        id: capitalQID.isEmpty ? "kb:capital-\(iso3.lowercased())" : capitalQID, type: .gpe,
                        nameAr: capitalName, nameEn: row["capital_en"].isEmpty ? nil : row["capital_en"], country: iso3,
                        cameo: cameo + "GOV", isMetonym: true, origin: "capital"))
                addNames(capitals, actor: capital)
            }
        }
    }

    private mutating func loadPlaces(_ file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["id", "type", "names_ar"])
        for row in table.rows {
            let names = row.list("names_ar")
            guard let canonical = names.first, let type = EntityType(rawValue: row["type"]) else {
                warnings.append("\(file.name):\(row.line): place without a type or Arabic name")
                continue
            }
            let index = upsert(
                Actor(
                    id: row["id"], type: type, nameAr: canonical, nameEn: nonEmpty(row["name_en"]),
                    country: nonEmpty(row["country"]), cameo: nonEmpty(row["country"]), origin: "place"))
            addNames(names, actor: index)
        }
    }

    private mutating func loadOrganizations(_ file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["id", "names_ar"])
        for row in table.rows {
            let names = row.list("names_ar")
            guard let canonical = names.first else {
                warnings.append("\(file.name):\(row.line): organisation without an Arabic name")
                continue
            }
            let type = EntityType(rawValue: row["type"]) ?? .org
            let index = upsert(
                Actor(
                    id: row["id"], type: type, nameAr: canonical, nameEn: nonEmpty(row["name_en"]),
                    country: nonEmpty(row["country"]), cameo: nonEmpty(row["cameo"]),
                    isMetonym: row["metonym"] == "yes", origin: "organization"))
            addNames(names + row.list("names_latin"), actor: index)
        }
    }

    private mutating func loadPeople(_ file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["id", "names_ar"])
        for row in table.rows {
            let names = row.list("names_ar")
            guard let canonical = names.first, !row["id"].isEmpty else {
                warnings.append("\(file.name):\(row.line): person without id or Arabic name")
                continue
            }
            var roles: [DatedRole] = []
            for text in row.list("roles", separator: ";") {
                if let role = DatedRole(text) {
                    roles.append(role)
                } else {
                    warnings.append("\(file.name):\(row.line): malformed role '\(text)' (want role@scope@start@end)")
                }
            }
            let index = upsert(
                Actor(
                    id: row["id"], type: .person, nameAr: canonical, nameEn: nonEmpty(row["name_en"]),
                    country: nonEmpty(row["country"]), cameo: nonEmpty(row["cameo"]), roles: roles, origin: "person"))
            addNames(names, actor: index)
            for form in row.list("short_ar") {
                let keys = PhraseKeys.keys(form)
                if !keys.isEmpty { shortForms.append((keys, index)) }
            }
        }
    }

    private mutating func loadAgencies(_ file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["id", "names_ar"])
        for row in table.rows {
            let names = row.list("names_ar")
            guard let canonical = names.first, !row["id"].isEmpty else {
                warnings.append("\(file.name):\(row.line): agency without id or Arabic name")
                continue
            }
            let qid = row["qid"]
            let actor = upsert(
                Actor(
                    id: qid.isEmpty ? "kb:agency-\(row["id"])" : qid, type: .org, nameAr: canonical,
                    nameEn: nonEmpty(row["name_en"]), country: nonEmpty(row["country"]), cameo: nil, origin: "agency"))
            let agency = Agency(
                id: row["id"], kind: row["kind"], nameAr: canonical, nameEn: row["name_en"],
                country: nonEmpty(row["country"]), actor: Int(actor))
            let index: Int32
            if let existing = agencyByID[agency.id] {
                agencies[existing] = agency
                index = Int32(existing)
            } else {
                agencyByID[agency.id] = agencies.count
                agencies.append(agency)
                index = Int32(agencies.count - 1)
            }
            // Ambiguous forms credit the agency in context only, and never name an entity alone.
            let ambiguous = Set(row.list("ambiguous_ar").map(PhraseKeys.keys))
            for form in names + row.list("names_latin") + row.list("ambiguous_ar") {
                let keys = PhraseKeys.keys(form)
                guard !keys.isEmpty else { continue }
                let contextOnly = ambiguous.contains(keys)
                agencyForms.append((keys, AgencyName(agency: index, contextOnly: contextOnly)))
                if !contextOnly { nameForms.append((keys, actor)) }
            }
        }
    }

    private mutating func loadRoles(_ file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["role", "titles_ar"])
        for row in table.rows {
            let index = Int32(roleTitles.count)
            roleTitles.append(
                RoleTitle(role: row["role"], nameEn: row["name_en"], cameoSuffix: nonEmpty(row["cameo_suffix"])))
            for title in row.list("titles_ar") {
                let keys = PhraseKeys.keys(title)
                if !keys.isEmpty { titleForms.append((keys, index)) }
            }
        }
    }

    private mutating func loadOrgPatterns(_ file: DataFile) throws(TSVTable.FormatError) {
        let table = try TSVTable(name: file.name, text: file.text, required: ["key", "heads_ar", "name_en"])
        for row in table.rows {
            let index = Int32(orgPatterns.count)
            orgPatterns.append(
                OrgPattern(key: row["key"], nameEnTemplate: row["name_en"], cameoSuffix: nonEmpty(row["cameo_suffix"])))
            for head in row.list("heads_ar") {
                let keys = PhraseKeys.keys(head)
                if !keys.isEmpty { orgHeadForms.append((keys, index)) }
            }
        }
    }

    private func nonEmpty(_ s: String) -> String? { s.isEmpty ? nil : s }

    // MARK: finish

    struct Built {
        var actors: [Actor]
        var names: PhraseTrie<Int32>
        var shortNames: PhraseTrie<Int32>
        var adjectives: PhraseTrie<Int32>
        var titles: PhraseTrie<Int32>
        var roleTitles: [RoleTitle]
        var orgHeads: PhraseTrie<Int32>
        var orgPatterns: [OrgPattern]
        var agencies: [Agency]
        var agencyNames: PhraseTrie<AgencyName>
        var countryIndex: [String: Int32]
        var lexicons: Lexicons
        var warnings: [String]
        var vocabulary: Vocabulary
    }

    mutating func finish() -> Built {
        var countryIndex: [String: Int32] = [:]
        for (i, actor) in actors.enumerated() where actor.origin == "country" {
            if let iso = actor.country { countryIndex[iso] = Int32(i) }
        }
        var names = PhraseTrie<Int32>(vocabulary: vocabulary)
        // A form listed for several actors stays ambiguous (values hold all of them); the same
        // form twice for one actor counts once. Byte hashes: String hashing of Arabic is slow.
        var seen = Set<PhraseKey>()
        for (keys, actor) in nameForms where seen.insert(PhraseKey(keys, Int(actor))).inserted {
            names.insert(keys, actor)
        }
        var shortNames = PhraseTrie<Int32>(vocabulary: vocabulary)
        for (keys, actor) in shortForms { shortNames.insert(keys, actor) }
        var adjectives = PhraseTrie<Int32>(vocabulary: vocabulary)
        var seenAdjectives = Set<PhraseKey>()
        for (keys, iso) in adjectiveForms {
            guard let country = countryIndex[iso] else { continue }
            if seenAdjectives.insert(PhraseKey(keys, Int(country))).inserted { adjectives.insert(keys, country) }
        }
        var titles = PhraseTrie<Int32>(vocabulary: vocabulary)
        for (keys, title) in titleForms { titles.insert(keys, title) }
        var orgHeads = PhraseTrie<Int32>(vocabulary: vocabulary)
        for (keys, pattern) in orgHeadForms { orgHeads.insert(keys, pattern) }
        var agencyNames = PhraseTrie<AgencyName>(vocabulary: vocabulary)
        var ambiguous = Set<[String]>()
        for (keys, name) in agencyForms where name.contextOnly { ambiguous.insert(keys) }
        // A form listed as ambiguous anywhere is context-only everywhere.
        for (keys, name) in agencyForms {
            agencyNames.insert(
                keys, AgencyName(agency: name.agency, contextOnly: name.contextOnly || ambiguous.contains(keys)))
        }
        for actor in actors {
            if let country = actor.country, countryIndex[country] == nil, actor.origin != "person", country.count == 3,
                country.allSatisfy(\.isUppercase)
            {
                warnings.append("\(actor.id): country code \(country) is not in countries.tsv")
            }
        }
        return Built(
            actors: actors, names: names, shortNames: shortNames, adjectives: adjectives, titles: titles,
            roleTitles: roleTitles, orgHeads: orgHeads, orgPatterns: orgPatterns, agencies: agencies,
            agencyNames: agencyNames, countryIndex: countryIndex, lexicons: lexicons, warnings: warnings,
            vocabulary: vocabulary)
    }
}

/// The inflected forms of a nisba adjective stem: صيني → صيني، الصيني، صينية، الصينية،
/// صينيون، الصينيين، صينيان، صينيتان، صينيات… Multi-word stems (كوري شمالي) inflect every word.
enum NisbaForms {
    static let suffixes = ["", "ة", "ون", "ين", "ان", "تان", "تين", "ات"]

    static func forms(of stem: String) -> [String] {
        let words = stem.split(separator: " ").map(String.init)
        var out: [String] = []
        for suffix in suffixes {
            for article in ["", "ال"] {
                out.append(words.map { article + $0 + suffix }.joined(separator: " "))
            }
        }
        return out
    }
}

/// A phrase's keys and an owner, compared by a 64-bit hash of their bytes (de-duplication while
/// loading: a collision would only drop a duplicate spelling, at odds of about 1 in 10^12).
struct PhraseKey: Hashable {
    let hash: UInt64
    let owner: Int

    init(_ keys: [String], _ owner: Int) {
        hash = PhraseKeys.hash(keys)
        self.owner = owner
    }
}
