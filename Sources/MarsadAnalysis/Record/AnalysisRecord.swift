/// The analysis record, version 1: the product's public JSON contract
/// (`shared/spec/analysis-format.md`). Keys are snake_case as in the spec; offsets are Unicode
/// scalar offsets into the article text, end exclusive.
public struct AnalysisRecord: Codable, Sendable, Equatable {
    public static let schemaVersion = "marsad.analysis/1"

    public var schema: String = AnalysisRecord.schemaVersion
    public var doc: DocInfo
    public var headline: TextSpan?
    public var published: PublishedDate?
    public var pageDates: [PageDate] = []
    public var outlet: NamedSpan?
    public var agencies: [AgencyCredit] = []
    public var dateline: Dateline?
    public var body: [Span] = []
    public var boilerplate: [BoilerplateSpan] = []
    public var duplicates: [DuplicateSpan] = []
    public var sentences: [Span] = []
    public var times: [TimeExpression] = []
    public var entities: [EntityRecord] = []
    public var quotes: [QuoteRecord] = []
    public var events: [EventRecord] = []

    public init(doc: DocInfo) { self.doc = doc }

    enum CodingKeys: String, CodingKey {
        case schema, doc, headline, published
        case pageDates = "page_dates"
        case outlet, agencies, dateline, body, boilerplate, duplicates, sentences, times, entities,
            quotes, events
    }

    // Optionals are written as null (the spec's "absent means null"), never left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(doc, forKey: .doc)
        try c.encode(headline, forKey: .headline)
        try c.encode(published, forKey: .published)
        try c.encode(pageDates, forKey: .pageDates)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(agencies, forKey: .agencies)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(body, forKey: .body)
        try c.encode(boilerplate, forKey: .boilerplate)
        try c.encode(duplicates, forKey: .duplicates)
        try c.encode(sentences, forKey: .sentences)
        try c.encode(times, forKey: .times)
        try c.encode(entities, forKey: .entities)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(events, forKey: .events)
    }
}

public struct DocInfo: Codable, Sendable, Equatable {
    /// SHA-256 (hex) of the article text.
    public var id: String
    /// The path as given, or `PATH#N` for the N-th article of a collection.
    public var source: String
    /// Length of the text in Unicode scalars.
    public var length: Int
    /// The input's own fields (url, date, source, author, …), or empty.
    public var meta: [String: String]

    public init(id: String, source: String, length: Int, meta: [String: String]) {
        self.id = id
        self.source = source
        self.length = length
        self.meta = meta
    }
}

/// A bare span.
public struct Span: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var range: Range<Int> { start..<end }
}

/// A span with the text it covers.
public struct TextSpan: Codable, Sendable, Equatable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

public struct NamedSpan: Codable, Sendable, Equatable {
    public var name: String
    public var start: Int
    public var end: Int
    public init(name: String, start: Int, end: Int) {
        self.name = name
        self.start = start
        self.end = end
    }
}

public struct Dateline: Codable, Sendable, Equatable {
    public var city: String
    public var start: Int
    public var end: Int
    public init(city: String, start: Int, end: Int) {
        self.city = city
        self.start = start
        self.end = end
    }
}

public struct PublishedDate: Codable, Sendable, Equatable {
    public enum Basis: String, Codable, Sendable {
        case explicit, dateline, inferred, page, given
    }
    public var date: String
    public var precision: DatePrecision
    public var basis: Basis
    public var evidence: [TextSpan]
    public init(date: String, precision: DatePrecision, basis: Basis, evidence: [TextSpan]) {
        self.date = date
        self.precision = precision
        self.basis = basis
        self.evidence = evidence
    }
}

public enum DatePrecision: String, Codable, Sendable, Comparable {
    case day, month, year
    private var rank: Int {
        switch self {
        case .year: 0
        case .month: 1
        case .day: 2
        }
    }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

public struct PageDate: Codable, Sendable, Equatable {
    public var date: String
    public var start: Int
    public var end: Int
    public var text: String
    public init(date: String, start: Int, end: Int, text: String) {
        self.date = date
        self.start = start
        self.end = end
        self.text = text
    }
}

public struct AgencyCredit: Codable, Sendable, Equatable {
    public var id: String
    public var nameAr: String
    /// Null for an outlet the agency list does not know: never an invented English name.
    public var nameEn: String?
    public var mentions: [TextSpan]
    enum CodingKeys: String, CodingKey {
        case id
        case nameAr = "name_ar"
        case nameEn = "name_en"
        case mentions
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(nameAr, forKey: .nameAr)
        try c.encode(nameEn, forKey: .nameEn)
        try c.encode(mentions, forKey: .mentions)
    }
    public init(id: String, nameAr: String, nameEn: String?, mentions: [TextSpan]) {
        self.id = id
        self.nameAr = nameAr
        self.nameEn = nameEn
        self.mentions = mentions
    }
}

public struct BoilerplateSpan: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    public var reason: String
    public init(start: Int, end: Int, text: String, reason: String) {
        self.start = start
        self.end = end
        self.text = text
        self.reason = reason
    }
}

public struct DuplicateSpan: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var of: Span
    public init(start: Int, end: Int, of: Span) {
        self.start = start
        self.end = end
        self.of = of
    }
}

public struct TimeExpression: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null where the text does not allow a date.
    public var value: String?
    public var precision: DatePrecision?
    public var relative: Bool
    /// What kind of expression: `date`, `duration`, `ordinal`, `year`, … (added key).
    public var kind: String

    public init(
        text: String, start: Int, end: Int, value: String?, precision: DatePrecision?,
        relative: Bool, kind: String
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.precision = precision
        self.relative = relative
        self.kind = kind
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(value, forKey: .value)
        try c.encode(precision, forKey: .precision)
        try c.encode(relative, forKey: .relative)
        try c.encode(kind, forKey: .kind)
    }
}

public struct EntityRecord: Codable, Sendable, Equatable {
    public var id: String
    public var type: String
    public var nameAr: String
    public var nameEn: String?
    public var country: String?
    public var cameo: String?
    public var roles: [TextSpan]
    public var mentions: [TextSpan]
    enum CodingKeys: String, CodingKey {
        case id, type
        case nameAr = "name_ar"
        case nameEn = "name_en"
        case country, cameo, roles, mentions
    }
    public init(
        id: String, type: String, nameAr: String, nameEn: String?, country: String?,
        cameo: String?, roles: [TextSpan], mentions: [TextSpan]
    ) {
        self.id = id
        self.type = type
        self.nameAr = nameAr
        self.nameEn = nameEn
        self.country = country
        self.cameo = cameo
        self.roles = roles
        self.mentions = mentions
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(nameAr, forKey: .nameAr)
        try c.encode(nameEn, forKey: .nameEn)
        try c.encode(country, forKey: .country)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(roles, forKey: .roles)
        try c.encode(mentions, forKey: .mentions)
    }
}

public struct QuoteRecord: Codable, Sendable, Equatable {
    /// The speaker's entity id (the first of `speakers` when several speak together), or nil.
    public var speaker: String?
    /// Everyone who speaks (بوتين وشي أعربا، البلدان، وزيرا الخارجية …), `speaker` first; one id
    /// for a single speaker, empty when unknown.
    public var speakers: [String]
    public var kind: String
    public var cue: TextSpan?
    public var text: String
    public var start: Int
    public var end: Int
    public var via: [String]
    public init(
        speaker: String?, kind: String, cue: TextSpan?, text: String, start: Int, end: Int,
        via: [String], speakers: [String]? = nil
    ) {
        self.speaker = speaker
        self.speakers = speakers ?? speaker.map { [$0] } ?? []
        self.kind = kind
        self.cue = cue
        self.text = text
        self.start = start
        self.end = end
        self.via = via
    }
    enum CodingKeys: String, CodingKey {
        case speaker, speakers, kind, cue, text, start, end, via
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        // Records written before `speakers` existed have the speaker alone.
        speakers = try c.decodeIfPresent([String].self, forKey: .speakers) ?? speaker.map { [$0] } ?? []
        kind = try c.decode(String.self, forKey: .kind)
        cue = try c.decodeIfPresent(TextSpan.self, forKey: .cue)
        text = try c.decode(String.self, forKey: .text)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        via = try c.decodeIfPresent([String].self, forKey: .via) ?? []
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakers, forKey: .speakers)
        try c.encode(kind, forKey: .kind)
        try c.encode(cue, forKey: .cue)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(via, forKey: .via)
    }
}

public struct EventRecord: Codable, Sendable, Equatable {
    public var plover: String?
    public var mode: String?
    public var cameo: String
    public var source: [String]
    public var target: [String]
    public var date: String?
    public var precision: DatePrecision?
    public var context: [String]
    public var location: String?
    public var evidence: TextSpan
    public init(
        plover: String?, mode: String?, cameo: String, source: [String], target: [String],
        date: String?, precision: DatePrecision?, context: [String], location: String?,
        evidence: TextSpan
    ) {
        self.plover = plover
        self.mode = mode
        self.cameo = cameo
        self.source = source
        self.target = target
        self.date = date
        self.precision = precision
        self.context = context
        self.location = location
        self.evidence = evidence
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(plover, forKey: .plover)
        try c.encode(mode, forKey: .mode)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(date, forKey: .date)
        try c.encode(precision, forKey: .precision)
        try c.encode(context, forKey: .context)
        try c.encode(location, forKey: .location)
        try c.encode(evidence, forKey: .evidence)
    }
}
