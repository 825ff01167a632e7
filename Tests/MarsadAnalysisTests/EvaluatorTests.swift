import Foundation
import MarsadText
import Testing

@testable import MarsadAnalysis

/// The evaluator aligns gold entities with ours, and scores speakers through that alignment.
@Suite struct EvaluatorTests {
    let text = "قالت وزارة الخارجية الصينية إن المحادثات مثمرة."

    func gold(speaker: String) throws -> GoldDocument {
        let json = """
            {"doc": "t.txt", "headline": null, "published": {"date": null, "precision": "unknown", "basis": ""},
             "agencies": [], "boilerplate_lines": [], "duplicate_paragraphs": [],
             "entities": [{"type": "ORG", "canonical_ar": "وزارة الخارجية الصينية", "canonical_en": "Chinese Foreign Ministry",
                           "wikidata": null, "roles": [], "mentions": ["وزارة الخارجية الصينية"]}],
             "quotes": [{"speaker_en": "\(speaker)", "kind": "indirect", "cue": "قالت ... إن", "text": "المحادثات مثمرة"}],
             "events": []}
            """
        return try JSONDecoder().decode(GoldDocument.self, from: Data(json.utf8))
    }

    func record() -> AnalysisRecord {
        var r = AnalysisRecord(doc: DocInfo(id: "x", source: "t.txt", length: text.unicodeScalars.count, meta: [:]))
        r.body = [Span(start: 0, end: text.unicodeScalars.count)]
        r.entities = [
            EntityRecord(
                id: "kb:mfa-CHN", type: "ORG", nameAr: "وزارة الخارجية الصينية",
                nameEn: "Ministry of Foreign Affairs of China",
                country: "CHN", cameo: "CHNGOV", roles: [],
                mentions: [TextSpan(text: "وزارة الخارجية الصينية", start: 5, end: 27)])
        ]
        r.quotes = [
            QuoteRecord(
                speaker: "kb:mfa-CHN", kind: "indirect", cue: TextSpan(text: "قالت", start: 0, end: 4),
                text: "المحادثات مثمرة",
                start: 31, end: 46, via: [])
        ]
        return r
    }

    @Test func speakerNamedDifferentlyMatchesThroughTheEntityAlignment() throws {
        var report = EvalReport()
        Evaluator().evaluate(
            gold: try gold(speaker: "Chinese Foreign Ministry"), record: record(), text: SourceText(text), into: &report
        )
        #expect(report.fields["entities"]?.truePositives == 1)
        #expect(report.fields["quotes"]?.truePositives == 1)
    }

    @Test func anotherSpeakerDoesNotMatch() throws {
        var report = EvalReport()
        Evaluator().evaluate(
            gold: try gold(speaker: "Russian Foreign Ministry"), record: record(), text: SourceText(text), into: &report
        )
        #expect(report.fields["quotes"]?.truePositives == 0)
    }

    @Test func actorNamedWithoutAMentionIsNoRecognisedEntity() throws {
        var report = EvalReport()
        var r = record()
        r.entities.append(
            EntityRecord(
                id: "kb:the-west", type: "LOC", nameAr: "الغرب", nameEn: "the West", country: nil, cameo: nil,
                roles: [], mentions: []))
        Evaluator().evaluate(
            gold: try gold(speaker: "Chinese Foreign Ministry"), record: r, text: SourceText(text), into: &report)
        #expect(report.fields["entities"]?.predicted == 1)
        #expect(report.fields["entities"]?.truePositives == 1)
    }
}
