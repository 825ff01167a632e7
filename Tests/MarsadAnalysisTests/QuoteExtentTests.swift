import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Where reported content ends, and when a quotation inside it is the whole report
/// (fictional speakers).
@Suite struct QuoteExtentTests: QuoteFixture {

    /// A subject noun phrase followed by a quotation that completes its clause is only the
    /// frame of that quotation; the clause after the closing mark and a comma is the narrator's.
    @Test func subjectAndQuotationIsADirectQuoteOnly() {
        let text = "قال كريم ناصر إن العلاقات الأردنية المصرية \"تجاوزت كل الصعاب\"، وتعهد بمواصلة التنسيق مع القاهرة."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        let q = r.quotes.first
        #expect(q?.kind == "direct")
        #expect(q?.speaker == "kb:test-karim")
        #expect(q?.cue?.text == "قال")
        #expect(q?.text == "تجاوزت كل الصعاب")
        #expect(q?.start == 44)
    }

    /// The same with the verb's obligation frame before the quotation (يتعين على X "…").
    @Test func obligationFrameAndQuotationIsADirectQuoteOnly() {
        let text = "وشدد سامر الحداد على أنه يتعين على البلدين \"مواصلة التنسيق في كل الملفات\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["direct"])
        #expect(r.quotes.first?.text == "مواصلة التنسيق في كل الملفات")
        #expect(r.quotes.first?.speaker == "kb:test-samer")
    }

    /// A quotation opening with a purpose لـ is an adjunct: the clause before it stands on its
    /// own, and both the clause and the quotation are recorded.
    @Test func purposeQuotationKeepsTheClause() {
        let text = "وقالت لينا منصور إن الحكومة مستعدة للعمل مع الشركاء \"لتحقيق نتائج ملموسة للمواطنين\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect", "direct"])
        #expect(r.quotes.map(\.speaker) == ["kb:test-lina", "kb:test-lina"])
        #expect(r.quotes.first?.text == "الحكومة مستعدة للعمل مع الشركاء \"لتحقيق نتائج ملموسة للمواطنين\"")
        #expect(r.quotes.last?.text == "لتحقيق نتائج ملموسة للمواطنين")
    }

    /// A contrast after the closing mark (لكنه لم …) is the narrator's, not the speaker's.
    @Test func contrastAfterAQuotationIsTheNarrators() {
        let text = "وقال سامر الحداد إن المحادثات \"تناولت ملفات التعاون الثنائي كافة\" لكنه لم يذكر ملف المياه."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["direct"])
        #expect(r.quotes.first?.text == "تناولت ملفات التعاون الثنائي كافة")
    }

    /// A quotation in the middle of a longer clause keeps both records.
    @Test func quotationInsideAClauseKeepsBoth() {
        let text = "ودعا كريم ناصر الجانبين إلى وضع \"خطة عمل مشتركة\" لتطوير التبادل التجاري."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect", "direct"])
        #expect(r.quotes.first?.text == "وضع \"خطة عمل مشتركة\" لتطوير التبادل التجاري")
        #expect(r.quotes.last?.text == "خطة عمل مشتركة")
        #expect(r.quotes.last?.speaker == "kb:test-karim")
    }

    /// A closing mark whose opening mark was dropped after a colon: the quotation runs from the
    /// colon (وتابع: …").
    @Test func lostOpeningMarkAfterAColon() {
        let text = "قال سامر الحداد: \"الوضع صعب جدا في الشمال\". وتابع: الحكومة تعمل ليلا ونهارا لحل الأزمة\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["direct", "direct"])
        #expect(r.quotes.last?.text == "الحكومة تعمل ليلا ونهارا لحل الأزمة")
        #expect(r.quotes.last?.cue?.text == "وتابع")
        #expect(r.quotes.last?.speaker == "kb:test-samer")
    }

    /// A stray closing mark in a narrative paragraph makes no quotation, and the report keeps
    /// its text without the mark.
    @Test func strayClosingMarkIsNoQuotation() {
        let text = "أعلنت وزارة الخارجية الأردنية أمس أن الاجتماع تأجل إلى موعد لاحق\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect"])
        #expect(r.quotes.first?.text == "الاجتماع تأجل إلى موعد لاحق")
    }

    /// Speech going on after a closing mark up to another closing mark (”. ونرحب … ») is the
    /// same speaker's.
    @Test func speechGoingOnAfterAClosingMark() {
        let text = "وقال سامر الحداد: «نسمع تصريحات كثيرة عن السلام». ونرحب بكل مبادرة جادة في هذا الاتجاه»."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["direct", "direct"])
        #expect(r.quotes.last?.text == "ونرحب بكل مبادرة جادة في هذا الاتجاه")
        #expect(r.quotes.last?.speaker == "kb:test-samer")
    }
}
