import Foundation
import MarsadKnowledge
import MarsadText
import Testing
import XCTest

@testable import MarsadAnalysis

/// Time expressions: exact spans and exact values. The anchor is Wednesday 4 February 2026
/// unless a test says otherwise.
enum TimeFixture {
    static let tagger = TimeTagger()
    static let resolver = TimeResolver()
    static let anchor = CivilDate(year: 2026, month: 2, day: 4)

    static func doc(_ text: String) -> Document { Document(source: "test", text: SourceText(text)) }

    static func mentions(_ text: String, tagger: TimeTagger = tagger) -> [TimeMention] {
        tagger.mentions(in: doc(text))
    }

    static func times(_ text: String, anchor: CivilDate? = anchor, tagger: TimeTagger = tagger)
        -> [TimeExpression]
    {
        let d = doc(text)
        return tagger.mentions(in: d).map { resolver.resolve($0, anchor: anchor, in: d) }
    }

    /// The scalar range of the first occurrence of `part` in `text`.
    static func range(of part: String, in text: String) -> Range<Int>? {
        let t = Array(text.unicodeScalars)
        let p = Array(part.unicodeScalars)
        guard !p.isEmpty, t.count >= p.count else { return nil }
        for i in 0...(t.count - p.count) where Array(t[i..<(i + p.count)]) == p {
            return i..<(i + p.count)
        }
        return nil
    }
}

struct Expect: CustomStringConvertible {
    var span: String
    var value: String?
    var precision: DatePrecision?
    var kind: String
    var relative: Bool
    var description: String { "\(span) → \(value ?? "null") \(kind)" }
}

/// Checks that `text` has exactly one time expression, with this span and value.
func expectOne(
    _ text: String, _ span: String, _ value: String?, _ precision: DatePrecision?, kind: String,
    relative: Bool, anchor: CivilDate? = TimeFixture.anchor,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let times = TimeFixture.times(text, anchor: anchor)
    #expect(times.count == 1, "\(text): \(times.map(\.text))", sourceLocation: sourceLocation)
    guard let t = times.first else { return }
    let r = TimeFixture.range(of: span, in: text)
    #expect(t.text == span, "\(text)", sourceLocation: sourceLocation)
    #expect(r == t.start..<t.end, "\(text): span", sourceLocation: sourceLocation)
    #expect(t.value == value, "\(text): value", sourceLocation: sourceLocation)
    #expect(t.precision == precision, "\(text): precision", sourceLocation: sourceLocation)
    #expect(t.kind == kind, "\(text): kind", sourceLocation: sourceLocation)
    #expect(t.relative == relative, "\(text): relative", sourceLocation: sourceLocation)
}

@Suite("Time expressions: absolute dates")
struct TimeDateTests {
    @Test func dayMonthYear() {
        expectOne(
            "وقع الهجوم في 24 يوليو 2022 قرب الحدود.", "24 يوليو 2022", "2022-07-24", .day, kind: "date",
            relative: false)
        expectOne(
            "وصل في 2 غشت 2023 إلى الرباط", "2 غشت 2023", "2023-08-02", .day, kind: "date",
            relative: false)
        expectOne(
            "الاجتماع عقد في 12 كانون الثاني 2024 ببيروت", "12 كانون الثاني 2024", "2024-01-12", .day,
            kind: "date", relative: false)
        expectOne(
            "وُقّع الاتفاق في 3 جانفي 2025", "3 جانفي 2025", "2025-01-03", .day, kind: "date",
            relative: false)
    }

    @Test func pairedMonths() {
        expectOne(
            "تراجعت الأسعار في فبراير/شباط 2022 بشدة", "فبراير/شباط 2022", "2022-02", .month,
            kind: "date", relative: false)
        expectOne(
            "جرت الانتخابات في 3 نوفمبر / November 2024 وسط توتر", "3 نوفمبر / November 2024",
            "2024-11-03", .day, kind: "date", relative: false)
        expectOne(
            "منذ 7 أكتوبر (تشرين الأول) 2023 والحرب مستمرة", "7 أكتوبر (تشرين الأول) 2023", "2023-10-07",
            .day, kind: "date", relative: false)
    }

    @Test func weekdayBeforeDate() {
        expectOne(
            "أعلن الأحد 3 نوفمبر 2024 عن خطته", "الأحد 3 نوفمبر 2024", "2024-11-03", .day, kind: "date",
            relative: false)
        let m = TimeFixture.mentions("أعلن الأحد 3 نوفمبر 2024 عن خطته")
        #expect(m.first?.weekday == 1)
        expectOne(
            "وصل يوم الأربعاء 4 فبراير إلى القاهرة", "يوم الأربعاء 4 فبراير", "2026-02-04", .day,
            kind: "date", relative: true)
        expectOne(
            "صدر القرار الخميس، الموافق 29 يناير 2026", "الخميس، الموافق 29 يناير 2026", "2026-01-29",
            .day, kind: "date", relative: false)
    }

    @Test func connectorsBetweenParts() {
        // Year missing: 24 July is more than two months after the anchor → the year before.
        expectOne(
            "وقعت الحادثة في 24 من يوليو قرب الميناء", "24 من يوليو", "2025-07-24", .day, kind: "date",
            relative: true)
        expectOne(
            "بدأت الأزمة في يوليو من العام 2022 بشكل مفاجئ", "يوليو من العام 2022", "2022-07", .month,
            kind: "date", relative: false)
        expectOne(
            "في 6 يناير، 2015 وقع الحادث", "6 يناير، 2015", "2015-01-06", .day, kind: "date",
            relative: false)
        // Year missing, date close to the anchor → the anchor's year.
        expectOne(
            "تنطلق القمة في 15 مارس بالرياض", "15 مارس", "2026-03-15", .day, kind: "date", relative: true)
        expectOne(
            "بدأت الأزمة في ديسمبر بشكل مفاجئ", "ديسمبر", "2025-12", .month, kind: "date", relative: true)
    }

    @Test func numericDates() {
        for form in ["04/02/2026", "4-2-2026", "04.02.2026", "2026-02-04", "٠٤/٠٢/٢٠٢٦", "2026/02/04"] {
            expectOne(
                "نشر بتاريخ \(form) على الموقع", form, "2026-02-04", .day, kind: "date", relative: false)
        }
        // Month first when the first part cannot be a month.
        expectOne(
            "نشر بتاريخ 02/14/2026", "02/14/2026", "2026-02-14", .day, kind: "date", relative: false)
        // Not dates.
        #expect(TimeFixture.mentions("النتيجة 3.5 و10:30 و1,000").isEmpty)
        #expect(TimeFixture.mentions("رقم 31/02/2026 خاطئ").isEmpty)
    }

    @Test func englishMonths() {
        expectOne(
            "The deal of January 5, 2024 was signed", "January 5, 2024", "2024-01-05", .day, kind: "date",
            relative: false)
        expectOne(
            "نشر في 5 March 2024 بلندن", "5 March 2024", "2024-03-05", .day, kind: "date", relative: false
        )
    }

    @Test func timeOfDayIsPartOfTheSpan() {
        let text = "6 يناير، 2015، الساعة 05:16 مساءً"
        expectOne(text, text, "2015-01-06", .day, kind: "date", relative: false)
    }

    @Test func ambiguousMonthNamesNeedContext() {
        #expect(TimeFixture.mentions("مارس الضغط على الحكومة").isEmpty)
        #expect(TimeFixture.mentions("قال الأب إن ابنه بخير").isEmpty)
        expectOne(
            "في 5 مارس 2024 اجتمعوا", "5 مارس 2024", "2024-03-05", .day, kind: "date", relative: false)
        expectOne(
            "وصل في آب 2020 إلى بيروت", "آب 2020", "2020-08", .month, kind: "date", relative: false)
    }
}

@Suite("Time expressions: Hijri")
struct TimeHijriTests {
    @Test func fullHijriDate() {
        let g = HijriCalendar.gregorian(year: 1447, month: 9, day: 14)!
        expectOne(
            "يوافق 14 رمضان 1447 هـ بدء الإجازة", "14 رمضان 1447 هـ", g.iso, .day, kind: "hijri",
            relative: false)
        expectOne(
            "نشر في 14-09-1432 هـ على الموقع", "14-09-1432 هـ", "2011-08-14", .day, kind: "hijri",
            relative: false)
        expectOne(
            "في 14 ذو القعدة 1445هـ", "14 ذو القعدة 1445هـ",
            HijriCalendar.gregorian(year: 1445, month: 11, day: 14)!.iso, .day, kind: "hijri",
            relative: false)
    }

    @Test func hijriMonthAndYear() {
        // Ramadan 1447 runs from February into March 2026: only the year is certain.
        expectOne(
            "يبدأ الصوم في رمضان 1447 كالمعتاد", "رمضان 1447", "2026", .year, kind: "hijri",
            relative: false)
        // A Hijri year straddles two Gregorian years: no value.
        expectOne("ميزانية عام 1447 هـ أُقرّت", "عام 1447 هـ", nil, nil, kind: "hijri", relative: false)
        expectOne("ميزانية 1447 هـ أُقرّت", "1447 هـ", nil, nil, kind: "hijri", relative: false)
    }

    @Test func spacedNumericDates() {
        expectOne(
            "أعلنت اليوم الأحد 17 /10 /1436هـ الموافق", "اليوم الأحد 17 /10 /1436هـ",
            HijriCalendar.gregorian(year: 1436, month: 10, day: 17)!.iso, .day, kind: "hijri",
            relative: false, anchor: nil)
        expectOne(
            "صدر في 2 / 8 / 2015م.", "2 / 8 / 2015م", "2015-08-02", .day, kind: "date", relative: false)
    }

    @Test func hijriOrdinalDayAndModifiers() {
        let g = HijriCalendar.gregorian(year: 1436, month: 9, day: 9)!.iso
        expectOne(
            "في التاسع من شهر رمضان 1436ه", "التاسع من شهر رمضان 1436ه", g, .day, kind: "hijri",
            relative: false)
        // Anchor 2 August 2015 = 17 Shawwal 1436: Shawwal 1436 runs 17 July – 14 August 2015,
        // two Gregorian months: only the year is certain.
        let anchor = CivilDate(year: 2015, month: 8, day: 2)
        expectOne(
            "في شوال الجاري", "شوال الجاري", "2015", .year, kind: "relative", relative: true,
            anchor: anchor)
        let ramadan = TimeFixture.mentions("في رمضان الماضي")
        #expect(ramadan.map(\.meaning) == [.relativeHijriMonth(month: 9, offset: -1)])
        // Dhu al-Hijjah 1435 (the latest before Shawwal 1436) lies in September–October 2014.
        #expect(TimeFixture.times("في ذي الحجة الماضي", anchor: anchor).first?.value == "2014")
        // Ramadan 1437 (the next) runs June–July 2016: only the year is kept.
        let next = TimeFixture.times("في رمضان المقبل", anchor: anchor)
        #expect(next.first?.value == "2016")
    }

    @Test func hijriMonthNeedsContext() {
        #expect(TimeFixture.mentions("قال رمضان إن الاجتماع انتهى").isEmpty)
        #expect(TimeFixture.mentions("انخفضت الحرارة إلى صفر درجة").isEmpty)
        let t = TimeFixture.times("خلال شهر رمضان المبارك")
        #expect(t.map(\.text) == ["شهر رمضان"])
        #expect(t.first?.kind == "hijri")
    }
}

@Suite("Time expressions: years")
struct TimeYearTests {
    @Test func years() {
        expectOne(
            "في عام 2022 ارتفعت الأسعار", "عام 2022", "2022", .year, kind: "year", relative: false)
        expectOne(
            "في العام 2022 ارتفعت الأسعار", "العام 2022", "2022", .year, kind: "year", relative: false)
        expectOne("ارتفعت الأسعار في 2022 كثيرا", "2022", "2022", .year, kind: "year", relative: false)
        expectOne(
            "ارتفعت الأسعار سنة 2022 كثيرا", "سنة 2022", "2022", .year, kind: "year", relative: false)
        expectOne("ارتفعت الأسعار 2022م كثيرا", "2022م", "2022", .year, kind: "year", relative: false)
        expectOne("والعام 1948 شهد النكبة", "والعام 1948", "1948", .year, kind: "year", relative: false)
        expectOne("لم يحدث ذلك منذ 2011", "2011", "2011", .year, kind: "year", relative: false)
        expectOne("لم يحدث ذلك منذ عام 2011", "عام 2011", "2011", .year, kind: "year", relative: false)
        expectOne(
            "منذ عام (1891) وهو تاريخ", "عام (1891)", "1891", .year, kind: "year", relative: false)
        expectOne("لم يحدث ذلك منذ عام", "منذ عام", "2025", .year, kind: "relative", relative: true)
    }

    @Test func yearPairs() {
        #expect(TimeFixture.times("ما بين عامي 2012 و2014 قام").map(\.text) == ["2012", "2014"])
    }

    @Test func expressionsStayOnOneLine() {
        #expect(TimeFixture.times("Top 10\n\nسنوات السينما").isEmpty)
    }

    @Test func bareNumberIsNotAYear() {
        #expect(TimeFixture.mentions("بلغ عدد الزوار 2022 زائرا").isEmpty)
        #expect(TimeFixture.mentions("قتل 1950 شخصا في الحرب").isEmpty)
    }
}

@Suite("Time expressions: relative")
struct TimeRelativeTests {
    @Test func weekdays() {
        expectOne(
            "التقى الوزيران يوم الأربعاء في بكين", "يوم الأربعاء", "2026-02-04", .day, kind: "relative",
            relative: true)
        expectOne(
            "التقى الوزيران الأربعاء في بكين", "الأربعاء", "2026-02-04", .day, kind: "relative",
            relative: true)
        expectOne(
            "التقى الوزيران الخميس في بكين", "الخميس", "2026-01-29", .day, kind: "relative",
            relative: true)
        expectOne(
            "يلتقي الوزيران الأربعاء المقبل", "الأربعاء المقبل", "2026-02-11", .day, kind: "relative",
            relative: true)
        expectOne(
            "يلتقي الوزيران الخميس القادم", "الخميس القادم", "2026-02-05", .day, kind: "relative",
            relative: true)
        expectOne(
            "التقى الوزيران الأربعاء الماضي", "الأربعاء الماضي", "2026-01-28", .day, kind: "relative",
            relative: true)
        expectOne(
            "وصل مساء الثلاثاء إلى الرياض", "مساء الثلاثاء", "2026-02-03", .day, kind: "relative",
            relative: true)
        expectOne(
            "وبيوم السبت أعلن", "وبيوم السبت", "2026-01-31", .day, kind: "relative", relative: true)
    }

    @Test func todayWithWeekday() {
        expectOne(
            "أعلنت الوزارة اليوم الأربعاء أن", "اليوم الأربعاء", "2026-02-04", .day, kind: "relative",
            relative: true)
        let m = TimeFixture.mentions("أعلنت الوزارة اليوم الأربعاء أن")
        #expect(m.first?.meaning == .dayOffset(0))
        #expect(m.first?.weekday == 4)
        // Crawled on Friday 6 February: the Wednesday is still 4 February.
        expectOne(
            "أعلنت الوزارة اليوم الأربعاء أن", "اليوم الأربعاء", "2026-02-04", .day, kind: "relative",
            relative: true, anchor: CivilDate(year: 2026, month: 2, day: 6))
    }

    @Test func dayOffsets() {
        expectOne("وقال أمس إن", "أمس", "2026-02-03", .day, kind: "relative", relative: true)
        expectOne("وقال يوم أمس إن", "يوم أمس", "2026-02-03", .day, kind: "relative", relative: true)
        expectOne("وقال وأمس إن", "وأمس", "2026-02-03", .day, kind: "relative", relative: true)
        expectOne("وصل أول أمس إلى", "أول أمس", "2026-02-02", .day, kind: "relative", relative: true)
        expectOne("يصل غداً إلى", "غداً", "2026-02-05", .day, kind: "relative", relative: true)
        expectOne("يصل غدا إلى", "غدا", "2026-02-05", .day, kind: "relative", relative: true)
        expectOne("تبث الليلة مباراة", "الليلة", "2026-02-04", .day, kind: "relative", relative: true)
        expectOne("قال الوزير اليوم إن", "اليوم", "2026-02-04", .day, kind: "relative", relative: true)
    }

    @Test func todayThatIsNotToday() {
        #expect(TimeFixture.mentions("احتفل العالم باليوم العالمي للمرأة").isEmpty)
        #expect(TimeFixture.mentions("في ذلك اليوم وصل").isEmpty)
        #expect(TimeFixture.mentions("في اليوم التالي وصل").isEmpty)
        let t = TimeFixture.times("في اليوم الأول من الحرب")
        #expect(t.map(\.kind) == ["ordinal"])
    }

    @Test func periods() {
        // The anchor's ISO week is Monday 2 – Sunday 8 February 2026.
        expectOne(
            "ارتفع النفط الأسبوع الماضي", "الأسبوع الماضي", "2026", .year, kind: "relative",
            relative: true)
        expectOne(
            "يرتفع النفط الأسبوع المقبل", "الأسبوع المقبل", "2026-02", .month, kind: "relative",
            relative: true)
        expectOne(
            "يرتفع النفط الأسبوع الجاري", "الأسبوع الجاري", "2026-02", .month, kind: "relative",
            relative: true)
        expectOne(
            "ارتفع النفط هذا الأسبوع", "هذا الأسبوع", "2026-02", .month, kind: "relative", relative: true)
        expectOne(
            "ارتفع النفط نهاية الأسبوع الماضي", "نهاية الأسبوع الماضي", "2026", .year, kind: "relative",
            relative: true)
        let m = TimeFixture.mentions("ارتفع النفط نهاية الأسبوع الماضي")
        #expect(m.first?.meaning == .relativePeriod(unit: .week, offset: -1, part: .end))
        // On 20 February the week before (9–15) lies in February, its end too.
        expectOne(
            "ارتفع النفط نهاية الأسبوع الماضي", "نهاية الأسبوع الماضي", "2026-02", .month,
            kind: "relative", relative: true, anchor: CivilDate(year: 2026, month: 2, day: 20))
        expectOne(
            "ارتفع النفط الشهر الماضي", "الشهر الماضي", "2026-01", .month, kind: "relative",
            relative: true)
        expectOne(
            "ارتفع النفط هذا الشهر", "هذا الشهر", "2026-02", .month, kind: "relative", relative: true)
        expectOne(
            "ارتفع النفط العام الماضي", "العام الماضي", "2025", .year, kind: "relative", relative: true)
        expectOne(
            "ارتفع النفط العام المنصرم", "العام المنصرم", "2025", .year, kind: "relative", relative: true)
        expectOne(
            "يرتفع النفط العام الجاري", "العام الجاري", "2026", .year, kind: "relative", relative: true)
        expectOne(
            "يرتفع النفط العام الحالي", "العام الحالي", "2026", .year, kind: "relative", relative: true)
        expectOne(
            "يرتفع النفط العام المقبل", "العام المقبل", "2027", .year, kind: "relative", relative: true)
        expectOne("يرتفع النفط هذا العام", "هذا العام", "2026", .year, kind: "relative", relative: true)
        expectOne(
            "يرتفع النفط السنة المقبلة", "السنة المقبلة", "2027", .year, kind: "relative", relative: true)
        expectOne(
            "ارتفع النفط منذ بداية العام", "منذ بداية العام", "2026", .year, kind: "relative",
            relative: true)
        let s = TimeFixture.mentions("ارتفع النفط منذ بداية العام")
        #expect(s.first?.meaning == .sinceStartOf(.year))
        expectOne(
            "ارتفع النفط منذ مطلع العام الجاري", "منذ مطلع العام الجاري", "2026", .year, kind: "relative",
            relative: true)
    }

    @Test func monthsWithModifiers() {
        expectOne(
            "وقع الانفجار في يوليو الماضي", "يوليو الماضي", "2025-07", .month, kind: "relative",
            relative: true)
        expectOne(
            "وقع الانفجار في تموز الفائت", "تموز الفائت", "2025-07", .month, kind: "relative",
            relative: true)
        expectOne(
            "وقع الانفجار في يوليو/ تموز الماضي", "يوليو/ تموز الماضي", "2025-07", .month,
            kind: "relative", relative: true)
        expectOne(
            "وقع الانفجار في 24 يوليو/ تموز الفائت", "24 يوليو/ تموز الفائت", "2025-07-24", .day,
            kind: "relative", relative: true)
        expectOne(
            "تعقد القمة في مارس المقبل", "مارس المقبل", "2026-03", .month, kind: "relative",
            relative: true)
        expectOne(
            "وقع الانفجار في يناير الماضي", "يناير الماضي", "2026-01", .month, kind: "relative",
            relative: true)
        expectOne(
            "وقع الانفجار في فبراير الماضي", "فبراير الماضي", "2025-02", .month, kind: "relative",
            relative: true)
        expectOne(
            "وقع الانفجار في أواخر يوليو/ تموز الماضي", "أواخر يوليو/ تموز الماضي", "2025-07", .month,
            kind: "relative", relative: true)
        let m = TimeFixture.mentions("وقع الانفجار في أواخر يوليو/ تموز الماضي")
        #expect(m.first?.meaning == .relativeMonth(month: 7, offset: -1))
        #expect(m.first?.part == .end)
    }

    @Test func parenthesisedWeekdays() {
        expectOne(
            "قالت الوزارة أمس (الثلاثاء) إن", "أمس (الثلاثاء)", "2026-02-03", .day, kind: "relative",
            relative: true)
        expectOne(
            "قالت الوزارة اليوم (الأربعاء) إن", "اليوم (الأربعاء)", "2026-02-04", .day, kind: "relative",
            relative: true)
        expectOne(
            "قالت الوزارة أول من أمس (الاثنين) إن", "أول من أمس (الاثنين)", "2026-02-02", .day,
            kind: "relative", relative: true)
    }

    @Test func generalWeekdaysAndDays() {
        #expect(TimeFixture.mentions("ألقى خطبة صلاة الجمعة في المسجد").isEmpty)
        #expect(TimeFixture.times("تصلهم الكهرباء 3 ساعات في اليوم فقط").map(\.text) == ["3 ساعات"])
    }

    @Test func monthsOfRelativeYears() {
        expectOne(
            "وصل إلى سوريا في مارس (آذار) من العام الماضي", "مارس (آذار) من العام الماضي", "2025-03",
            .month, kind: "relative", relative: true)
        expectOne(
            "في أوائل مايو من العام الحالي", "أوائل مايو من العام الحالي", "2026-05", .month,
            kind: "relative", relative: true)
        expectOne(
            "حتى الأول من يونيو هذا العام", "الأول من يونيو هذا العام", "2026-06-01", .day,
            kind: "relative", relative: true)
    }

    @Test func ordinalDays() {
        expectOne(
            "خطف في التاسع من أغسطس 2013 على الطريق", "التاسع من أغسطس 2013", "2013-08-09", .day,
            kind: "date", relative: false)
        expectOne(
            "يبدأ في الحادي والعشرين من مارس 2024", "الحادي والعشرين من مارس 2024", "2024-03-21", .day,
            kind: "date", relative: false)
        expectOne(
            "يبدأ في الحادي عشر من سبتمبر 2001", "الحادي عشر من سبتمبر 2001", "2001-09-11", .day,
            kind: "date", relative: false)
    }

    @Test func partsOfAbsolutePeriods() {
        expectOne("تعافى الاقتصاد مطلع 2023", "مطلع 2023", "2023", .year, kind: "year", relative: false)
        let m = TimeFixture.mentions("تعافى الاقتصاد مطلع 2023")
        #expect(m.first?.part == .start)
        expectOne(
            "تعافى الاقتصاد في منتصف مارس 2023", "منتصف مارس 2023", "2023-03", .month, kind: "date",
            relative: false)
    }

    @Test func agoAmounts() {
        expectOne("وصل منذ 3 أيام", "منذ 3 أيام", "2026-02-01", .day, kind: "relative", relative: true)
        expectOne("وصل قبل يومين", "قبل يومين", "2026-02-02", .day, kind: "relative", relative: true)
        expectOne(
            "غادر منذ خمس سنوات", "منذ خمس سنوات", "2021", .year, kind: "relative", relative: true)
        expectOne("غادر منذ ساعتين", "منذ ساعتين", nil, nil, kind: "relative", relative: true)
        // قبل … من: before another event, not before the anchor.
        let t = TimeFixture.times("وصل قبل يومين من الانتخابات")
        #expect(t.map(\.text) == ["يومين"])
        #expect(t.first?.kind == "duration")
    }

    @Test func noAnchorMeansNoValue() {
        for text in [
            "يوم الأربعاء", "أمس", "الأسبوع الماضي", "يوليو الماضي", "24 يوليو", "منذ 3 أيام",
            "العام الماضي",
        ] {
            let t = TimeFixture.times("وقع ذلك \(text) هناك", anchor: nil)
            #expect(t.count == 1, "\(text)")
            #expect(t.first?.value == nil, "\(text)")
            #expect(t.first?.precision == nil, "\(text)")
        }
        // Absolute dates need no anchor.
        #expect(TimeFixture.times("في 24 يوليو 2022", anchor: nil).first?.value == "2022-07-24")
    }
}

@Suite("Time expressions: durations and ordinals")
struct TimeDurationOrdinalTests {
    func duration(_ text: String) -> (String, TimeMeaning, DurationAmount?)? {
        let d = TimeFixture.doc(text)
        guard let m = TimeFixture.tagger.mentions(in: d).first else { return nil }
        return (d.slice(m.start..<m.end), m.meaning, m.amount)
    }

    @Test func durations() throws {
        let cases: [(String, String, Int?, Int?)] = [
            ("استمر الاجتماع ساعة و25 دقيقة ثم انتهى", "ساعة و25 دقيقة", 85, nil),
            ("استمر الاجتماع أكثر من ساعة ونصف", "أكثر من ساعة ونصف", 90, nil),
            ("استمر الاجتماع لمدة ساعتين فقط", "لمدة ساعتين", 120, nil),
            ("استمر الاجتماع 3 أيام متتالية", "3 أيام", nil, 3),
            ("دخلت الحرب يومها بعد 207 أيام من القتال", "207 أيام", nil, 207),
            ("استمر الحصار خمسة وعشرين يوما", "خمسة وعشرين يوما", nil, 25),
            ("استمر الاجتماع ساعة وربع", "ساعة وربع", 75, nil),
        ]
        for (text, span, minutes, days) in cases {
            let r = try #require(duration(text), "\(text)")
            #expect(r.0 == span, "\(text)")
            if case .duration(let m, let d, let t) = r.1 {
                #expect(m == minutes, "\(text)")
                #expect(d == days, "\(text)")
                #expect(t == span)
            } else {
                Issue.record("\(text): \(r.1)")
            }
        }
        let years = try #require(duration("حكم البلاد خمس سنوات"))
        #expect(years.0 == "خمس سنوات")
        #expect(years.2 == DurationAmount(years: 5))
        expectOne("حكم البلاد خمس سنوات", "خمس سنوات", nil, nil, kind: "duration", relative: false)
    }

    @Test func durationsAreNotDates() {
        #expect(TimeFixture.times("استمر 3 أيام").map(\.kind) == ["duration"])
        #expect(TimeFixture.mentions("ذهب إلى الساعة الكبيرة").isEmpty)
        #expect(TimeFixture.mentions("انتظر ساعة").isEmpty)
    }

    @Test func ordinals() {
        let cases: [(String, String, Int)] = [
            ("في الذكرى الرابعة للحرب", "الذكرى الرابعة", 4),
            ("في الذكرى السنوية الرابعة للحرب", "الذكرى السنوية الرابعة", 4),
            ("في الذكرى ال30 للاستقلال", "الذكرى ال30", 30),
            ("في الذكرى الـ30 للاستقلال", "الذكرى الـ30", 30),
            ("أدى الرئيس السابع والأربعين اليمين", "الرئيس السابع والأربعين", 47),
            ("يزور المنطقة للمرة الأولى", "للمرة الأولى", 1),
            ("وهي المرة الأولى التي يزور فيها", "المرة الأولى", 1),
            ("الذكرى الحادية عشرة للثورة", "الذكرى الحادية عشرة", 11),
            ("الدورة الحادي والعشرين", "الدورة الحادي والعشرين", 21),
        ]
        for (text, span, value) in cases {
            let d = TimeFixture.doc(text)
            let ms = TimeFixture.tagger.mentions(in: d)
            #expect(ms.count == 1, "\(text): \(ms)")
            guard let m = ms.first else { continue }
            #expect(d.slice(m.start..<m.end) == span, "\(text)")
            #expect(m.meaning == .ordinal(value), "\(text)")
            let t = TimeFixture.resolver.resolve(m, anchor: TimeFixture.anchor, in: d)
            #expect(t.kind == "ordinal")
            #expect(t.value == nil)
        }
    }
}

@Suite("Time expressions: document-level")
struct TimeDocumentTests {
    @Test func severalMentionsInOrderWithoutOverlap() {
        let text =
            "أعلنت الوزارة اليوم الأربعاء أن الوفد وصل أمس، بعد زيارة استمرت 3 أيام في يوليو الماضي، وذلك في الذكرى الرابعة للاتفاق الموقع في 24 يوليو 2022."
        let t = TimeFixture.times(text)
        #expect(
            t.map(\.text) == [
                "اليوم الأربعاء", "أمس", "3 أيام", "يوليو الماضي", "الذكرى الرابعة", "24 يوليو 2022",
            ])
        for e in t {
            let d = TimeFixture.doc(text)
            #expect(d.slice(e.start..<e.end) == e.text)
        }
        for (a, b) in zip(t, t.dropFirst()) { #expect(a.end <= b.start) }
    }

    @Test func persianIsNotArabic() {
        #expect(TimeFixture.mentions("6 دقیقه").isEmpty)
    }
}

/// An XCTest case, so that `swift test` reports XCTest results too.
final class TimeTaggerXCTests: XCTestCase {
    func testSpecExample() {
        let text = "التقى الرئيس الصيني شي جين بينغ يوم الأربعاء في بكين."
        let t = TimeFixture.times(text)
        XCTAssertEqual(t.count, 1)
        XCTAssertEqual(t.first?.text, "يوم الأربعاء")
        XCTAssertEqual(t.first?.value, "2026-02-04")
        XCTAssertEqual(t.first?.precision, .day)
        XCTAssertEqual(t.first?.relative, true)
    }
}

@Suite("Time expressions: vocabularies")
struct TimeVocabularyTests {
    @Test func documentsWithTheirOwnVocabularyMatchToo() {
        // A document built with another vocabulary takes the String path: same result.
        let text = "وصل وللمرة الأولى يوم الأربعاء 4 فبراير بعد 3 أيام"
        let own = Document(
            source: "t", text: SourceText(text), vocabulary: MarsadKnowledge.Vocabulary())
        let shared = TimeFixture.doc(text)
        let a = TimeFixture.tagger.mentions(in: own)
        let b = TimeFixture.tagger.mentions(in: shared)
        #expect(a == b)
        #expect(b.count == 3)
    }
}
