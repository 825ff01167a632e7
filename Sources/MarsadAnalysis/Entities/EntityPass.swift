import MarsadKnowledge
import MarsadText

/// The state of one document's recognition.
struct EntityPass {
    let stage: EntityStage
    let doc: Document
    let kb: KnowledgeBase
    let words: EntityWords
    let day: Int?

    /// An entity being collected.
    struct Work {
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
    var workByKey: [String: Int] = [:]
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
    /// First tokens of person mentions (for the short-form pass).
    var personStarts: Set<Int> = []
    /// Countries named on a line (by nisba), for events told apart by place.
    var lineCountries: [Int: Set<String>] = [:]

    /// The document's per-token arrays (captured by matching closures instead of the document).
    let keys: [String]
    let keyIDs: [Int32]
    let peelIDs: [Int32]
    let toks: [Token]
    /// Whether the document's token ids are the knowledge base's (integer matching).
    let sameVocabulary: Bool
    let starts: [Bool]
    let masks: [EntityStartMask]

    init(stage: EntityStage, doc: Document) {
        self.stage = stage
        self.doc = doc
        keys = doc.keys
        keyIDs = doc.keyIDs
        peelIDs = doc.peelIDs
        toks = doc.tokens
        sameVocabulary = doc.vocabulary === stage.knowledge.vocabulary
        starts = stage.knowledge.entityStartIDs
        masks = stage.knowledge.entityStartMasks
        kb = stage.knowledge
        words = stage.words
        day = EntityStage.day(of: doc)
        covered = Array(repeating: false, count: doc.tokens.count)
    }

    // MARK: works

    mutating func work(actor: Int32) -> Int {
        let key = "a\(actor)"
        if let w = workByKey[key] { return w }
        let a = kb.actors[Int(actor)]
        works.append(
            Work(
                key: key, actor: actor, type: a.type, nameAr: a.nameAr, nameEn: a.nameEn, country: a.country,
                cameo: a.cameo, isMetonym: a.isMetonym))
        workByKey[key] = works.count - 1
        seenActors.insert(actor)
        return works.count - 1
    }

    mutating func work(
        key: String, type: EntityType, nameAr: String, nameEn: String? = nil, country: String?, cameo: String?
    ) -> Int {
        if let w = workByKey[key] { return w }
        works.append(
            Work(
                key: key, actor: nil, type: type, nameAr: nameAr, nameEn: nameEn, country: country, cameo: cameo,
                isMetonym: false))
        workByKey[key] = works.count - 1
        return works.count - 1
    }

    mutating func addName(_ work: Int, _ tokens: Range<Int>, title: Int? = nil) {
        names.append(NameMention(work: work, tokens: tokens, range: scalarRange(tokens), title: title))
        for t in tokens { covered[t] = true }
        if let country = works[work].country { docCountries.insert(country) }
    }
}
