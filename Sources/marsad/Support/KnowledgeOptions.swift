import ArgumentParser
import Foundation
import MarsadKnowledge

/// `--kb FILE`: the user's own knowledge files, added to the embedded ones.
struct KnowledgeOptions: ParsableArguments {
    @Option(
        name: .customLong("kb"),
        help: ArgumentHelp(
            "A knowledge file to add (same format as the embedded data; its name says its kind, e.g. people_mine.tsv). Repeatable.",
            valueName: "file"))
    var files: [String] = []

    func load() throws -> KnowledgeBase {
        if files.isEmpty { return .embedded }
        var user: [DataFile] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read knowledge file \(path)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ValidationError("knowledge file \(path) is not UTF-8 text")
            }
            user.append(DataFile(name: path, text: text))
        }
        do {
            return try KnowledgeBase.withUserFiles(user)
        } catch {
            throw ValidationError("knowledge file \(error.description)")
        }
    }
}
