import MarsadKnowledge
import MarsadText

/// Grammatical words the entity recogniser reads structure from (not actors: those are data).
/// All forms are normalised matching keys (ة → ه, alef forms folded). One table answers every
/// question about a key (its classes, and whether it is a head or the counterpart noun under
/// clitics) with one byte-hash lookup.
struct EntityWords: Sendable {
    /// What a key is. The lists come from `entity_words.tsv`, stop words from `stopwords.txt`.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt16
        /// Heads of organisation names in construct (`حزب العدالة والتنمية`, `جامعة القاهرة`).
        /// Strong heads make an organisation with one complement; weak heads need two or a place.
        static let strongOrgHead = Classes(rawValue: 1)
        static let weakOrgHead = Classes(rawValue: 2)
        /// Administrative place heads: the place is the word after (`مدينة حلب` → حلب).
        static let adminPlaceHead = Classes(rawValue: 4)
        /// Natural place heads: the head is part of the name (`بحر اليابان`, `جبل الشيخ`).
        static let naturalPlaceHead = Classes(rawValue: 8)
        /// First words of compound place names (`دير الزور`, `عين العرب`, `كفر قاسم`).
        static let placeNamePrefix = Classes(rawValue: 16)
        /// Words after a title that qualify it (`السابق`, `المنتخب`) and stay in the role span.
        static let titleModifier = Classes(rawValue: 32)
        /// Words that join the parts of an Arabic name (`عبد الله`, `أبو بكر`, `محمد بن سلمان`).
        static let nameConnector = Classes(rawValue: 64)
        /// Words that never start or continue a person's name although they follow titles.
        static let notName = Classes(rawValue: 128)
        /// Function words (`stopwords.txt`).
        static let stopword = Classes(rawValue: 256)
        /// Organisation heads a proper name follows without the article (`جامعة كامبريدج`,
        /// `نادي بوردو`, `صحيفة هآرتس`).
        static let nameHead = Classes(rawValue: 512)

        static let head: Classes = [.strongOrgHead, .weakOrgHead, .adminPlaceHead, .naturalPlaceHead]
    }

    enum Special: Sendable {
        /// A head word under `prefixLength` proclitic letters, with the head's classes.
        case head(key: String, prefixLength: Int, classes: Classes)
        /// The counterpart noun with its clitics (لنظيره، ونظيرته).
        case counterpart
    }

    struct Entry: Sendable {
        var classes: Classes = []
        /// Whether the key is a head or the counterpart noun with its clitics.
        var special: Special?
    }

    /// Every key's entry, by `lookup`'s index.
    let entries: [Entry]
    /// A one-bit-per-slot filter of the byte hashes of the keys with a `special` (heads and the
    /// counterpart noun under clitics): a token whose bit is clear is neither, without a lookup.
    let specialFilter: [UInt64]
    let lookup: ByteKeyIndex

    /// The word lists come from `entity_words.tsv` (knowledge is data); their grammar (clitic
    /// variants, the counterpart noun's suffixes) is built here.
    init(knowledge: KnowledgeBase) {
        let lists = knowledge.lexicons.entityWords
        var table: [String: Entry] = [:]
        let listed: [(String, Classes)] = [
            ("strong_org_head", .strongOrgHead), ("weak_org_head", .weakOrgHead),
            ("admin_place_head", .adminPlaceHead), ("natural_place_head", .naturalPlaceHead),
            ("place_name_prefix", .placeNamePrefix), ("title_modifier", .titleModifier),
            ("name_connector", .nameConnector), ("not_name", .notName), ("name_head", .nameHead),
        ]
        for (list, c) in listed {
            for key in lists[list] ?? [] { table[key, default: Entry()].classes.insert(c) }
        }
        for key in knowledge.lexicons.stopwords { table[key, default: Entry()].classes.insert(.stopword) }
        let heads = table.filter { !$0.value.classes.isDisjoint(with: .head) }.mapValues {
            $0.classes.intersection(.head)
        }
        var special: [String: Special] = [:]
        let proclitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
        for (head, classes) in heads {
            for p in proclitics {
                special[p + head] = .head(key: head, prefixLength: p.unicodeScalars.count, classes: classes)
            }
        }
        // A feminine noun (its key ends in ه for ة) takes ت before a pronoun: نظيرته.
        let counterpart = lists["counterpart"] ?? []
        let construct = counterpart.filter { $0.hasSuffix("ه") }.map { String($0.dropLast()) + "ت" }
        for stem in counterpart.union(construct) {
            for suffix in ["", "ه", "ها", "هم", "هما", "ي", "ك", "كم", "نا"] {
                for p in ["", "و", "ف", "ب", "ل", "ول", "وب", "فل"] where !(stem == "نظيره" && !suffix.isEmpty) {
                    special[p + stem + suffix] = .counterpart
                }
            }
        }
        for (key, s) in special { table[key, default: Entry()].special = s }
        // Keys distinct as bytes (the lookup's identity), not merely as canonically equal strings.
        var keys: [String] = []
        var entries: [Entry] = []
        for (key, entry) in table {
            keys.append(key)
            entries.append(entry)
        }
        lookup = ByteKeyIndex(keys)
        self.entries = entries
        var filter = [UInt64](repeating: 0, count: 1 << (EntityWords.filterBits - 6))
        for (key, entry) in zip(keys, entries) where entry.special != nil {
            let slot = Int(ByteHash.of(key) >> UInt64(64 - EntityWords.filterBits))
            filter[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        specialFilter = filter
    }

    static let filterBits = 16

    /// Whether the key of `ByteHash` `hash` may have a `special` (false: it has none).
    @inline(__always) func maySpecial(hash: UInt64) -> Bool {
        let slot = Int(hash >> UInt64(64 - EntityWords.filterBits))
        return specialFilter[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The entry of a key, if it has one.
    @inline(__always) func entry(_ key: String) -> Entry? {
        let i = lookup.index(of: key)
        return i >= 0 ? entries[Int(i)] : nil
    }

    /// The classes of a key (none for a word of no list).
    @inline(__always) func classes(_ key: String) -> Classes { entry(key)?.classes ?? [] }
}
