import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Publication dates from the text's own clues, on articles the project wrote.
@Suite struct DatingTests {
    let analyzer = Analyzer()

    func published(_ text: String, meta: [String: String] = [:]) -> PublishedDate? {
        analyzer.analyze(source: "t.txt", text: SourceText(text), meta: meta).published
    }

    @Test func explicitDateLineIsDayFirst() {
        let p = published("التاريخ : 04/02/2026\nقال المتحدث إن الاجتماع انتهى.")
        #expect(p?.date == "2026-02-04")
        #expect(p?.basis == .explicit)
        #expect(p?.evidence.first?.text == "التاريخ : 04/02/2026")
    }

    @Test func bareDateLineIsOnlyAPageDate() {
        let text = "الأحد 3 نوفمبر / November 2024\n\nخبر عن اجتماع وزاري عقد في المدينة لبحث الميزانية العامة للدولة."
        let record = analyzer.analyze(source: "t.txt", text: SourceText(text))
        #expect(record.pageDates.map(\.date) == ["2024-11-03"])
        #expect(record.published?.basis == .page)
    }

    @Test func givenDateIsUsedWhenTheTextHasNone() {
        let p = published("عنوان\n\nنص الخبر بلا تاريخ.", meta: ["date_extracted": "2015-07-21 02:51:32"])
        #expect(p?.date == "2015-07-21")
        #expect(p?.basis == .given)
    }

    @Test func todayWeekdayBeforeTheCrawlDateIsTheDay() {
        // Crawled on Friday 2015-07-24; "اليوم الأربعاء" is Wednesday 2015-07-22.
        let p = published("أعلن الوزير اليوم الأربعاء خطة جديدة.", meta: ["date_extracted": "2015-07-24 10:00:00"])
        #expect(p?.date == "2015-07-22")
    }

    @Test func dayAfterANumberedInaugurationOnItsWeekday() {
        let text =
            "التقى الوزير سامر الحداد نظيره يوم الثلاثاء بعد يوم من أداء اليمين ليصبح الرئيس السابع والأربعين للولايات المتحدة.\nوبحث الجانبان التعاون."
        let p = published(text)
        #expect(p?.date == "2025-01-21")
        #expect(p?.precision == .day)
        #expect(p?.basis == .inferred)
    }

    @Test func namedEventDayTellsTheLeadDay() {
        let text =
            "عقد الزعيمان قمة يوم حفل افتتاح دورة الألعاب الأولمبية الشتوية في العاصمة الصينية وبحثا الشراكة.\nوقال مسؤول إن القمة ناجحة."
        let p = published(text)
        #expect(p?.date == "2022-02-04")
        #expect(p?.basis == .inferred)
    }

    @Test func anniversaryAndExpiryThisWeekFixTheWeekdayOfTheLead() {
        let text = """
            أجرى الرئيسان مكالمة يوم الأربعاء مع اقتراب الذكرى الرابعة لحرب أوكرانيا.
            وجرى الاتصال وسط اقتراب موعد انتهاء معاهدة نيو ستارت هذا الأسبوع.
            """
        let p = published(text)
        #expect(p?.date == "2026-02-04")
    }

    @Test func eventLastYearGivesTheYear() {
        let text = "قال الوزير إن الأزمة اندلعت في أوكرانيا بعد الهجوم الروسي العام الماضي.\nوأضاف أن الحل سياسي."
        let p = published(text)
        #expect(p?.date == "2023")
        #expect(p?.precision == .year)
    }

    @Test func ofTwoPlacedEventsTheNearestNamedPlaceWins() {
        // Russia (Sochi 2014) and China (Beijing 2022) are both named; China is nearer the cue.
        let text =
            "عقد الزعيمان قمة يوم حفل افتتاح دورة الألعاب الأولمبية الشتوية في العاصمة الصينية بين بكين وموسكو.\nوقال مسؤول إن القمة ناجحة."
        #expect(published(text)?.date == "2022-02-04")
    }

    @Test func aPlacedEventNeedsItsPlaceNamed() {
        // The Russian offensive cue counts only where Ukraine is named in the sentence.
        let text = "قال الوزير إن الهجوم الروسي العام الماضي كان عنيفا.\nوأضاف أن الحل سياسي."
        #expect(published(text) == nil)
    }

    @Test func nothingSupportsADate() {
        #expect(published("قال المتحدث إن الاجتماع كان مثمرا.") == nil)
    }
}
