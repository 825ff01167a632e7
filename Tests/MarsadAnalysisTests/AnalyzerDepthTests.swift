import MarsadAnalysis
import MarsadText
import Testing

/// The shorter depths exist to measure stage costs; they must stop exactly where they say.
@Suite struct AnalyzerDepthTests {
    let text = "قال المتحدث سالم الدوسري يوم الأربعاء إن روسيا والصين ستعززان التعاون.\n"

    @Test func eachDepthStopsAfterItsStages() {
        let base = Analyzer(depth: .base).analyze(source: "t.txt", text: SourceText(text))
        let entities = Analyzer(depth: .entities).analyze(source: "t.txt", text: SourceText(text))
        let full = Analyzer().analyze(source: "t.txt", text: SourceText(text))
        #expect(base.entities.isEmpty)
        #expect(base.times.count == 1)
        #expect(entities.entities.compactMap(\.nameEn).sorted() == ["China", "Russia"])
        #expect(entities.entities.first?.nameAr == "سالم الدوسري")
        #expect(entities.quotes.isEmpty && entities.events.isEmpty)
        #expect(full.quotes.count == 1)
        #expect(full.entities.compactMap(\.nameEn).sorted() == entities.entities.compactMap(\.nameEn).sorted())
    }
}
