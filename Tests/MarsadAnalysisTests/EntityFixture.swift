import MarsadKnowledge
import MarsadText

@testable import MarsadAnalysis

/// The entity stage on a test sentence, and its mentions as comparable strings.
enum EntityFixture {
    static let stage = EntityStage(knowledge: .embedded)

    /// The mentions of the entities of `type` in `text`, each "start-end:text", after
    /// `label(entity) + " "` when a label is given.
    static func mentions(_ type: String, in text: String, label: ((EntityRecord) -> String)? = nil) -> [String] {
        var doc = Document(source: "test", text: SourceText(text))
        stage.run(&doc)
        return doc.record.entities.filter { $0.type == type }.flatMap { e in
            let prefix = label.map { $0(e) + " " } ?? ""
            return e.mentions.map { prefix + "\($0.start)-\($0.end):\($0.text)" }
        }
    }
}
