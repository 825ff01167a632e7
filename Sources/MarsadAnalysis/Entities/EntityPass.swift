import MarsadKnowledge
import MarsadText

/// The state of one document's recognition. Every helper that only reads the document and the
/// knowledge lives on `ctx`; the pass's own methods are the ones that change its state.
struct EntityPass {
    let ctx: EntityContext
    let doc: Document
    let kb: KnowledgeBase

    /// An entity being collected.
    struct Work {
        /// How a work without an actor is found again (`o:`, `p:`, `l:`, `e:`, `kb:` + key); ""
        /// for an actor's.
        var key: String
        var actor: Int32?
        var type: EntityType
        var nameAr: String
        var nameEn: String?
        var country: String?
        var cameo: String?
        var isMetonym: Bool
        var roles: [TextSpan] = []
        /// Role keys and scopes read from titles attached in the text.
        var textRoles: [(role: String, scope: String?)] = []
    }

    struct NameMention {
        var work: Int
        var tokens: Range<Int>
        var range: Range<Int>
        var title: Int?
    }

    struct TitleFinding {
        var tokens: Range<Int>
        var range: Range<Int>
        var role: String
        var scope: String?
        /// The work it was attached to (a name after it, or before it in apposition).
        var attached: Int?
        var holderWork: Int?
        var holderActor: Int32?
    }

    struct Ambiguous {
        var tokens: Range<Int>
        var range: Range<Int>
        var candidates: [Int32]
        var title: Int?
    }

    var works: [Work] = []
    var workByKey: [ByteKey: Int] = [:]
    var workByActor: [Int32: Int] = [:]
    var names: [NameMention] = []
    var titles: [TitleFinding] = []
    var ambiguous: [Ambiguous] = []
    var covered: [Bool]
    var docCountries: Set<String> = []
    var seenActors: Set<Int32> = []
    /// A title waiting for the name that follows it: (token, title index).
    var pendingTitle: (token: Int, title: Int)?
    /// The last country-scoped institution of each pattern key (for bare heads later).
    var lastPattern: [String: Int] = [:]
    /// Countries named on a line (by nisba), for events told apart by place.
    var lineCountries: [Int: Set<String>] = [:]

    init(_ ctx: EntityContext) {
        self.ctx = ctx
        doc = ctx.doc
        kb = ctx.kb
        covered = Array(repeating: false, count: ctx.toks.count)
    }

    // MARK: works

    mutating func work(actor: Int32) -> Int {
        if let w = workByActor[actor] { return w }
        let a = kb.actors[Int(actor)]
        works.append(
            Work(
                key: "", actor: actor, type: a.type, nameAr: a.nameAr, nameEn: a.nameEn, country: a.country,
                cameo: a.cameo, isMetonym: a.isMetonym))
        workByActor[actor] = works.count - 1
        seenActors.insert(actor)
        return works.count - 1
    }

    mutating func work(
        key: String, type: EntityType, nameAr: String, nameEn: String? = nil, country: String?, cameo: String?
    ) -> Int {
        if let w = workByKey[ByteKey(key)] { return w }
        works.append(
            Work(
                key: key, actor: nil, type: type, nameAr: nameAr, nameEn: nameEn, country: country, cameo: cameo,
                isMetonym: false))
        workByKey[ByteKey(key)] = works.count - 1
        return works.count - 1
    }

    mutating func addName(_ work: Int, _ tokens: Range<Int>, title: Int? = nil) {
        names.append(NameMention(work: work, tokens: tokens, range: ctx.scalarRange(tokens), title: title))
        for t in tokens { covered[t] = true }
        if let country = works[work].country { docCountries.insert(country) }
    }

    /// The matching keys of a name, joined (the key of an organisation or place found by it).
    static func matchingKey(_ name: String) -> String { PhraseKeys.keys(name).joined(separator: " ") }

    mutating func localPerson(_ r: Range<Int>, country: String?, first: EntityContext.FirstKey? = nil) -> Int {
        guard let first else {
            let name = ctx.text(r)
            let key = "l:" + r.map { ctx.keys[$0] }.joined(separator: " ")
            return work(key: key, type: .person, nameAr: name, country: country == "" ? nil : country, cameo: nil)
        }
        // The name without the proclitic of its first word (ومحمد سالم → محمد سالم).
        let name = ctx.textWithoutProclitic(r, first)
        let key = "l:" + ([first.key] + r.dropFirst().map { ctx.keys[$0] }).joined(separator: " ")
        return work(key: key, type: .person, nameAr: name, country: country == "" ? nil : country, cameo: nil)
    }
}
