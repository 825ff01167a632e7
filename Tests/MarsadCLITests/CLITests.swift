import Foundation
import Testing
import XCTest

/// Runs the built `marsad` binary as a user would: exit codes, standard error, and the rule
/// that one bad input never stops the others.
struct CLI {
    /// The `marsad` executable beside the test bundle (same build folder).
    static let binary: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("marsad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/marsad")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    static func scratch() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite struct CLITests {
    @Test func versionAndHelp() throws {
        #expect(try CLI.run(["--version"]).stdout == "0.1.0\n")
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("analyze"))
        #expect(help.stdout.contains("Exit codes: 0 success, 1 usage error, 65 bad input data"))
    }

    @Test func usageErrorExitsWithOne() throws {
        let r = try CLI.run(["analyze"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Missing expected argument"))
        #expect(try CLI.run(["no-such-command"]).status == 1)
    }

    @Test func nerScoresACoNLLFileWithContext() throws {
        let dir = CLI.scratch()
        let file = dir.appendingPathComponent("sample.conll")
        let conll = "وصل O\nألبرتو B-PERS\nفيرانتي I-PERS\n\nوقال O\nفيرانتي B-PERS\nإن O\n"
        try conll.write(to: file, atomically: true, encoding: .utf8)
        let withContext = try CLI.run(["ner", "--conll", file.path])
        #expect(withContext.status == 0)
        #expect(withContext.stdout.contains("PERS     1.000      1.000  1.000   (2/2, 2/2)"))
        let alone = try CLI.run(["ner", "--conll", file.path, "--context", "0"])
        #expect(alone.stdout.contains("PERS     1.000      0.500  0.667   (1/1, 1/2)"))
        let bad = try CLI.run(["ner", "--conll", file.path, "--context=-1"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("--context must be 0 or more, not -1"))
    }

    @Test func badInputsAreReportedAndTheRestGoOn() throws {
        let dir = CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("a.txt")
        try Data("قال المتحدث إن الاجتماع كان مثمرا.".utf8).write(to: good)
        let bad = dir.appendingPathComponent("b.txt")
        try Data([0x61, 0xFF, 0x62]).write(to: bad)
        let json = dir.appendingPathComponent("c.json")
        try Data("[{\"title\": ".utf8).write(to: json)
        let r = try CLI.run(["analyze", bad.path, good.path, json.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("\(bad.path): byte 1: invalid UTF-8"))
        #expect(r.stderr.contains("\(json.path): "))
        #expect(r.stderr.contains("malformed JSON"))
        let records = r.stdout.split(separator: "\n")
        #expect(records.count == 1)
        #expect(records.first?.contains("\"source\":\"\(good.path)\"") == true)
    }

    @Test func missingFileIsAnIOError() throws {
        let r = try CLI.run(["analyze", "/nonexistent/marsad.txt"])
        #expect(r.status == 74)
        #expect(r.stderr == "marsad: /nonexistent/marsad.txt: no such file or folder\n")
    }

    @Test func unwritableOutputNamesTheMissingFolder() throws {
        let r = try CLI.run(["analyze", "-", "--output", "/nonexistent/marsad/out.jsonl"], stdin: "نص.")
        #expect(r.status == 74)
        #expect(r.stderr == "marsad: /nonexistent/marsad/out.jsonl: cannot write: no such folder /nonexistent/marsad\n")
    }

    @Test func analyzeReadsStandardInput() throws {
        let r = try CLI.run(["analyze", "-"], stdin: "موسكو (أ ف ب) – قال المتحدث إن الاجتماع كان مثمرا.")
        #expect(r.status == 0)
        let record = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(record?["schema"] as? String == "marsad.analysis/1")
        #expect((record?["dateline"] as? [String: Any])?["city"] as? String == "موسكو")
        #expect((record?["doc"] as? [String: Any])?["source"] as? String == "-")
    }

    /// `--depth` stops after a stage: the later fields stay empty; a wrong name is refused.
    @Test func analyzeDepthStopsAfterAStage() throws {
        let text = "وقالت وزارة الخارجية الصينية في بيان إن «الحوار هو الطريق»."
        func fields(_ depth: String?) throws -> [String: Int] {
            let r = try CLI.run(["analyze", "-"] + (depth.map { ["--depth", $0] } ?? []), stdin: text)
            #expect(r.status == 0, "\(r.stderr)")
            let record = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            return ["entities", "quotes", "events"].reduce(into: [:]) { counts, key in
                counts[key] = (record?[key] as? [Any])?.count ?? -1
            }
        }
        #expect(try fields("base") == ["entities": 0, "quotes": 0, "events": 0])
        let entities = try fields("entities")
        #expect(entities["entities"]! >= 1 && entities["quotes"] == 0)
        #expect(try fields(nil)["quotes"] == 1)
        #expect(try fields("full") == fields(nil))
        let wrong = try CLI.run(["analyze", "-", "--depth", "deep"], stdin: text)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("The value 'deep' is invalid for '--depth <depth>'"))
    }

    @Test func tokenizeWritesOneTokenPerLine() throws {
        let r = try CLI.run(["tokenize", "-"], stdin: "وبوتين «قال»")
        let lines = r.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == 4)
        #expect(lines[0]?["text"] as? String == "وبوتين")
        #expect(lines[0]?["kind"] as? String == "arabic")
        #expect(lines[0]?["start"] as? Int == 0)
        #expect(lines[0]?["end"] as? Int == 6)
        #expect(lines[1]?["kind"] as? String == "quote")
    }

    @Test func normalizeFoldsHarakatAlefAndDigits() throws {
        let r = try CLI.run(["normalize", "-"], stdin: "أَعْلَنَ الرَّئيسُ ٢٠٢٢")
        #expect(r.stdout == "اعلن الرئيس 2022\n")
    }
}

/// XCTest still runs beside Swift Testing; one case keeps its count honest.
final class CLIXCTests: XCTestCase {
    func testEmptyFileIsBadData() throws {
        let dir = CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
        let r = try CLI.run(["sentences", empty.path])
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "marsad: \(empty.path): empty file\n")
    }
}
