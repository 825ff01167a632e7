import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Quotation marks around names and titles (an outlet, a film, a slogan, an organisation) mark
/// no speech (fictional speakers).
@Suite struct QuotationNameTests: QuoteFixture {

    /// The outlet a statement was given to (لـ«الأنباء») is no quotation, and the report after
    /// it is found.
    @Test func outletAfterTheCueIsAName() {
        let text = "وقال سامر الحداد في تصريحات لـ«الأنباء» إن الحكومة ستواصل دعم القطاع الزراعي."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.kind == "indirect")
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.text == "الحكومة ستواصل دعم القطاع الزراعي")
    }

    /// A quoted speaker's name between the cue and the colon is not what was said.
    @Test func quotedSpeakerNameIsAName() {
        let text = "قال سامر الحداد إن الوضع مستقر. وقال \"الحداد\": \"لا خوف على المحافظات الشمالية\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect", "direct"])
        #expect(r.quotes.last?.text == "لا خوف على المحافظات الشمالية")
        #expect(r.quotes.last?.speaker == "kb:test-samer")
    }

    /// A title after a naming noun (فيلم “…”) is a name, with or without a cue around it.
    @Test func titleAfterANamingNounIsAName() {
        let text = "وبدأت لينا منصور مسيرتها الفنية في فيلم “ليالي القاهرة الطويلة” عام 1990."
        #expect(record(text).quotes.isEmpty)
        let reported = "وقالت لينا منصور إن فيلم “ليالي القاهرة الطويلة” حقق نجاحا كبيرا."
        let r = record(reported)
        checkSpans(r, reported)
        #expect(r.quotes.map(\.kind) == ["indirect"])
        #expect(r.quotes.first?.text == "فيلم “ليالي القاهرة الطويلة” حقق نجاحا كبيرا")
    }

    /// A quotation inside a sentence with no reporting cue is a title or a scare quote, even when
    /// the sentence names a person.
    @Test func quotationWithoutACueInsideASentenceIsNotSpeech() {
        let text = "ويروي سامر الحداد قصصا من «قلب المعركة في الشمال» عن معاناة الأبرياء."
        #expect(record(text).quotes.isEmpty)
    }

    /// A quotation that is exactly an entity's name is that name.
    @Test func quotedEntityNameIsAName() {
        let text = "وقال سامر الحداد إن «الأمم المتحدة» مطالبة بالتحرك العاجل."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect"])
        #expect(r.quotes.first?.text == "«الأمم المتحدة» مطالبة بالتحرك العاجل")
    }

    /// A place inside an unknown subject (رئيس بلدية عمّان) does not speak.
    @Test func placeInsideASubjectDoesNotSpeak() {
        let text = "وقال رئيس بلدية عمّان إن الشوارع ستغلق يوم الجمعة."
        #expect(record(text).quotes.isEmpty)
    }

    /// A short quotation where the verb's subject stands (وأفادت «…» في تقريرها) is that
    /// subject's name.
    @Test func quotedSubjectIsAName() {
        let text = "قال سامر الحداد إن الوضع مستقر. وأفادت «الشبكة الأردنية للحقوق» في تقريرها بمقتل عشرة مدنيين."
        #expect(record(text).quotes.map(\.text) == ["الوضع مستقر"])
    }

    /// A place's name after its head noun (مستوطنة "…") inside a report is a name.
    @Test func placeNameAfterItsHeadIsAName() {
        let text = "وقال سامر الحداد إن الجيش سيحمي مستوطنة \"الوادي الأخضر\" من الهجمات."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect"])
    }

    /// A quotation inside a clause before a cue (مثل “الجلابية”، قال X) is not what X said; a
    /// quotation opening its sentence before the cue is.
    @Test func quotationInsideAClauseBeforeACueIsNotSpeech() {
        let text = "وعن الزي التقليدي مثل “الجلابية”، قال سامر الحداد: “المواقف كثيرة في الغربة”."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.text) == ["المواقف كثيرة في الغربة"])
        let before = "«سنعود قريبا إلى العاصمة»، قال سامر الحداد."
        #expect(record(before).quotes.map(\.text) == ["سنعود قريبا إلى العاصمة"])
    }
}
