import MarsadAnalysis
import MarsadText
import Testing

/// The shorter depths (`--depth`, and the stage costs of the benchmark) stop exactly where
/// they say; grouping articles changes no record.
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

    /// Articles analysed together, stage by stage, give the records they give one by one.
    @Test func groupsGiveTheRecordsOfSingleArticles() {
        let texts = [
            text,
            "الرياض (واس) - أعلنت وزارة الخارجية الصينية أمس أنها ستستضيف محادثات مع روسيا.\n",
            "",
            "وقالت المتحدثة هالة الشمري: «سنفتتح المعرض في مارس 2016».\nوأضافت أن المعرض يضم مئة جناح.\n",
        ]
        let inputs = texts.enumerated().map {
            Analyzer.Input(source: "t\($0.offset).txt", text: SourceText($0.element))
        }
        for depth in Analyzer.Depth.allCases {
            let analyzer = Analyzer(depth: depth)
            let together = analyzer.analyze(inputs).map { $0.jsonBytes() }
            let alone = inputs.map {
                analyzer.analyze(source: $0.source, text: $0.text, meta: $0.meta, hasTitle: $0.hasTitle).jsonBytes()
            }
            #expect(together == alone, "\(depth)")
        }
        #expect(Analyzer().analyze([]).isEmpty)
    }
}
