import Foundation
import MarsadText
import Testing

@testable import MarsadAnalysis

/// The Arabic test vectors of scrapinghub/dateparser (BSD-3), gathered in
/// `shared/eval-data/dateparser-ar/dateparser_ar_test_vectors.tsv` (31 rows: input, expected,
/// kind, settings, source). Marsad is not dateparser: it finds expressions in running text and
/// resolves them to days, not to times. What "found with the expected date" means per kind:
///
/// - `translate(ar->en)`: the English translation names a date (`6 january 2015 05:16 pm`): a
///   mention resolves to that day. With `relative`, it names an amount (`2 day`, `4 year`,
///   `ago 2 hour`, `1 day ago`, `0 day ago`): a mention carries that amount (a duration, or
///   `منذ` + amount), or — for days "ago" — is a day offset of minus that many days.
/// - `split tokens`: a mention covers the date's tokens (day, month, year) with that date.
/// - `is_applicable(ar)`: true → at least one mention; false (Persian letters) → none.
/// - `search finds whole string`: one mention spans exactly the whole input (the time of day
///   included).
/// - `search_parse`: for each `substring=datetime`, a mention with that date whose text lies
///   inside the substring (dateparser includes the preposition في; Marsad's span does not).
/// - `language detection`: the input's word tokens are Arabic and dates are found in it.
/// - `freshness`: the amounts (`days=2`, `years=1,months=1,…`) equal the mention's amount
///   (`منذ` + amount, or a plain duration for the unit list), or a day offset of −days.
/// - `Hijri -> Gregorian (HijriCalendar)`: read with `numericCalendar: .hijri` (dateparser's
///   `HijriCalendar` class is told the calendar too); a mention resolves to the expected day.
@Suite("Time expressions: dateparser Arabic vectors")
struct TimeDateparserTests {
    static var vectorsURL: URL {
        // Tests/MarsadAnalysisTests/ThisFile.swift → package root → ../shared/...
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/eval-data/dateparser-ar/dateparser_ar_test_vectors.tsv")
    }

    struct Row {
        var input: String
        var expected: String
        var kind: String
        var settings: String
    }

    static func rows() -> [Row]? {
        guard let text = try? String(contentsOf: vectorsURL, encoding: .utf8) else { return nil }
        var rows: [Row] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true)
        where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 4 else { continue }
            rows.append(Row(input: f[0], expected: f[1], kind: f[2], settings: f[3]))
        }
        return rows
    }

    static let englishMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// Does the row pass? Returns nil on success, else why not.
    static func check(_ row: Row) -> String? {
        let hijri = row.kind.hasPrefix("Hijri")
        let tagger = hijri ? TimeTagger(options: .init(numericCalendar: .hijri)) : TimeFixture.tagger
        let doc = Document(source: "dateparser", text: SourceText(row.input))
        let mentions = tagger.mentions(in: doc)
        var anchor = TimeFixture.anchor
        if let r = row.settings.range(of: "RELATIVE_BASE=") {
            anchor = CivilDate(iso: String(row.settings[r.upperBound...])) ?? anchor
        }
        let times = mentions.map { TimeFixture.resolver.resolve($0, anchor: anchor, in: doc) }
        let found =
            "found: "
            + zip(mentions, times).map { "\($1.text)=\($1.value ?? "nil") \($0.meaning)" }.joined(
                separator: "; ")

        if hijri || row.kind.hasPrefix("search_parse") {
            var wanted: [(sub: String?, date: String)] = []
            if hijri {
                wanted = [(nil, String(row.expected.prefix(10)))]
            } else {
                for pair in row.expected.split(separator: "|") {
                    let parts = pair.split(separator: "=")
                    guard parts.count == 2 else { return "bad expected \(pair)" }
                    wanted.append((String(parts[0]), String(parts[1].prefix(10))))
                }
            }
            for w in wanted {
                let ok = times.contains { t in
                    t.value == w.date && (w.sub.map { $0.contains(t.text) } ?? true)
                }
                if !ok { return "no mention for \(w.date); \(found)" }
            }
            return nil
        }
        if row.kind.hasPrefix("translate") && !row.kind.contains("relative") {
            let words = row.expected.split(separator: " ").map(String.init)
            guard words.count >= 3, let d = Int(words[0]), let m = englishMonths.firstIndex(of: words[1]),
                let y = Int(words[2])
            else { return "cannot read \(row.expected)" }
            let iso = CivilDate(year: y, month: m + 1, day: d).iso
            return times.contains { $0.value == iso } ? nil : "no \(iso); \(found)"
        }
        if row.kind.hasPrefix("translate") || row.kind.hasPrefix("freshness") {
            // Amounts: "2 day", "ago 2 hour", "1 day ago", "ago days=1", "ago years=1,months=1,…".
            var amount = DurationAmount()
            let ago = row.expected.contains("ago")
            let body = row.expected.replacingOccurrences(of: "ago", with: "").trimmingCharacters(
                in: .whitespaces)
            func put(_ unit: String, _ n: Int) {
                switch unit.hasSuffix("s") ? String(unit.dropLast()) : unit {
                case "year": amount.years = n
                case "month": amount.months = n
                case "week": amount.weeks = n
                case "day": amount.days = n
                case "hour": amount.hours = n
                case "minute": amount.minutes = n
                default: break
                }
            }
            if body.contains("=") {
                for item in body.split(separator: ",") {
                    let kv = item.split(separator: "=")
                    if kv.count == 2, let n = Int(kv[1]) { put(String(kv[0]), n) }
                }
            } else {
                let w = body.split(separator: " ")
                if w.count == 2, let n = Int(w[0]) { put(String(w[1]), n) }
            }
            let ok = mentions.contains { m in
                switch m.meaning {
                case .dayOffset(let o):
                    return ago && amount == DurationAmount(days: -o)
                case .ago(let a):
                    return ago && a == amount
                case .duration:
                    return m.amount == amount
                default:
                    return false
                }
            }
            return ok ? nil : "no amount \(amount); \(found)"
        }
        if row.kind.hasPrefix("split tokens") {
            let parts = row.expected.split(separator: "|").map(String.init)
            guard parts.count > 4, let d = Int(parts[0]), let y = Int(parts[4]) else {
                return "cannot read"
            }
            let month = parts[2]
            return times.contains { t in
                t.text.contains(parts[0]) && t.text.contains(month) && t.text.contains(parts[4])
                    && t.value == CivilDate(year: y, month: 1, day: d).iso
            } ? nil : "no covering mention; \(found)"
        }
        if row.kind.hasPrefix("is_applicable") {
            let want = row.expected == "true"
            return (!mentions.isEmpty) == want ? nil : "applicable \(!mentions.isEmpty); \(found)"
        }
        if row.kind.hasPrefix("search finds whole string") {
            let whole = row.input.trimmingCharacters(in: .whitespaces)
            return times.contains { $0.text == whole && $0.value != nil }
                ? nil : "no whole-string mention; \(found)"
        }
        if row.kind.hasPrefix("language detection") {
            let words = doc.tokens.filter { $0.kind == .arabic || $0.kind == .latin }
            let arabic = words.filter { $0.kind == .arabic }.count
            let dates = times.filter { $0.kind == "date" && $0.value != nil }.count
            return row.expected == "ar" && arabic * 2 > words.count && dates >= 2
                ? nil : "not detected; \(found)"
        }
        return "unknown kind \(row.kind)"
    }

    @Test func vectors() throws {
        guard let rows = Self.rows() else {
            print("SKIP: dateparser vectors not found at \(Self.vectorsURL.path)")
            return
        }
        var passed = 0
        var failures: [String] = []
        for row in rows {
            if let why = Self.check(row) {
                failures.append("\(row.input) [\(row.kind)]: \(why)")
            } else {
                passed += 1
            }
        }
        print("dateparser-ar: \(passed)/\(rows.count) rows pass")
        for f in failures { print("  FAIL \(f)") }
        #expect(rows.count == 31)
        #expect(passed >= 30, "\(failures.joined(separator: "\n"))")
    }
}
