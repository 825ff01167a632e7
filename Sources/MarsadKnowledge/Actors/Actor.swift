/// An entity type of the analysis record.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person = "PERSON"
    case org = "ORG"
    case gpe = "GPE"
    case loc = "LOC"
    case event = "EVENT"
}

/// A date of known precision: `2013`, `2013-03` or `2013-03-14`, compared by its earliest day
/// (as a start) or its latest day (as an end).
public struct PartialDate: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Parts separated by `-` (empty parts skipped), each ASCII digits with an optional `+`;
    /// one to three parts. Read over bytes: the event coder parses dates at every event.
    public init?(_ text: String) { self.init(bytes: text.utf8) }

    init?(bytes: some Collection<UInt8>) {
        var parts: [Int] = []
        var value = 0
        var digits = 0
        var sign = false
        var valid = true
        func close() {
            if digits > 0 { parts.append(value) } else if sign { valid = false }
            value = 0
            digits = 0
            sign = false
        }
        for b in bytes {
            switch b {
            case UInt8(ascii: "-"): close()
            case UInt8(ascii: "+") where digits == 0 && !sign: sign = true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 18:
                value = value * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
            default: valid = false
            }
            if !valid { return nil }
        }
        close()
        guard valid, (1...3).contains(parts.count) else { return nil }
        year = parts[0]
        month = parts.count > 1 ? parts[1] : nil
        day = parts.count > 2 ? parts[2] : nil
    }

    /// `yyyymmdd` of the first day it can mean.
    public var earliest: Int { year * 10000 + (month ?? 1) * 100 + (day ?? 1) }
    /// `yyyymmdd` of the last day it can mean.
    public var latest: Int { year * 10000 + (month ?? 12) * 100 + (day ?? 31) }

    public var description: String {
        var s = String(year)
        if let month { s += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { s += day < 10 ? "-0\(day)" : "-\(day)" }
        return s
    }
}

/// A role held between two dates: `foreign_minister@CHN@2013-03@2022-12`.
public struct DatedRole: Sendable, Hashable {
    public var role: String
    /// The country (ISO3) or organisation code the role is held in.
    public var scope: String
    public var start: PartialDate?
    public var end: PartialDate?

    /// Parses `role@scope@start@end`; nil when malformed.
    /// Split over bytes: the knowledge base reads thousands of roles at every start.
    public init?(_ text: String) {
        let parts = text.utf8.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false)
        guard parts.count == 4, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        role = String(Substring(parts[0]))
        scope = String(Substring(parts[1]))
        start = parts[2].isEmpty ? nil : PartialDate(bytes: parts[2])
        end = parts[3].isEmpty ? nil : PartialDate(bytes: parts[3])
        if !parts[2].isEmpty && start == nil || !parts[3].isEmpty && end == nil { return nil }
    }

    /// Whether the role was held on `yyyymmdd` (an open end means still held).
    public func isHeld(on day: Int) -> Bool {
        if let start, day < start.earliest { return false }
        if let end, day > end.latest { return false }
        return true
    }
}

/// A canonical actor of the knowledge base.
public struct Actor: Sendable {
    public var id: String
    public var type: EntityType
    public var nameAr: String
    public var nameEn: String?
    /// ISO 3166 alpha-3 of the actor's country, or an IGO code for IGO officials.
    public var country: String?
    public var cameo: String?
    public var roles: [DatedRole]
    /// A name that stands for a government (الكرملين، البيت الأبيض، بكين).
    public var isMetonym: Bool
    /// What kind of record it came from: `country`, `capital`, `place`, `organization`, `person`, `agency`.
    public var origin: String

    public init(
        id: String, type: EntityType, nameAr: String, nameEn: String?, country: String?, cameo: String?,
        roles: [DatedRole] = [], isMetonym: Bool = false, origin: String
    ) {
        self.id = id
        self.type = type
        self.nameAr = nameAr
        self.nameEn = nameEn
        self.country = country
        self.cameo = cameo
        self.roles = roles
        self.isMetonym = isMetonym
        self.origin = origin
    }
}

/// A news agency, broadcaster or outlet (`agencies.tsv`).
public struct Agency: Sendable {
    public var id: String
    public var kind: String
    public var nameAr: String
    public var nameEn: String
    public var country: String?
    /// Index of the same organisation in the actor list.
    public var actor: Int
}

/// One written form of an agency's name. A form that is also an ordinary word or a place
/// (الوطن، الجزيرة، واس: `ambiguous_ar`) counts only in a credit context.
public struct AgencyName: Sendable {
    public var agency: Int32
    public var contextOnly: Bool
}

/// A role title (`roles.tsv`).
public struct RoleTitle: Sendable {
    public var role: String
    public var nameEn: String
    public var cameoSuffix: String?
}

/// A country-scoped institution head (`org_patterns.tsv`): وزارة الخارجية + nisba.
public struct OrgPattern: Sendable {
    public var key: String
    public var nameEnTemplate: String
    public var cameoSuffix: String?
}
