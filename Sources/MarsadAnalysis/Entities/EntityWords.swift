import MarsadKnowledge
import MarsadText

/// Grammatical words the entity recogniser reads structure from (not actors: those are data).
/// All forms are normalised matching keys (ة → ه, alef forms folded).
struct EntityWords: Sendable {
    /// Heads of organisation names in construct (`حزب العدالة والتنمية`, `جامعة القاهرة`).
    /// Strong heads make an organisation with one complement; weak heads need two or a place.
    let strongOrgHeads: Set<String>
    let weakOrgHeads: Set<String>
    /// Administrative place heads: the place is the word after (`مدينة حلب` → حلب).
    let adminPlaceHeads: Set<String>
    /// Natural place heads: the head is part of the name (`بحر اليابان`, `جبل الشيخ`).
    let naturalPlaceHeads: Set<String>
    /// First words of compound place names (`دير الزور`, `عين العرب`, `كفر قاسم`).
    let placeNamePrefixes: Set<String>
    /// Words after a title that qualify it (`السابق`, `المنتخب`) and stay in the role span.
    let titleModifiers: Set<String>
    /// Words that join the parts of an Arabic name (`عبد الله`, `أبو بكر`, `محمد بن سلمان`).
    let nameConnectors: Set<String>
    /// The counterpart noun (`نظيره الروسي`): same role as the title named before it.
    let counterpart: Set<String>
    /// Words that never start or continue a person's name although they follow titles.
    let notNames: Set<String>

    enum Special: Sendable {
        /// A head word under `prefixLength` proclitic letters.
        case head(key: String, prefixLength: Int)
        /// The counterpart noun with its clitics (لنظيره، ونظيرته).
        case counterpart
    }

    /// Token keys that are a head or the counterpart noun, with their proclitics: one lookup
    /// per token instead of a clitic analysis.
    let special: [String: Special]
    /// `special` by the keys' byte hash (`ByteHash`): an integer lookup per token.
    let specialByHash: [UInt64: Special]

    /// The word lists come from `entity_words.tsv` (knowledge is data); their grammar (clitic
    /// variants, the counterpart noun's suffixes) is built here.
    init(knowledge: KnowledgeBase) {
        let lists = knowledge.lexicons.entityWords
        strongOrgHeads = lists["strong_org_head"] ?? []
        weakOrgHeads = lists["weak_org_head"] ?? []
        adminPlaceHeads = lists["admin_place_head"] ?? []
        naturalPlaceHeads = lists["natural_place_head"] ?? []
        placeNamePrefixes = lists["place_name_prefix"] ?? []
        titleModifiers = lists["title_modifier"] ?? []
        nameConnectors = lists["name_connector"] ?? []
        counterpart = lists["counterpart"] ?? []
        notNames = lists["not_name"] ?? []
        var special: [String: Special] = [:]
        let proclitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
        for head in strongOrgHeads.union(weakOrgHeads).union(adminPlaceHeads).union(naturalPlaceHeads) {
            for p in proclitics { special[p + head] = .head(key: head, prefixLength: p.unicodeScalars.count) }
        }
        // A feminine noun (its key ends in ه for ة) takes ت before a pronoun: نظيرته.
        let construct = counterpart.filter { $0.hasSuffix("ه") }.map { String($0.dropLast()) + "ت" }
        for stem in counterpart.union(construct) {
            for suffix in ["", "ه", "ها", "هم", "هما", "ي", "ك", "كم", "نا"] {
                for p in ["", "و", "ف", "ب", "ل", "ول", "وب", "فل"] where !(stem == "نظيره" && !suffix.isEmpty) {
                    special[p + stem + suffix] = .counterpart
                }
            }
        }
        self.special = special
        specialByHash = Dictionary(special.map { (ByteHash.of($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }
}
