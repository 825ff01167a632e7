/// A hand-made gold annotation (`shared/gold/README.md`): names and verbatim strings instead
/// of ids and spans.
public struct GoldDocument: Decodable, Sendable {
    public struct Published: Decodable, Sendable {
        public var date: String?
        public var precision: String?
        public var basis: String?
    }

    public struct Entity: Decodable, Sendable {
        public var type: String
        public var canonicalAr: String?
        public var canonicalEn: String?
        public var wikidata: String?
        public var roles: [String]?
        public var mentions: [String]
        enum CodingKeys: String, CodingKey {
            case type
            case canonicalAr = "canonical_ar"
            case canonicalEn = "canonical_en"
            case wikidata, roles, mentions
        }
    }

    public struct Quote: Decodable, Sendable {
        public var speakerEn: String?
        public var kind: String
        public var cue: String?
        public var text: String
        enum CodingKeys: String, CodingKey {
            case speakerEn = "speaker_en"
            case kind, cue, text
        }
    }

    public struct Event: Decodable, Sendable {
        public var date: String?
        public var cameo: String?
        public var plover: String?
        public var sourceEn: [String]
        public var targetEn: [String]
        public var evidence: String?
        enum CodingKeys: String, CodingKey {
            case date, cameo, plover
            case sourceEn = "source_en"
            case targetEn = "target_en"
            case evidence
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            date = try c.decodeIfPresent(String.self, forKey: .date)
            cameo = try c.decodeIfPresent(String.self, forKey: .cameo)
            plover = try c.decodeIfPresent(String.self, forKey: .plover)
            evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
            sourceEn = GoldDocument.names(try? c.decodeIfPresent(FlexibleNames.self, forKey: .sourceEn))
            targetEn = GoldDocument.names(try? c.decodeIfPresent(FlexibleNames.self, forKey: .targetEn))
        }
    }

    public struct Dateline: Decodable, Sendable {
        public var city: String?
    }

    public var doc: String
    public var headline: String?
    public var published: Published?
    public var outlet: String?
    public var agencies: [String]
    public var dateline: Dateline?
    public var boilerplateLines: [String]
    public var duplicateParagraphs: [String]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var events: [Event]

    enum CodingKeys: String, CodingKey {
        case doc, headline, published, outlet, agencies, dateline
        case boilerplateLines = "boilerplate_lines"
        case duplicateParagraphs = "duplicate_paragraphs"
        case entities, quotes, events
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        doc = try c.decode(String.self, forKey: .doc)
        headline = try c.decodeIfPresent(String.self, forKey: .headline)
        published = try c.decodeIfPresent(Published.self, forKey: .published)
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        agencies = try c.decodeIfPresent([String].self, forKey: .agencies) ?? []
        dateline = try c.decodeIfPresent(Dateline.self, forKey: .dateline)
        boilerplateLines = try c.decodeIfPresent([String].self, forKey: .boilerplateLines) ?? []
        duplicateParagraphs = try c.decodeIfPresent([String].self, forKey: .duplicateParagraphs) ?? []
        entities = try c.decodeIfPresent([Entity].self, forKey: .entities) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
    }

    /// Event actors are a list of names, a single name, or null.
    enum FlexibleNames: Decodable {
        case one(String)
        case many([String])
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { self = .one(s) } else { self = .many(try c.decode([String].self)) }
        }
    }

    static func names(_ value: FlexibleNames??) -> [String] {
        switch value {
        case .some(.some(.one(let s))): [s]
        case .some(.some(.many(let a))): a
        default: []
        }
    }
}
