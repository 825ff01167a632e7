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

    init() {
        func keys(_ words: [String]) -> Set<String> { Set(words.map { PhraseKeys.key($0) }) }
        strongOrgHeads = keys([
            "حزب", "حركة", "جامعة", "منظمة", "جبهة", "جماعة", "صحيفة", "مجلة", "قناة", "نادي", "تحالف", "ائتلاف",
            "تيار", "كتائب", "وكالة", "جمعية", "نقابة", "رابطة",
        ])
        weakOrgHeads = keys([
            "مجلس", "وزارة", "شركة", "هيئة", "لجنة", "مؤسسة", "اتحاد", "بنك", "مصرف", "صندوق", "محكمة", "مستشفى",
            "معهد", "منتدى", "مركز", "مجموعة", "مجمع", "ديوان", "سلطة", "مكتب", "مفوضية", "إدارة", "أكاديمية",
        ])
        adminPlaceHeads = keys([
            "مدينة", "محافظة", "ولاية", "إقليم", "بلدة", "قرية", "مقاطعة", "ناحية", "قضاء", "مخيم", "حي",
        ])
        naturalPlaceHeads = keys([
            "بحر", "جزيرة", "جزر", "نهر", "جبل", "جبال", "خليج", "مضيق", "صحراء", "بحيرة", "وادي", "سهل", "هضبة",
            "قناة", "محيط", "شبه",
        ])
        placeNamePrefixes = keys([
            "عين", "بئر", "دير", "بيت", "كفر", "تل", "رأس", "أم", "أبو", "سيدي", "خان", "جسر", "مرج", "شرم", "بني", "بنى",
            "الدار", "سان", "سانت", "نيو", "لوس", "لاس", "ريو",
        ])
        titleModifiers = keys([
            "السابق", "السابقة", "الأسبق", "الأسبقة", "المنتخب", "المنتخبة", "الجديد", "الجديدة", "الحالي", "الحالية",
            "الراحل", "الراحلة", "المكلف", "المكلفة", "المؤقت", "المؤقتة", "بالإنابة", "بالوكالة", "المستقيل", "المستقيلة",
        ])
        nameConnectors = keys(["عبد", "أبو", "أبي", "ابن", "بن", "بنت", "آل", "ذو", "أم", "ولد", "دي", "فون", "فان", "دا", "لو", "لا", "ال"])
        counterpart = keys(["نظير", "نظيرة"])
        var special: [String: Special] = [:]
        let proclitics = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]
        for head in strongOrgHeads.union(weakOrgHeads).union(adminPlaceHeads).union(naturalPlaceHeads) {
            for p in proclitics { special[p + head] = .head(key: head, prefixLength: p.unicodeScalars.count) }
        }
        for stem in ["نظير", "نظيره", "نظيرت", "نظراء", "نظيري"] {
            for suffix in ["", "ه", "ها", "هم", "هما", "ي", "ك", "كم", "نا"] {
                for p in ["", "و", "ف", "ب", "ل", "ول", "وب", "فل"] where !(stem == "نظيره" && !suffix.isEmpty) {
                    special[p + stem + suffix] = .counterpart
                }
            }
        }
        self.special = special
        specialByHash = Dictionary(special.map { (ByteHash.of($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        notNames = keys([
            "إن", "أن", "إنه", "أنه", "إنها", "أنها", "قد", "لقد", "لم", "لن", "ما", "لا", "كان", "كانت", "يكون", "تكون",
            "الذي", "التي", "الذين", "اللذين", "خلال", "بعد", "قبل", "منذ", "حول", "عن", "على", "في", "من", "إلى",
            "مع", "عبر", "لدى", "حيث", "كما", "أيضا", "أيضًا", "إذ", "ثم", "هذا", "هذه", "ذلك", "تلك", "هو", "هي",
            "هم", "كل", "بين", "أمام", "وراء", "ضد", "نحو", "عند", "غير", "سوى", "أكثر", "أقل", "أول", "آخر",
            "اليوم", "أمس", "غدا", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين",
            "وزير", "رئيس", "شخصيا", "نفسه", "نفسها", "بنفسه", "يوم", "مساء", "صباح", "ظهر", "ليلة", "عام", "العام",
            "الدولة", "البلاد", "المتحدة", "العربية", "الإسلامية", "الوطنية", "الشعبية", "الديمقراطية", "الاتحادية",
            "أخرى", "أخري", "آخر", "أخر", "الأخرى", "الآخر", "جدا", "جدًا", "آنذاك", "حينذاك", "حينها", "وقتها",
            "والرئيس", "وزيرا", "وزراء", "الوزراء", "رؤساء", "قادة", "زعماء", "وفد", "الوفد", "حكومة", "الحكومة",
        ])
    }

    static let shared = EntityWords()
}
