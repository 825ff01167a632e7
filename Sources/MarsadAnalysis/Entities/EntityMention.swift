import MarsadKnowledge

/// One reference to an entity in a document, as the entity stage found it.
///
/// Name mentions (`kind == .name`) are the record's mentions. Title-only references
/// (`kind == .title`: `وزير الخارجية الصيني` with no name after it) are not mentions in the
/// record (the gold convention), but they tell later stages who speaks or acts: `id` is the
/// holder named nearby or the holder of the role at the article's date, nil when unknown.
///
/// Not `Equatable`, on purpose: with an `Equatable` wrapped type, `optionalMention == nil`
/// resolves to the `Optional == Optional` operator, which copies the mention (five Strings
/// retained) at every test; the speaker search made a million such copies per 1,500 articles.
public struct EntityMention: Sendable {
    public enum Kind: String, Sendable, Equatable {
        /// The entity named (`وبوتين`, `وزارة الخارجية الصينية`, `الكرملين`).
        case name
        /// A title standing for its holder (`الرئيس الروسي`, `نظيره الروسي`, `المتحدث باسم الكرملين`).
        case title
    }

    public var kind: Kind
    /// The entity's id (QID, `kb:` or `local:`), or nil for a title whose holder is unknown.
    public var id: String?
    /// Index of the entity in `doc.record.entities`, or nil when the referent is not named in
    /// the article (a title-only reference to a holder known from the knowledge base).
    public var entity: Int?
    /// Index in `KnowledgeBase.actors`, when the entity is known there.
    public var actor: Int?
    public var type: EntityType?
    /// Tokens of the mention (a name, or the title phrase of a title-only reference).
    public var tokens: Range<Int>
    /// Scalar offsets, end exclusive; the proclitic attached to the first token is included.
    public var start: Int
    public var end: Int
    /// ISO3 (or IGO code) of the entity's country; for a metonym (الكرملين، بكين) the country
    /// it stands for.
    public var country: String?
    /// Whether the name stands for a government (الكرملين، البيت الأبيض، بكين).
    public var isMetonym: Bool
    /// The role key (`roles.tsv`) of the title attached to this mention or making it.
    public var role: String?
    /// The country or organisation the title is scoped to (`الرئيس الصيني` → CHN).
    public var roleScope: String?
    /// Scalar range of the title phrase (`الرئيس الصيني`, `مساعد الكرملين`), if any.
    public var roleSpan: Range<Int>?

    public init(
        kind: Kind, id: String?, entity: Int?, actor: Int?, type: EntityType?, tokens: Range<Int>, start: Int, end: Int,
        country: String?, isMetonym: Bool = false, role: String? = nil, roleScope: String? = nil,
        roleSpan: Range<Int>? = nil
    ) {
        self.kind = kind
        self.id = id
        self.entity = entity
        self.actor = actor
        self.type = type
        self.tokens = tokens
        self.start = start
        self.end = end
        self.country = country
        self.isMetonym = isMetonym
        self.role = role
        self.roleScope = roleScope
        self.roleSpan = roleSpan
    }
}

extension Document {
    /// The entity mention covering token `i`, if any (name mentions first).
    public func entityMention(atToken i: Int) -> EntityMention? {
        entityMentions.first { $0.kind == .name && $0.tokens.contains(i) }
            ?? entityMentions.first { $0.tokens.contains(i) }
    }
}
