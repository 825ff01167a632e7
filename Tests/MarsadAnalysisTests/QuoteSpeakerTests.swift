import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Who said it: speakers of reporting cues, continuations and participles (fictional speakers).
@Suite struct QuoteSpeakerTests {
    func record(_ text: String) -> AnalysisRecord { FictionalKB.record(text) }

    func checkSpans(_ r: AnalysisRecord, _ text: String) {
        let t = SourceText(text)
        for q in r.quotes {
            #expect(t.slice(q.start..<q.end) == q.text)
            if let cue = q.cue { #expect(t.slice(cue.start..<cue.end) == cue.text) }
        }
    }

    /// A complement word inside a name (إن of سي إن إن) does not open reported content.
    @Test func complementWordInsideANameIsNotAComplement() {
        let text = "ذكرت لينا منصور مراسلة سي إن إن من عمّان."
        let r = record(text)
        #expect(r.quotes.isEmpty)
    }

    /// A participle ends the clause before it (أعرب عن … مؤكدا …) and speaks for the main
    /// clause's speaker, not for a place named in that clause.
    @Test func participleSpeaksForTheMainClause() {
        let text =
            "وقال كريم ناصر إن المفاوضات مستمرة. وأعرب عن استعداد عمّان لتعزيز التعاون مع القاهرة مؤكدا ثقته بنجاح الحوار."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect", "indirect", "indirect"])
        #expect(r.quotes.map(\.speaker) == ["kb:test-karim", "kb:test-karim", "kb:test-karim"])
        #expect(
            r.quotes.map(\.text) == ["المفاوضات مستمرة", "استعداد عمّان لتعزيز التعاون مع القاهرة", "ثقته بنجاح الحوار"])
        #expect(r.quotes.map { $0.cue?.text } == ["وقال", "وأعرب", "مؤكدا"])
        #expect(r.quotes[1].start == 45)
        #expect(r.quotes[2].start == 91)
    }

    /// A cue inside a quotation whose speaker is only understood (مشددا) is part of that
    /// quotation, not a quotation of its own.
    @Test func participleInsideAQuotationIsPartOfIt() {
        let text = "وأشار سامر الحداد إلى أن \"الاقتصاد ينمو بثبات مشددا على أهمية الاستثمار في التعليم والصحة\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.kind == "direct")
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.text == "الاقتصاد ينمو بثبات مشددا على أهمية الاستثمار في التعليم والصحة")
        #expect(r.quotes.first?.start == 26)
    }
}
