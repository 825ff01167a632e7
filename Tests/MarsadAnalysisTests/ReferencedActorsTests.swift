import MarsadText
import Testing

@testable import MarsadAnalysis

/// Every id a quotation or an event names resolves among the record's entities, also when the
/// text names the actor only as a collective (الدول الغربية).
@Suite struct ReferencedActorsTests {
    @Test func collectiveActorIsListedWithoutMentions() {
        let text = "فرضت الدول الغربية عقوبات على مصر."
        let r = Analyzer().analyze(source: "t.txt", text: SourceText(text))
        #expect(r.events.map(\.source) == [["kb:the-west"]])
        let west = r.entities.first { $0.id == "kb:the-west" }
        #expect(west?.nameEn == "the West")
        #expect(west?.mentions == [])
        #expect(r.entities.first { $0.id == "Q79" }?.mentions.map(\.text) == ["مصر"])
    }

    @Test func everyNamedIdResolves() {
        let text = """
            فرضت الدول الغربية عقوبات على مصر. وقال المتحدث سالم الدوسري إن بلاده ستدعم الصين.
            """
        let r = Analyzer().analyze(source: "t.txt", text: SourceText(text))
        let listed = Set(r.entities.map(\.id))
        let named = r.events.flatMap { $0.source + $0.target } + r.quotes.compactMap(\.speaker)
        #expect(!named.isEmpty)
        #expect(named.allSatisfy { listed.contains($0) })
        // Listed once, however often named.
        #expect(r.entities.count == listed.count)
    }
}
