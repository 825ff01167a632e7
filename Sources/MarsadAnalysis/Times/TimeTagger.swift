import MarsadKnowledge
import MarsadText

/// Finds time expressions in a document: dates (Gregorian in every regional month set, Hijri,
/// numeric), years, relative expressions (weekdays, أمس، الأسبوع الماضي، يوليو الماضي…),
/// durations and ordinals. Recognition only: `TimeResolver` turns a mention into a date.
///
/// The scan walks the token keys once. A token starts work only when its key (or the key with a
/// proclitic و ف ب ل peeled) begins a phrase of `time_words.tsv`, is a number token, or is one
/// of the few head nouns of ordinals (الذكرى، المرة، الرئيس…). Each trigger parses forward (and
/// looks back a few tokens for what belongs to the expression: يوم before a weekday, a count
/// before a unit, عام before a year); overlapping candidates are settled longest first.
///
/// Spans cover whole tokens. Prepositions (في، منذ before a year) are context, not part of the
/// span; منذ/قبل before an amount of time is (`منذ 3 أيام` = three days ago), as is منذ in
/// `منذ بداية العام`. A time of day after a dated expression (`، الساعة 05:16 مساءً`) is
/// included in the span, though only the date is resolved.
public struct TimeTagger: Sendable {
    /// How numeric dates without an era mark are read.
    public enum NumericCalendar: Sendable {
        /// Day-first Gregorian (`04/02/2026`), ISO (`2026-02-04`); a year 1300–1500 is Hijri.
        case gregorian
        /// Hijri, as dateparser's `HijriCalendar`: `30-02-1433`, and two-digit years
        /// (`30-02-33` = 1433, `10-03-90` = 1390: 00–50 → 14xx, 51–99 → 13xx).
        case hijri
    }

    public struct Options: Sendable {
        public var numericCalendar: NumericCalendar
        public init(numericCalendar: NumericCalendar = .gregorian) {
            self.numericCalendar = numericCalendar
        }
    }

    let timeWords: PhraseTrie<TimeWord>
    let numberWords: PhraseTrie<NumberWord>
    let options: Options
    let vocab: TimeVocabulary

    public init(knowledge: KnowledgeBase = .embedded, options: Options = Options()) {
        timeWords = knowledge.lexicons.timeWords
        numberWords = knowledge.lexicons.numberWords
        self.options = options
        vocab = TimeVocabulary()
    }

    /// The time expressions of the document, in text order, without overlaps.
    public func mentions(in doc: Document) -> [TimeMention] {
        let scan = TimeScan(tagger: self, doc: doc)
        scan.run()
        return scan.settled()
    }
}

/// Function words the grammar of time expressions uses (not knowledge: the facts, month names,
/// weekdays, units, modifiers, live in `time_words.tsv` and `numbers.tsv`). Stored as keys.
struct TimeVocabulary: Sendable {
    let yearNouns: Set<String>
    let yearPrepositions: Set<String>
    let monthContext: Set<String>
    let ambiguousMonths: Set<String>
    let dayParts: Set<String>
    let agreeing: Set<String>
    let clock: Set<String>
    let meridiem: Set<String>
    let qualifiers: Set<String>
    let vagueCounts: Set<String>
    let pluralUnits: Set<String>
    let ordinalHeads: Set<String>
    let notTodayAfter: Set<String>
    let notTodayBefore: Set<String>
    let notWeekdayBefore: Set<String>
    let fi: String
    let shahr: String
    let min: String
    let yawm: String
    let alyawm: String
    let mundhu: String
    let qabl: String
    let annual: String
    let half: String
    let quarter: String
    let more: Set<String>
    let fromTo: Set<String>
    let this: Set<String>

    init() {
        func keys(_ words: [String]) -> Set<String> { Set(words.map { PhraseKeys.key($0) }) }
        yearNouns = keys(["عام", "العام", "سنة", "السنة"])
        yearPrepositions = keys([
            "في", "منذ", "حتى", "قبل", "بعد", "خلال", "عام", "العام", "سنة", "السنة", "مطلع",
            "بحلول", "حلول", "عامي", "لعام",
        ])
        monthContext = keys(["في", "منذ", "حتى", "خلال", "شهر", "بحلول", "حلول", "طيلة", "طوال"])
        // Month spellings that are also common words: آب (father), ماي, مارس (he practised).
        ambiguousMonths = keys(["آب", "ماي", "مارس", "أب"])
        dayParts = keys(["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة", "ظهيرة", "صبيحة", "عشية"])
        agreeing = keys(["الموافق", "الموافقة", "المصادف", "المصادفة", "المقابل"])
        clock = keys(["الساعة", "عند", "تمام"])
        meridiem = keys([
            "صباحا", "صباح", "مساء", "مساءا", "ص", "م", "ظهرا", "عصرا", "ليلا", "فجرا", "بتوقيت",
        ])
        qualifiers = keys([
            "لمدة", "مدة", "نحو", "حوالي", "قرابة", "زهاء", "طيلة", "طوال", "قرابة", "حوالى",
        ])
        vagueCounts = keys(["عدة", "بضعة", "بضع"])
        pluralUnits = keys([
            "أيام", "سنوات", "ساعات", "دقائق", "أسابيع", "أشهر", "شهور", "أعوام", "سنين", "ثوان",
        ])
        ordinalHeads = keys([
            "الذكرى", "ذكرى", "المرة", "مرة", "الرئيس", "الرئيسة", "الدورة", "الجولة", "النسخة",
            "اليوم", "الأسبوع", "الشهر", "العام", "السنة", "القمة", "الولاية", "الحكومة",
        ])
        // اليوم followed by these is a day of something, not today.
        notTodayAfter = keys([
            "العالمي", "الوطني", "الدولي", "التالي", "الذي", "الموعود", "المحدد", "نفسه", "ذاته",
            "التالية", "الختامي", "الأخير", "المفتوح", "الدراسي", "الحاضر",
        ])
        notTodayBefore = keys(["ذلك", "نفس", "ذات", "هذا", "حتى ذلك"])
        // صلاة الجمعة، خطب الجمعة، كل أحد: the weekday in general, not a day.
        notWeekdayBefore = keys(["صلاة", "صلوات", "خطبة", "خطب", "كل", "أيام", "ليالي", "يومي"])
        fi = PhraseKeys.key("في")
        shahr = PhraseKeys.key("شهر")
        min = PhraseKeys.key("من")
        yawm = PhraseKeys.key("يوم")
        alyawm = PhraseKeys.key("اليوم")
        mundhu = PhraseKeys.key("منذ")
        qabl = PhraseKeys.key("قبل")
        annual = PhraseKeys.key("السنوية")
        half = PhraseKeys.key("نصف")
        quarter = PhraseKeys.key("ربع")
        more = keys(["أكثر", "أقل", "اكثر"])
        fromTo = keys(["من", "على", "عن"])
        this = keys(["هذا", "هذه"])
    }
}

/// What a time word is, decoded from its `time_words.tsv` values.
struct TimeLex {
    var length = 0
    var month: Int?
    var english = false
    var hijriMonth: Int?
    var weekday: Int?
    var relativeDay: Int?
    var period: PeriodUnit?
    var modifier: Int?
    var unit: TimeDurationUnit?
    var unitCount: Int?
    var era: Era?
    var part: PeriodPart?

    enum Era { case hijri, gregorian }

    init?(_ match: PhraseTrie<TimeWord>.Match) {
        length = match.length
        var any = false
        for w in match.values {
            switch w.kind {
            case "month":
                if let v = Int(w.value), (1...12).contains(v) {
                    month = v
                    english = w.region == "english"
                    any = true
                }
            case "hijri_month":
                if let v = Int(w.value), (1...12).contains(v) {
                    hijriMonth = v
                    any = true
                }
            case "weekday":
                if let v = Int(w.value), (1...7).contains(v) {
                    weekday = v
                    any = true
                }
            case "relative_day":
                if let v = Int(w.value) {
                    relativeDay = v
                    any = true
                }
            case "period":
                if let p = PeriodUnit(rawValue: w.value) {
                    period = p
                    any = true
                }
            case "modifier":
                if let v = Int(w.value) {
                    modifier = v
                    any = true
                }
            case "unit":
                let parts = w.value.split(separator: ":")
                if let first = parts.first, let u = TimeDurationUnit(rawValue: String(first)) {
                    unit = u
                    unitCount = parts.count > 1 ? Int(parts[1]) : nil
                    any = true
                }
            case "era":
                if w.value == "hijri" {
                    era = .hijri
                    any = true
                } else if w.value == "gregorian" {
                    era = .gregorian
                    any = true
                }
            case "part":
                if let p = PeriodPart(rawValue: w.value) {
                    part = p
                    any = true
                }
            default: break
            }
        }
        if !any { return nil }
    }
}

enum TimeDurationUnit: String {
    case minute, hour, day, week, month, year

    func add(_ count: Int, to amount: inout DurationAmount) {
        switch self {
        case .minute: amount.minutes += count
        case .hour: amount.hours += count
        case .day: amount.days += count
        case .week: amount.weeks += count
        case .month: amount.months += count
        case .year: amount.years += count
        }
    }

    /// Adds a half (`ونصف`) or a quarter (`وربع`) of the unit, in the next smaller unit.
    func addFraction(numerator: Int, denominator: Int, to amount: inout DurationAmount) {
        switch self {
        case .minute: break
        case .hour: amount.minutes += 60 * numerator / denominator
        case .day: amount.hours += 24 * numerator / denominator
        case .week: amount.days += 7 * numerator / denominator
        case .month: amount.days += 30 * numerator / denominator
        case .year: amount.months += 12 * numerator / denominator
        }
    }
}

/// A parse result: the tokens up to `end` (exclusive) and what they mean.
struct TimeParse {
    var end: Int
    var meaning: TimeMeaning
    var weekday: Int? = nil
    var part: PeriodPart? = nil
    var amount: DurationAmount? = nil
    var hasDay = false
}

/// One scan of a document (a class, so that closures capture one reference, not every field).
final class TimeScan {
    let tagger: TimeTagger
    let doc: Document
    let keys: [String]
    let tokens: [Token]
    let bytes: [UInt8]
    let n: Int
    let v: TimeVocabulary
    let useIDs: Bool
    var candidates: [TimeMention] = []

    init(tagger: TimeTagger, doc: Document) {
        self.tagger = tagger
        self.doc = doc
        keys = doc.keys
        tokens = doc.tokens
        bytes = doc.text.bytes
        n = doc.tokens.count
        v = tagger.vocab
        useIDs = tagger.timeWords.vocabulary === doc.vocabulary
    }

    // MARK: - Token access

    @inline(__always) func isWord(_ k: Int) -> Bool {
        k >= 0 && k < n && (tokens[k].kind == .arabic || tokens[k].kind == .latin)
    }

    @inline(__always) func isNumber(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .number }

    @inline(__always) func key(_ k: Int) -> String { k >= 0 && k < n ? keys[k] : "" }

    /// The single character of a punctuation or symbol token, else nil.
    func char(_ k: Int) -> UInt32? {
        guard k >= 0, k < n else { return nil }
        let t = tokens[k]
        guard t.kind == .punctuation || t.kind == .symbol || t.kind == .quote, t.length == 1 else {
            return nil
        }
        let b0 = UInt32(bytes[t.byteStart])
        switch t.byteEnd - t.byteStart {
        case 1: return b0
        case 2: return (b0 & 0x1F) << 6 | (UInt32(bytes[t.byteStart + 1]) & 0x3F)
        case 3:
            return (b0 & 0x0F) << 12 | (UInt32(bytes[t.byteStart + 1]) & 0x3F) << 6
                | (UInt32(bytes[t.byteStart + 2]) & 0x3F)
        default: return nil
        }
    }

    func isComma(_ k: Int) -> Bool {
        guard let c = char(k) else { return false }
        return c == 0x2C || c == 0x060C
    }

    /// The value of a plain number token (digits only, at most 6), and its digit count.
    func int(_ k: Int) -> (value: Int, digits: Int)? {
        guard isNumber(k) else { return nil }
        var value = 0
        var digits = 0
        for b in keys[k].utf8 {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
            digits += 1
            if digits > 6 { return nil }
        }
        return digits > 0 ? (value, digits) : nil
    }

    /// The clitic-free readings of a key: و/ف then ب/ل peeled, and لل → ال (للعام → العام).
    func peeled(_ s: String) -> [String] {
        var out: [String] = []
        var scalars = Substring(s).unicodeScalars[...]
        guard let first = scalars.first else { return out }
        func isConj(_ c: Unicode.Scalar) -> Bool { c == "\u{0648}" || c == "\u{0641}" }
        func isPrep(_ c: Unicode.Scalar) -> Bool {
            c == "\u{0628}" || c == "\u{0644}" || c == "\u{0643}"
        }
        if isConj(first) {
            scalars = scalars.dropFirst()
            if scalars.count >= 2 { out.append(String(String.UnicodeScalarView(scalars))) }
        }
        if let p = scalars.first, isPrep(p) {
            let rest = scalars.dropFirst()
            if p == "\u{0644}", rest.first == "\u{0644}" {
                var s = String.UnicodeScalarView()
                s.append("\u{0627}")
                s.append(contentsOf: rest)
                out.append(String(s))
            } else if rest.count >= 2 {
                out.append(String(String.UnicodeScalarView(rest)))
            }
        }
        return out
    }

    @inline(__always) static func mayHaveClitic(_ s: String) -> Bool {
        // و ف ب ل ك in UTF-8: D9 88, D9 81, D8 A8, D9 84, D9 83.
        var it = s.utf8.makeIterator()
        guard let b0 = it.next(), let b1 = it.next() else { return false }
        if b0 == 0xD9 { return b1 == 0x88 || b1 == 0x81 || b1 == 0x84 || b1 == 0x83 }
        return b0 == 0xD8 && b1 == 0xA8
    }

    /// The key with clitics peeled if that is what names a word of `set`; else the key.
    func bare(_ k: Int, in set: Set<String>) -> String? {
        let s = key(k)
        if s.isEmpty { return nil }
        if set.contains(s) { return s }
        if TimeScan.mayHaveClitic(s) {
            for p in peeled(s) where set.contains(p) { return p }
        }
        return nil
    }

    func keyIs(_ k: Int, _ word: String, peel: Bool = false) -> Bool {
        let s = key(k)
        if s == word { return true }
        if peel, !s.isEmpty, TimeScan.mayHaveClitic(s) { return peeled(s).contains(word) }
        return false
    }

    func starts(_ s: String, with prefix: String) -> Bool { s.utf8.starts(with: prefix.utf8) }

    /// The time word starting at token `k`, peeling clitics from it when `peel`.
    func lex(_ k: Int, peel: Bool = false) -> TimeLex? {
        guard isWord(k) else { return nil }
        guard let match = longestMatch(tagger.timeWords, at: k, peel: peel), persianFree(k) else {
            return nil
        }
        return TimeLex(match)
    }

    /// The longest phrase of `trie` at token `k`: the whole key first, then (when `peel`) the
    /// key without its proclitics. Integer ids when the document shares the trie's vocabulary.
    func longestMatch<V>(_ trie: PhraseTrie<V>, at k: Int, peel: Bool) -> PhraseTrie<V>.Match? {
        let n = self.n
        if trie.vocabulary === doc.vocabulary {
            let ids = doc.keyIDs
            let next: (Int) -> Int32? = { m in k + m < n ? ids[k + m] : nil }
            if let match = trie.longestMatch(firstID: ids[k], nextID: next) { return match }
            guard peel else { return nil }
            for slot in (2 * k)..<(2 * k + 2) {
                let stem = doc.peelIDs[slot]
                if stem >= 0, let match = trie.longestMatch(firstID: stem, nextID: next) { return match }
            }
            return nil
        }
        let keys = self.keys
        let next: (Int) -> String? = { m in k + m < n ? keys[k + m] : nil }
        if let match = trie.longestMatch(first: keys[k], next: next) { return match }
        guard peel, TimeScan.mayHaveClitic(keys[k]) else { return nil }
        for p in peeled(keys[k]) {
            if let match = trie.longestMatch(first: p, next: next) { return match }
        }
        return nil
    }

    /// Whether a phrase of the time lexicon starts at token `k` (clitics peeled): the scan's
    /// cheap first test, on integer ids when the vocabularies agree.
    @inline(__always) func mayStartTimeWord(_ k: Int) -> Bool {
        let trie = tagger.timeWords
        if useIDs {
            return trie.hasPrefix(id: doc.keyIDs[k]) || trie.hasPrefix(id: doc.peelIDs[2 * k])
                || trie.hasPrefix(id: doc.peelIDs[2 * k + 1])
        }
        let key = keys[k]
        if trie.hasPrefix(key) { return true }
        return TimeScan.mayHaveClitic(key) && peeled(key).contains(where: { trie.hasPrefix($0) })
    }

    /// Whether token `k` (checked raw) is written without Persian-only letters: a word with
    /// پ چ ژ گ ک, or with ی before its last letter, is Persian (`6 دقیقه`), not an Arabic time word.
    func persianFree(_ k: Int) -> Bool {
        let t = tokens[k]
        var j = t.byteStart
        while j + 1 < t.byteEnd {
            let b0 = bytes[j]
            let b1 = bytes[j + 1]
            if b0 == 0xDA && (b1 == 0xA9 || b1 == 0xAF || b1 == 0x86 || b1 == 0x98) { return false }
            if b0 == 0xD9 && b1 == 0xBE { return false }
            if b0 == 0xDB && b1 == 0x8C && j + 2 < t.byteEnd { return false }
            j += b0 < 0x80 ? 1 : (b0 < 0xE0 ? 2 : (b0 < 0xF0 ? 3 : 4))
        }
        return true
    }

    /// A number word of `kind` at `k` (peeling a leading و when `and`).
    func numberWord(_ k: Int, kind: String, conj: Bool = false) -> (value: Int, length: Int)? {
        guard isWord(k) else { return nil }
        let trie = tagger.numberWords
        if let m = longestMatch(trie, at: k, peel: false),
            let w = m.values.first(where: { $0.kind == kind })
        {
            return (w.value, m.length)
        }
        guard conj || TimeScan.mayHaveClitic(keys[k]), let m = longestMatch(trie, at: k, peel: true)
        else { return nil }
        // The peeled reading: longestMatch tries the whole key first, which failed above.
        return m.values.first(where: { $0.kind == kind }).map { ($0.value, m.length) }
    }

    // MARK: - Scan

    /// One pass: number tokens always start work; a word does when a time phrase starts at it
    /// (clitics peeled) or a number word does (an ordinal, whose head noun is looked up behind
    /// it). On integer ids when the document shares the knowledge base's vocabulary.
    func run() {
        let times = tagger.timeWords
        let numbers = tagger.numberWords
        let ids = doc.keyIDs
        let peels = doc.peelIDs
        let tokens = self.tokens
        let fast = useIDs && numbers.vocabulary === doc.vocabulary
        let alID = doc.vocabulary.id(of: "ال")
        for i in 0..<n {
            switch tokens[i].kind {
            case .number: numberAt(i)
            case .arabic, .latin:
                let timeWord: Bool
                let number: Bool
                if fast {
                    timeWord =
                        times.hasPrefix(id: ids[i]) || times.hasPrefix(id: peels[2 * i])
                        || times.hasPrefix(id: peels[2 * i + 1])
                    number =
                        numbers.hasPrefix(id: ids[i]) || (alID >= 0 ? ids[i] == alID : isArticle(keys[i]))
                } else {
                    timeWord = mayStartTimeWord(i)
                    number = numbers.hasPrefix(keys[i]) || isArticle(keys[i])
                }
                if timeWord { wordAt(i) }
                if number { ordinalBefore(i) }
            default: break
            }
        }
    }

    /// `ال` alone (`الذكرى ال30`, `الـ30`), compared by bytes.
    @inline(__always) func isArticle(_ s: String) -> Bool {
        var it = s.utf8.makeIterator()
        return it.next() == 0xD8 && it.next() == 0xA7 && it.next() == 0xD9 && it.next() == 0x84
            && it.next() == nil
    }

    /// An ordinal word (or `ال` + number) at `i`: its head noun is the token before, or the one
    /// before `السنوية`.
    func ordinalBefore(_ i: Int) {
        var h = i - 1
        if keyIs(h, v.annual) { h -= 1 }
        if h >= 0, isWord(h), bare(h, in: v.ordinalHeads) != nil { ordinalAt(h) }
    }

    func add(_ start: Int, _ p: TimeParse) {
        guard p.end > start, start >= 0, p.end <= n, !crossesLine(start..<p.end) else { return }
        candidates.append(
            TimeMention(
                start: tokens[start].start, end: tokens[p.end - 1].end, tokens: start..<p.end,
                meaning: p.meaning, weekday: p.weekday, part: p.part, amount: p.amount))
    }

    /// Whether a line break separates two of the tokens (an expression stays on one line).
    func crossesLine(_ range: Range<Int>) -> Bool {
        var t = range.lowerBound + 1
        while t < range.upperBound {
            var b = tokens[t - 1].byteEnd
            while b < tokens[t].byteStart {
                if bytes[b] == 0x0A || bytes[b] == 0x0D { return true }
                b += 1
            }
            t += 1
        }
        return false
    }

    /// Longest first; no overlaps; text order.
    func settled() -> [TimeMention] {
        let candidates = self.candidates
        if candidates.count < 2 { return candidates }
        let order = candidates.indices.sorted { a, b in
            let la = candidates[a].tokens.count
            let lb = candidates[b].tokens.count
            return la != lb ? la > lb : candidates[a].tokens.lowerBound < candidates[b].tokens.lowerBound
        }
        var kept: [TimeMention] = []
        for index in order {
            let c = candidates[index]
            if kept.contains(where: { $0.tokens.overlaps(c.tokens) }) { continue }
            kept.append(c)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    func wordAt(_ i: Int) {
        if let lex = lex(i, peel: true) {
            if lex.month != nil || lex.hijriMonth != nil { monthAt(i, lex) }
            if let w = lex.weekday { weekdayAt(i, w, lex.length) }
            if let r = lex.relativeDay { relativeDayAt(i, r, lex.length) }
            if let p = lex.period { periodAt(i, p, lex.length) }
            if lex.modifier != nil, bare(i, in: v.this) != nil { thisAt(i, lex.length) }
            if let u = lex.unit { unitAt(i, u, lex.unitCount, lex.length) }
            if let p = lex.part { partAt(i, p, lex.length) }
        }
    }

    // MARK: - Dates

    /// A month name at `k`: Gregorian or Hijri, its value and length.
    func monthWord(_ k: Int, peel: Bool = false) -> (
        month: Int, hijri: Bool, english: Bool, length: Int
    )? {
        guard let l = lex(k, peel: peel) else { return nil }
        if let m = l.month { return (m, false, l.english, l.length) }
        if let m = l.hijriMonth { return (m, true, false, l.length) }
        return nil
    }

    /// The end of a paired month form after `k` (`فبراير/شباط`, `يوليو (تموز)`, `نوفمبر / November`).
    func pairEnd(_ k: Int, month: Int) -> Int? {
        var j = k
        var closing = false
        if let c = char(j) {
            guard c == 0x2F || c == 0x2D || c == 0x28 || c == 0x2010 || c == 0x2013 else { return nil }
            closing = c == 0x28
            j += 1
        }
        guard let m = monthWord(j), !m.hijri, m.month == month else { return nil }
        j += m.length
        if closing {
            guard char(j) == 0x29 else { return nil }
            j += 1
        }
        return j
    }

    /// A year number at `k`: Gregorian 1000–2100, or Hijri 1–1600 when `hijri`.
    func yearNumber(_ k: Int, hijri: Bool) -> Int? {
        guard let (y, d) = int(k) else { return nil }
        if hijri { return (d == 3 || d == 4) && y >= 1 && y <= 1600 ? y : nil }
        return d == 4 && y >= 1000 && y <= 2100 ? y : nil
    }

    func era(_ k: Int) -> TimeLex.Era? { lex(k)?.era }

    /// A time of day after a date: `، الساعة 05:16 مساءً`, `09:40 صباحاً`. Returns the end.
    func timeOfDayEnd(_ k: Int) -> Int? {
        var j = k
        if isComma(j) || char(j) == 0x2D { j += 1 }
        if v.clock.contains(key(j)) { j += 1 }
        guard isNumber(j), isClock(keys[j]) else { return nil }
        j += 1
        if v.meridiem.contains(key(j)) { j += 1 }
        return j
    }

    func isClock(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard let colon = u.firstIndex(of: 0x3A), colon >= 1, colon <= 2, u.count - colon - 1 == 2
        else { return false }
        var h = 0
        for b in u[..<colon] {
            guard b >= 0x30 && b <= 0x39 else { return false }
            h = h * 10 + Int(b - 0x30)
        }
        var m = 0
        for b in u[(colon + 1)...] {
            guard b >= 0x30 && b <= 0x39 else { return false }
            m = m * 10 + Int(b - 0x30)
        }
        return h <= 24 && m < 60
    }

    /// A date starting at `j` with a day number or a month name:
    /// `DAY [من] MONTH[/MONTH] [،] [من] [عام] [YEAR [era]] | [modifier]`, `MONTH DAY, YEAR`
    /// (English order), then an optional time of day. A month alone is accepted only when
    /// `bareMonth` allows it.
    func date(at j: Int, bareMonth: Bool, peelMonth: Bool = false, day presetDay: Int? = nil)
        -> TimeParse?
    {
        var k = j
        var day = presetDay
        if day == nil, let (d, digits) = int(k), digits <= 2, d >= 1, d <= 31 {
            day = d
            k += 1
            if keyIs(k, v.min),
                monthWord(k + 1) != nil || (keyIs(k + 1, v.shahr) && monthWord(k + 2) != nil)
            {
                k += 1
            }
        }
        if day != nil, keyIs(k, v.shahr), monthWord(k + 1) != nil { k += 1 }  // 9 من شهر رمضان
        guard let m = monthWord(k, peel: peelMonth && day == nil) else { return nil }
        let month = m.month
        let hijri = m.hijri
        k += m.length
        var paired = false
        if day == nil, m.english, let (d, digits) = int(k), digits <= 2, d >= 1, d <= 31 {
            day = d  // November 3, 2024
            k += 1
        }
        if !hijri, let e = pairEnd(k, month: month) {
            k = e
            paired = true
        }
        // Year.
        var year: Int?
        var y = k
        if isComma(y) { y += 1 }
        if keyIs(y, v.min) { y += 1 }
        if v.yearNouns.contains(key(y)) { y += 1 }
        if let value = yearNumber(y, hijri: hijri) {
            year = value
            k = y + 1
            if let e = era(k) {
                if (e == .hijri) == hijri { k += 1 }
            }
        }
        var modifier: Int?
        var hijriOffset: Int?
        if hijri, year == nil, day == nil, let l = lex(k), let mod = l.modifier,
            bare(k, in: v.this) == nil
        {
            hijriOffset = mod  // شوال الجاري، رمضان الماضي
            k += l.length
        }
        var yearOffset: Int?
        if year == nil, !hijri, let (offset, e) = relativeYear(k) {
            yearOffset = offset
            k = e
        }
        if year == nil, yearOffset == nil, !hijri, let l = lex(k), let mod = l.modifier,
            bare(k, in: v.this) == nil
        {
            modifier = mod
            k += l.length
        }
        if day == nil && year == nil && modifier == nil && yearOffset == nil && hijriOffset == nil
            && !paired
            && !bareMonth
        {
            return nil
        }
        if hijri && day == nil && year == nil && hijriOffset == nil && !bareMonth { return nil }
        if let d = day {
            if let y = year, !hijri {
                guard CivilDate.valid(year: y, month: month, day: d) != nil else { return nil }
            } else if d > (hijri ? 30 : CivilDate.daysIn(month: month, year: 2000)) {
                return nil
            }
        }
        var parse: TimeParse
        if let offset = hijriOffset {
            parse = TimeParse(end: k, meaning: .relativeHijriMonth(month: month, offset: offset))
        } else if hijri {
            parse = TimeParse(end: k, meaning: .hijri(year: year, month: month, day: day))
        } else if let offset = yearOffset {
            parse = TimeParse(
                end: k, meaning: .monthOfRelativeYear(month: month, day: day, yearOffset: offset))
        } else if let mod = modifier {
            parse = TimeParse(
                end: k,
                meaning: day.map { .relativeMonthDay(month: month, day: $0, offset: mod) }
                    ?? .relativeMonth(month: month, offset: mod))
        } else {
            parse = TimeParse(end: k, meaning: .absolute(year: year, month: month, day: day))
        }
        parse.hasDay = day != nil
        if day != nil, let e = timeOfDayEnd(k) { parse.end = e }
        return parse
    }

    /// `[من] العام الماضي`, `[من] هذا العام` after a month: the year's offset and the end.
    func relativeYear(_ k: Int) -> (Int, Int)? {
        var r = k
        if keyIs(r, v.min) { r += 1 }
        if let l = lex(r), l.period == .year, definite(r), let (mod, ml) = postModifier(r + l.length) {
            return (mod, r + l.length + ml)
        }
        if bare(r, in: v.this) != nil, let l = lex(r + 1), l.period == .year, definite(r + 1) {
            return (0, r + 1 + l.length)
        }
        return nil
    }

    /// An ordinal day ending at token `e` (`التاسع`، `الحادي عشر`، `الحادي والعشرين`).
    func ordinalDay(endingAt e: Int) -> (day: Int, start: Int)? {
        guard isWord(e) else { return nil }
        if starts(keys[e], with: "و"), let tens = numberWord(e, kind: "ordinal", conj: true),
            tens.length == 1,
            tens.value == 20 || tens.value == 30, let unit = numberWord(e - 1, kind: "ordinal"),
            unit.length == 1,
            unit.value < 10, unit.value + tens.value <= 31
        {
            return (unit.value + tens.value, e - 1)
        }
        if let w = numberWord(e - 1, kind: "ordinal"), w.length == 2, w.value <= 31 {
            return (w.value, e - 1)
        }
        if let w = numberWord(e, kind: "ordinal"), w.length == 1, w.value <= 31,
            w.value != 1 || definite(e)
        {
            return (w.value, e)
        }
        return nil
    }

    func monthAt(_ i: Int, _ l: TimeLex) {
        // التاسع من أغسطس، التاسع من شهر رمضان
        let back = keyIs(i - 1, v.shahr, peel: true) ? i - 2 : i - 1
        if keyIs(back, v.min), let (d, s) = ordinalDay(endingAt: back - 1),
            let p = date(at: i, bareMonth: true, day: d)
        {
            add(s, p)
        }
        var start = i
        var bareMonth = false
        if keyIs(i - 1, v.shahr, peel: true) {
            start = i - 1
            bareMonth = true
        } else if l.month != nil, !l.english, bare(i, in: v.ambiguousMonths) == nil,
            bare(i - 1, in: v.monthContext) != nil
        {
            bareMonth = true
        }
        if l.hijriMonth == 2 && !keyIs(i - 1, v.shahr, peel: true) { bareMonth = false }  // صفر = zero
        if let p = date(at: i, bareMonth: bareMonth, peelMonth: true) { add(start, p) }
    }

    func numberAt(_ i: Int) {
        // Numeric dates: one token (04/02/2026) or spaced (17 /10 /1436هـ، 2 / 8 / 2015).
        if let p = numericAt(i) {
            add(i, p)
            return
        }
        if let p = date(at: i, bareMonth: false) {
            add(i, p)
        }
        // Years.
        guard let (y, digits) = int(i) else { return }
        if let e = era(i + 1) {
            if e == .hijri, y >= 1, y <= 1600, digits >= 3 {
                let start = bare(i - 1, in: v.yearNouns) != nil ? i - 1 : i
                add(start, TimeParse(end: i + 2, meaning: .hijri(year: y, month: nil, day: nil)))
                return
            }
            if e == .gregorian, y >= 1, y <= 2100 {
                let start = bare(i - 1, in: v.yearNouns) != nil ? i - 1 : i
                add(start, TimeParse(end: i + 2, meaning: .absolute(year: y, month: nil, day: nil)))
                return
            }
        }
        guard digits == 4 else { return }
        // عام (1891)
        if char(i - 1) == 0x28, char(i + 1) == 0x29, bare(i - 2, in: v.yearNouns) != nil, y >= 1000,
            y <= 2100
        {
            add(i - 2, TimeParse(end: i + 2, meaning: .absolute(year: y, month: nil, day: nil)))
            return
        }
        if bare(i - 1, in: v.yearNouns) != nil, y >= 1000, y <= 2100 {
            add(i - 1, TimeParse(end: i + 1, meaning: .absolute(year: y, month: nil, day: nil)))
        } else if bare(i - 1, in: v.yearPrepositions) != nil, y >= 1900, y <= 2100 {
            add(i, TimeParse(end: i + 1, meaning: .absolute(year: y, month: nil, day: nil)))
        } else if key(i - 1) == "و" || key(i - 1) == "-", y >= 1900, y <= 2100,
            let (y0, d0) = int(i - 2), d0 == 4,
            y0 >= 1900, y0 < y, bare(i - 3, in: v.yearPrepositions) != nil
        {
            add(i, TimeParse(end: i + 1, meaning: .absolute(year: y, month: nil, day: nil)))  // عامي 2012 و2014
        }
    }

    /// A numeric date at token `k`, in one token or spaced (`17 /10 /1436`).
    func numericAt(_ k: Int) -> TimeParse? {
        if let p = numericDate(k, keys[k]) { return p }
        if let sep = char(k + 1), sep == 0x2F || sep == 0x2D || sep == 0x2E, char(k + 3) == sep,
            isNumber(k + 2),
            isNumber(k + 4), !crossesLine(k..<(k + 5))
        {
            return numericDate(k, keys[k] + "/" + keys[k + 2] + "/" + keys[k + 4], tokenCount: 5)
        }
        return nil
    }

    /// `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (day first; month first when the first part
    /// cannot be a month but the second can), `YYYY-MM-DD`; Hijri when the year is 1300–1500,
    /// an era mark follows, or the options say so.
    func numericDate(_ i: Int, _ s: String, tokenCount: Int = 1) -> TimeParse? {
        var parts: [Int] = []
        var widths: [Int] = []
        var separator: UInt8 = 0
        var value = 0
        var width = 0
        for b in s.utf8 {
            if b >= 0x30 && b <= 0x39 {
                value = value * 10 + Int(b - 0x30)
                width += 1
                if width > 4 { return nil }
            } else {
                guard b == 0x2F || b == 0x2D || b == 0x2E, separator == 0 || separator == b, width > 0
                else { return nil }
                separator = b
                parts.append(value)
                widths.append(width)
                value = 0
                width = 0
            }
        }
        parts.append(value)
        widths.append(width)
        guard parts.count == 3 else { return nil }
        var end = i + tokenCount
        let eraMark = era(end)
        if eraMark != nil { end += 1 }
        var hijri = eraMark == .hijri || tagger.options.numericCalendar == .hijri
        var y: Int
        var m: Int
        var d: Int
        if widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 {
            (y, m, d) = (parts[0], parts[1], parts[2])
        } else if widths[0] <= 2 && widths[1] <= 2 && (widths[2] == 4 || (widths[2] == 2 && hijri)) {
            (d, m, y) = (parts[0], parts[1], parts[2])
            if widths[2] == 2 { y += y <= 50 ? 1400 : 1300 }
            if m > 12 && d <= 12 && !hijri { (d, m) = (m, d) }
        } else {
            return nil
        }
        if eraMark == nil && (1300...1500).contains(y) { hijri = true }
        if hijri {
            guard (1...12).contains(m), (1...30).contains(d), (1...1600).contains(y) else { return nil }
        } else {
            guard (1000...2100).contains(y), CivilDate.valid(year: y, month: m, day: d) != nil else {
                return nil
            }
        }
        var p = TimeParse(
            end: end,
            meaning: hijri ? .hijri(year: y, month: m, day: d) : .absolute(year: y, month: m, day: d))
        p.hasDay = true
        if let e = timeOfDayEnd(end) { p.end = e }
        return p
    }

    // MARK: - Relative

    func weekdayAt(_ i: Int, _ w: Int, _ length: Int) {
        if bare(i - 1, in: v.notWeekdayBefore) != nil { return }
        var start = i
        var today = false
        var back = i - 1
        if keyIs(back, v.yawm, peel: true) {
            start = back
            back -= 1
        } else if keyIs(back, v.alyawm, peel: true) {
            today = true
            start = back
            back -= 1
        }
        if bare(back, in: v.dayParts) != nil { start = back }
        let k = i + length
        var t = k
        if isComma(t) { t += 1 }
        if bare(t, in: v.agreeing) != nil { t += 1 }
        if let d = date(at: t, bareMonth: false) ?? (isNumber(t) ? numericAt(t) : nil), d.hasDay {
            var p = d
            p.weekday = w
            add(start, p)
            return
        }
        if let l = lex(k), let mod = l.modifier, bare(k, in: v.this) == nil {
            let meaning: TimeMeaning =
                mod < 0
                ? .pastWeekday(w) : (mod > 0 ? .weekday(w, future: true) : .weekday(w, future: false))
            add(start, TimeParse(end: k + l.length, meaning: meaning, weekday: w))
            return
        }
        if today {
            add(start, TimeParse(end: k, meaning: .dayOffset(0), weekday: w))
        } else {
            add(start, TimeParse(end: k, meaning: .weekday(w, future: false), weekday: w))
        }
    }

    func relativeDayAt(_ i: Int, _ r: Int, _ length: Int) {
        var start = i
        let k = i + length
        if keyIs(i - 1, v.yawm, peel: true) { start = i - 1 }  // يوم أمس
        let isToday = length == 1 && (keys[i] == v.alyawm || peeled(keys[i]).contains(v.alyawm))
        // اليوم [الأحد] 17/10/1436هـ: the date the text gives.
        if r == 0 {
            var t = k
            var w: Int?
            if let l = lex(t), let wd = l.weekday {
                w = wd
                t += l.length
            } else if char(t) == 0x28, let l = lex(t + 1), let wd = l.weekday,
                char(t + 1 + l.length) == 0x29
            {
                w = wd
                t += l.length + 2
            }
            if isComma(t) { t += 1 }
            if bare(t, in: v.agreeing) != nil { t += 1 }
            if var d = date(at: t, bareMonth: false) ?? (isNumber(t) ? numericAt(t) : nil), d.hasDay {
                d.weekday = w
                add(start, d)
                return
            }
        }
        if let l = lex(k), let w = l.weekday {
            add(start, TimeParse(end: k + l.length, meaning: .dayOffset(r), weekday: w))
            return
        }
        // أمس (السبت)، اليوم (الاثنين)
        if char(k) == 0x28, let l = lex(k + 1), let w = l.weekday, char(k + 1 + l.length) == 0x29 {
            add(start, TimeParse(end: k + l.length + 2, meaning: .dayOffset(r), weekday: w))
            return
        }
        if isToday {
            if let l = lex(k), let mod = l.modifier, bare(k, in: v.this) == nil {
                add(start, TimeParse(end: k + l.length, meaning: .dayOffset(mod)))  // اليوم السابق
                return
            }
            if v.notTodayAfter.contains(key(k)) || numberWord(k, kind: "ordinal") != nil { return }
            if bare(i - 1, in: v.notTodayBefore) != nil { return }
            // 16 ساعة في اليوم: per day.
            if keyIs(i - 1, v.fi), isNumber(i - 2) || lex(i - 2)?.unit != nil { return }
        }
        add(start, TimeParse(end: k, meaning: .dayOffset(r)))
    }

    /// A post-modifier (الماضي، المقبل، الجاري…) at `k`: its offset and length.
    func postModifier(_ k: Int) -> (Int, Int)? {
        guard let l = lex(k), let mod = l.modifier, bare(k, in: v.this) == nil else { return nil }
        return (mod, l.length)
    }

    func definite(_ k: Int) -> Bool {
        let s = key(k)
        return starts(s, with: "ال") || peeled(s).contains(where: { starts($0, with: "ال") })
    }

    func periodAt(_ i: Int, _ unit: PeriodUnit, _ length: Int) {
        guard definite(i) else { return }
        let k = i + length
        if let (mod, l) = postModifier(k) {
            add(i, TimeParse(end: k + l, meaning: .relativePeriod(unit: unit, offset: mod, part: nil)))
        }
    }

    func thisAt(_ i: Int, _ length: Int) {
        let k = i + length
        guard let l = lex(k), let unit = l.period, definite(k) else { return }
        add(i, TimeParse(end: k + l.length, meaning: .relativePeriod(unit: unit, offset: 0, part: nil)))
    }

    func partAt(_ i: Int, _ part: PeriodPart, _ length: Int) {
        var k = i + length
        let since = keyIs(i - 1, v.mundhu, peel: true)
        // A relative period: نهاية الأسبوع الماضي، مطلع العام الجاري، منذ بداية العام، هذا العام.
        if let l = lex(k), let unit = l.period {
            if definite(k) {
                let after = k + l.length
                if let (mod, ml) = postModifier(after) {
                    if since && part == .start && mod == 0 {
                        add(i - 1, TimeParse(end: after + ml, meaning: .sinceStartOf(unit)))
                    } else {
                        add(
                            i,
                            TimeParse(
                                end: after + ml, meaning: .relativePeriod(unit: unit, offset: mod, part: part),
                                part: part))
                    }
                } else if since && part == .start {
                    add(i - 1, TimeParse(end: after, meaning: .sinceStartOf(unit)))
                } else if let (y, _) = int(after), yearNumber(after, hijri: false) != nil {
                    add(
                        i,
                        TimeParse(end: after + 1, meaning: .absolute(year: y, month: nil, day: nil), part: part)
                    )
                }
                return
            }
            // شهر يوليو
            if keyIs(k, v.shahr) { k += 1 }
        }
        if let l = lex(k), l.modifier != nil, bare(k, in: v.this) != nil, let l2 = lex(k + l.length),
            let unit = l2.period
        {
            add(
                i,
                TimeParse(
                    end: k + l.length + l2.length,
                    meaning: .relativePeriod(unit: unit, offset: 0, part: part),
                    part: part))
            return
        }
        if monthWord(k) != nil, var p = date(at: k, bareMonth: true) {
            if !p.hasDay { p.part = part }
            add(i, p)
            return
        }
        if let y = yearNumber(k, hijri: false) {
            add(i, TimeParse(end: k + 1, meaning: .absolute(year: y, month: nil, day: nil), part: part))
        }
    }

    // MARK: - Durations

    /// A count just before `k`: digits, a number word (two-word and `خمسة وعشرين` compounds),
    /// or a vague count (عدة). Returns the count (nil = unknown) and its first token.
    func count(before k: Int) -> (count: Int?, start: Int)? {
        if let (c, _) = int(k - 1) { return (c, k - 1) }
        guard isWord(k - 1) else { return nil }
        if bare(k - 1, in: v.vagueCounts) != nil { return (nil, k - 1) }
        // خمسة وعشرين: the tens carry و.
        if let tens = numberWord(k - 1, kind: "cardinal", conj: true), tens.length == 1,
            starts(keys[k - 1], with: "و"), tens.value % 10 == 0, tens.value >= 20
        {
            if let unit = numberWord(k - 2, kind: "cardinal"), unit.length == 1, unit.value < 10 {
                return (unit.value + tens.value, k - 2)
            }
            if let (u, d) = int(k - 2), d == 1 { return (u + tens.value, k - 2) }
        }
        for length in [2, 1] where k - length >= 0 {
            if let c = numberWord(k - length, kind: "cardinal"), c.length == length {
                return (c.value, k - length)
            }
        }
        return nil
    }

    /// One `[count] unit` step at `k` inside a duration chain (`و25 دقيقة`, `وخمس دقائق`,
    /// `1 شهر`). Returns the end.
    func durationStep(_ k: Int, into amount: inout DurationAmount) -> Int? {
        var j = k
        var c: Int?
        if let (value, _) = int(j) {
            c = value
            j += 1
        } else if let w = numberWord(j, kind: "cardinal", conj: true) {
            c = w.value
            j += w.length
        }
        guard let l = lex(j, peel: c == nil), let unit = l.unit else { return nil }
        guard let total = c ?? l.unitCount else { return nil }
        unit.add(total, to: &amount)
        return j + l.length
    }

    func unitAt(_ i: Int, _ unit: TimeDurationUnit, _ dual: Int?, _ length: Int) {
        var amount = DurationAmount()
        var start = i
        var counted = false
        if let d = dual {
            unit.add(d, to: &amount)
            counted = true
        } else if let (c, s) = count(before: i) {
            start = s
            counted = true
            if let c { unit.add(c, to: &amount) } else { amount.known = false }
        }
        // منذ عام 2009: a year noun, not an amount.
        if !counted,
            yearNumber(i + length, hijri: false) != nil
                || (char(i + length) == 0x28 && int(i + length + 1) != nil)
        {
            return
        }
        let plural = !counted && v.pluralUnits.contains(key(i))
        if !counted {
            // A singular unit counts one (ساعة و25 دقيقة); a plural without a count is vague.
            if plural { amount.known = false } else { unit.add(1, to: &amount) }
        }
        var end = i + length
        var chained = false
        // The chain: ونصف، وربع، و25 دقيقة، , 1 شهر.
        while end < n {
            let s = keys[end]
            if s == "و", let e = durationStep(end + 1, into: &amount) {
                end = e
            } else if starts(s, with: "و"), peeled(s).contains(v.half) {
                unit.addFraction(numerator: 1, denominator: 2, to: &amount)
                end += 1
            } else if starts(s, with: "و"), peeled(s).contains(v.quarter) {
                unit.addFraction(numerator: 1, denominator: 4, to: &amount)
                end += 1
            } else if starts(s, with: "و"), let e = durationStep(end, into: &amount) {
                end = e
            } else if isComma(end), counted, let e = durationStep(end + 1, into: &amount) {
                end = e
            } else {
                break
            }
            chained = true
        }
        // Qualifiers: لمدة، نحو، أكثر من…
        var qualified = false
        if bare(start - 1, in: v.qualifiers) != nil {
            start -= 1
            qualified = true
        } else if keyIs(start - 1, v.min), bare(start - 2, in: v.more) != nil {
            start -= 2
            qualified = true
        }
        let ago: Bool
        if keyIs(start - 1, v.mundhu, peel: true) {
            ago = true
        } else if keyIs(start - 1, v.qabl, peel: true), !v.fromTo.contains(key(end)) {
            ago = true
        } else {
            ago = false
        }
        if !counted && !(chained && !plural) {
            guard ago || qualified else { return }
        }
        if ago { start -= 1 }
        let text = doc.slice(tokens[start].start..<tokens[end - 1].end)
        let meaning: TimeMeaning =
            ago
            ? .ago(amount) : .duration(minutes: amount.totalMinutes, days: amount.totalDays, text: text)
        add(start, TimeParse(end: end, meaning: meaning, amount: amount))
    }

    // MARK: - Ordinals

    /// `الذكرى [السنوية] الرابعة`, `الرئيس السابع والأربعين`, `المرة الأولى`, `الذكرى الـ30`.
    func ordinalAt(_ i: Int) {
        var k = i + 1
        if keyIs(k, v.annual) { k += 1 }
        if let o = numberWord(k, kind: "ordinal") {
            var value = o.value
            var end = k + o.length
            if value < 10, starts(key(end), with: "و"),
                let tens = numberWord(end, kind: "ordinal", conj: true),
                tens.length == 1, tens.value >= 20, tens.value % 10 == 0, tens.value < 100
            {
                value += tens.value
                end += 1
            }
            add(i, TimeParse(end: end, meaning: .ordinal(value)))
        } else if key(k) == "ال", let (value, digits) = int(k + 1), digits <= 4 {
            add(i, TimeParse(end: k + 2, meaning: .ordinal(value)))
        }
    }
}
