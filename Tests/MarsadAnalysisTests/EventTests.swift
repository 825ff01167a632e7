import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

@Suite struct EventTests {
    func record(_ text: String, date: String = "2025-03-07") -> AnalysisRecord { FictionalKB.record(text, date: date) }

    func checkEvidence(_ r: AnalysisRecord, _ text: String) {
        let t = SourceText(text)
        for e in r.events { #expect(t.slice(e.evidence.start..<e.evidence.end) == e.evidence.text) }
    }

    @Test func jointSubjectGivesMutualParties() {
        let text = "أجرى سامر الحداد ولينا منصور محادثات مطولة في العاصمة."
        let r = record(text)
        checkEvidence(r, text)
        #expect(r.events.count == 1)
        let e = r.events.first
        #expect(e?.plover == "CONSULT")
        #expect(e?.cameo == "040")
        #expect(e?.source == ["kb:test-samer", "kb:test-lina"])
        #expect(e?.target == ["kb:test-lina", "kb:test-samer"])
        #expect(e?.context == [])
        #expect(e?.evidence.text == "أجرى سامر الحداد ولينا منصور محادثات")
    }

    @Test func negatedEvent() {
        let text = "لم يلتق سامر الحداد لينا منصور خلال الزيارة."
        let r = record(text)
        checkEvidence(r, text)
        let e = r.events.first { $0.plover == "CONSULT" && $0.mode == "meeting" }
        #expect(e != nil)
        #expect(e?.source.first == "kb:test-samer")
        #expect(e?.target.contains("kb:test-lina") ?? false)
        #expect(e?.context == ["negated"])
    }

    @Test func futureEvent() {
        let text = "ومن المقرر أن يزور سامر الحداد مصر الأسبوع المقبل."
        let r = record(text)
        checkEvidence(r, text)
        let e = r.events.first { $0.cameo == "042" }
        #expect(e != nil)
        #expect(e?.plover == "CONSULT")
        #expect(e?.mode == "visit")
        #expect(e?.source == ["kb:test-samer"])
        #expect(e?.target == ["Q79"])
        #expect(e?.context == ["future"])
        // الأسبوع المقبل from Friday 2025-03-07: the following week.
        #expect(e?.date?.hasPrefix("2025-03") ?? false)
    }

    @Test func relativeDateResolvedOnEvent() {
        // Published on Friday 2025-03-07; يوم الثلاثاء is 2025-03-04.
        let text = "التقى سامر الحداد يوم الثلاثاء لينا منصور في القاهرة."
        let r = record(text)
        checkEvidence(r, text)
        let e = r.events.first { $0.cameo == "040" }
        #expect(e != nil)
        #expect(e?.date == "2025-03-04")
        #expect(e?.precision == .day)
        #expect(e?.source.contains("kb:test-samer") ?? false)
        #expect(e?.target.contains("kb:test-lina") ?? false)
    }
}
