import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Fictional people for the quote and event tests: nobody real is made to say anything.
enum FictionalKB {
    static let people = """
        # source: test fixtures, fictional people
        id\tname_en\tnames_ar\tshort_ar\tcountry\tcameo\troles
        kb:test-samer\tSamer Haddad\tسامر الحداد\tالحداد\tJOR\tJORGOV\t
        kb:test-lina\tLina Mansour\tلينا منصور\tمنصور\tEGY\tEGYGOV\t
        kb:test-karim\tKarim Nasser\tكريم ناصر\tناصر\tJOR\tJORGOV\t
        kb:test-nader\tNader Salim\tنادر سليم\tسليم\tJOR\tJORGOV\tforeign_minister@JOR@2020-01-01@
        kb:test-hala\tHala Youssef\tهالة يوسف\tيوسف\tEGY\tEGYGOV\tforeign_minister@EGY@2021-05-01@
        """

    static let knowledge: KnowledgeBase = {
        do {
            return try KnowledgeBase.withUserFiles([DataFile(name: "people_test.tsv", text: people)])
        } catch {
            fatalError("test knowledge: \(error)")
        }
    }()

    static let analyzer = Analyzer(knowledge: knowledge)

    static func record(_ text: String, date: String = "2025-03-07") -> AnalysisRecord {
        analyzer.analyze(source: "t.txt", text: SourceText(text), meta: ["date": date])
    }
}

/// What every quotation suite needs: the analysis over the fictional people, and the check
/// that each quotation's span and cue are exact slices of the text.
protocol QuoteFixture {}

extension QuoteFixture {
    func record(_ text: String) -> AnalysisRecord { FictionalKB.record(text) }

    func checkSpans(_ r: AnalysisRecord, _ text: String) {
        let t = SourceText(text)
        for q in r.quotes {
            #expect(t.slice(q.start..<q.end) == q.text)
            if let cue = q.cue { #expect(t.slice(cue.start..<cue.end) == cue.text) }
        }
    }
}

@Suite struct QuoteTests: QuoteFixture {

    @Test func directQuoteWithTheSpeakerAfterIt() {
        let text = "«سنواصل العمل من أجل السلام»، قال وزير الخارجية سامر الحداد."
        let r = record(text)
        checkSpans(r, text)
        let direct = r.quotes.filter { $0.kind == "direct" }
        #expect(direct.count == 1)
        #expect(direct.first?.text == "سنواصل العمل من أجل السلام")
        #expect(direct.first?.start == 1)
        #expect(direct.first?.speaker == "kb:test-samer")
        #expect(direct.first?.cue?.text == "قال")
    }

    @Test func quoteSpanningTwoSentences() {
        let text = "قال سامر الحداد: «الوضع صعب. لكننا متفائلون بالمستقبل». ثم غادر القاعة."
        let r = record(text)
        checkSpans(r, text)
        let direct = r.quotes.filter { $0.kind == "direct" }
        #expect(direct.count == 1)
        #expect(direct.first?.text == "الوضع صعب. لكننا متفائلون بالمستقبل")
        #expect(direct.first?.speaker == "kb:test-samer")
        #expect(direct.first?.cue?.text == "قال")
        // The clause outside the marks is only the frame: no indirect entry.
        #expect(r.quotes.filter { $0.kind == "indirect" }.isEmpty)
    }

    @Test func reportedClauseWithAnna() {
        let text = "وأكد كريم ناصر أن المحادثات كانت مثمرة وبناءة."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        let q = r.quotes.first
        #expect(q?.kind == "indirect")
        #expect(q?.speaker == "kb:test-karim")
        #expect(q?.cue?.text == "وأكد")
        #expect(q?.text == "المحادثات كانت مثمرة وبناءة")
        #expect(q?.start == 18)
    }

    @Test func attributionWithWifqan() {
        let text = "ووفقاً لسامر الحداد، فإن الاتفاق سيوقع قريباً في العاصمة."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        let q = r.quotes.first
        #expect(q?.kind == "indirect")
        #expect(q?.speaker == "kb:test-samer")
        #expect(q?.cue?.text == "ووفقاً")
        #expect(q?.text == "الاتفاق سيوقع قريباً في العاصمة")
    }

    @Test func pronounContinuation() {
        let text = "قال سامر الحداد إن الوضع مستقر. وأضاف أن الحكومة مستعدة للحوار مع الجميع."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 2)
        let second = r.quotes.last
        #expect(second?.speaker == "kb:test-samer")
        #expect(second?.cue?.text == "وأضاف")
        #expect(second?.text == "الحكومة مستعدة للحوار مع الجميع")
    }

    @Test func relayChain() {
        let text = "ونقلت وكالة الأنباء الأردنية (بترا) عن سامر الحداد قوله إن الحدود ستفتح الأسبوع المقبل."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        let q = r.quotes.first
        #expect(q?.speaker == "kb:test-samer")
        #expect(q?.text == "الحدود ستفتح الأسبوع المقبل")
        #expect(q?.cue?.text == "ونقلت")
        let agency = r.entities.first { $0.nameEn?.contains("Petra") ?? false }
        #expect(agency != nil)
        #expect(q?.via == agency.map { [$0.id] })
    }
}
