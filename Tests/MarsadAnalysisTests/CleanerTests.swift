import MarsadText
import Testing

@testable import MarsadAnalysis

/// Each kind of web furniture leaves the body; content never does.
@Suite struct CleanerTests {
    let analyzer = Analyzer()

    func record(_ text: String, hasTitle: Bool = false) -> AnalysisRecord {
        analyzer.analyze(source: "t.txt", text: SourceText(text), hasTitle: hasTitle)
    }

    func reasons(_ r: AnalysisRecord) -> [String: String] {
        Dictionary(r.boilerplate.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
    }

    func bodyText(_ r: AnalysisRecord, _ text: String) -> [String] {
        let t = SourceText(text)
        return r.body.map { t.slice($0.start..<$0.end) }
    }

    static let lead = "قال المتحدث باسم الوزارة سامي الكردي إن الاجتماع الذي عقد في العاصمة كان مثمرا وبناء للغاية."
    static let second =
        "وأضاف أن الجانبين اتفقا على مواصلة المشاورات خلال الأسابيع المقبلة لبحث الملفات العالقة بينهما."

    @Test func shareFollowAndReadMoreButtons() {
        let text = "\(Self.lead)\nشارك القصة\n\(Self.second)\nتابع القراءة"
        let r = record(text)
        #expect(bodyText(r, text) == [Self.lead, Self.second])
        #expect(Set(r.boilerplate.map(\.text)) == ["شارك القصة", "تابع القراءة"])
    }

    @Test func englishCommentFormAndNavigation() {
        let text = "\(Self.lead)\n\(Self.second)\nLEAVE A REPLY\nPlease enter your comment!\nExit mobile version"
        let r = record(text)
        #expect(bodyText(r, text) == [Self.lead, Self.second])
        #expect(r.boilerplate.count == 3)
        #expect(reasons(r)["LEAVE A REPLY"] == "comment form")
    }

    @Test func signOffCodeOfSingleLetters() {
        let text = "\(Self.lead)\n\(Self.second)\nس ل ق / ن ع ع"
        #expect(reasons(record(text))["س ل ق / ن ع ع"] == "sign-off")
    }

    @Test func captionWithCreditAndItsRepeat() {
        let caption = "وزيران يتصافحان قبل الاجتماع في العاصمة"
        let text = "\(Self.lead)\n\(caption)\n\(caption) - غيتي\n\(Self.second)"
        let r = record(text)
        #expect(bodyText(r, text) == [Self.lead, Self.second])
        #expect(reasons(r)[caption] == "caption")
        #expect(reasons(r)["\(caption) - غيتي"] == "caption")
    }

    @Test func parenthesisedPhotoCredit() {
        let caption = "مشهد من الاجتماع الوزاري في العاصمة (الصورة: غيتي)"
        let r = record("\(Self.lead)\n\(caption)\n\(Self.second)")
        #expect(reasons(r)[caption] == "caption")
    }

    @Test func sourcesBlockIsCreditAndNamesTheOutlet() {
        let text = "\(Self.lead)\n\(Self.second)\nالمصادر:\nرويترز - أ ف ب"
        let r = record(text)
        #expect(reasons(r)["المصادر:"] == "credit")
        #expect(reasons(r)["رويترز - أ ف ب"] == "credit")
        #expect(r.outlet?.name == "رويترز")
        #expect(r.agencies.map(\.id) == ["reuters", "afp"])
    }

    @Test func repeatedHeadlineAndNearDuplicateParagraph() {
        let headline = "الحكومة تعلن خطة جديدة للنقل العام"
        let near = Self.second.replacingOccurrences(of: "بينهما.", with: "بينهما")
        let text = "\(headline)\n\(headline)\n\(Self.lead)\n\(Self.second)\n\(near) اليوم."
        let r = record(text)
        #expect(r.headline?.text == headline)
        #expect(r.duplicates.count == 2)
        #expect(r.duplicates[0].of == Span(start: 0, end: headline.unicodeScalars.count))
        #expect(bodyText(r, text) == [headline, Self.lead, Self.second])
    }

    @Test func proseIsNeverFurnitureEvenWhenShort() {
        let text = "\(Self.lead)\nرفض العقوبات\n\(Self.second)"
        #expect(bodyText(record(text), text) == [Self.lead, "رفض العقوبات", Self.second])
    }

    @Test func collectionTitleIsTheHeadline() {
        let text = "عنوان الخبر.\n\n\(Self.lead)"
        let r = record(text, hasTitle: true)
        #expect(r.headline == TextSpan(text: "عنوان الخبر.", start: 0, end: 12))
    }

    @Test func datelineAndAgencyOfAWireCopy() {
        let text = "بكين - 4 - 2 (كونا) -- \(Self.lead)\n\(Self.second)"
        let r = record(text)
        #expect(r.dateline == Dateline(city: "بكين", start: 0, end: 4))
        #expect(r.agencies.map(\.id) == ["kuna"])
        #expect(r.outlet?.name == "كونا")
    }

    @Test func outletSourceTag() {
        let text = "الراصد/- \(Self.lead)\n\(Self.second)"
        let r = record(text)
        #expect(r.outlet == NamedSpan(name: "الراصد", start: 0, end: 6))
        #expect(r.agencies.first?.id == "local:الراصد")
        #expect(r.agencies.first?.nameEn == nil)
    }

    @Test func commonWordOutletNeedsACreditContext() {
        // الوطن is a newspaper and a common noun: only "صحيفة الوطن" credits it.
        let text = "\(Self.lead) وقال إن الوطن يمر بمرحلة صعبة.\nونقلت صحيفة الوطن عنه قوله إن الخطة جاهزة."
        let r = record(text)
        #expect(r.agencies.count == 1)
        // "صحيفة الوطن" is itself a listed form, so the longest match covers both words.
        #expect(r.agencies.first?.mentions.map(\.text) == ["صحيفة الوطن"])
        #expect(
            r.agencies.first?.mentions.first?.start == text.unicodeScalars.count
                - "صحيفة الوطن عنه قوله إن الخطة جاهزة.".unicodeScalars.count)
    }
}
