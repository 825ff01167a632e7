import Foundation
import MarsadAnalysis
import Testing

@testable import MarsadStore

/// Runs the built `marsad` binary, kills it with SIGKILL in the middle of an ingest, then ingests
/// again: every article must be stored exactly once with its complete analysis.
@Suite struct CrashRecoveryTests {
    static let binary: URL? = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("marsad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }()

    /// A JSON Lines collection: seed texts made distinct by a numbered line, each with a URL.
    static func makeInput(in dir: URL, count: Int) throws -> URL {
        let seeds = seedArticles().map(\.text)
        var out = ""
        for i in 0..<count {
            let text = seeds[i % seeds.count] + "\nرقم \(i)"
            let object: [String: String] = [
                "url": "http://example.com/\(i)", "content": text, "source": "outlet\(i % 3)",
                "date": "2015-07-2\(i % 9)",
            ]
            let data = try JSONSerialization.data(withJSONObject: object)
            out += String(decoding: data, as: UTF8.self) + "\n"
        }
        let url = dir.appendingPathComponent("input.jsonl")
        try Data(out.utf8).write(to: url)
        return url
    }

    static func run(_ args: [String]) throws -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func storedCount(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path), let store = try? Store(path: path, readOnly: true) else {
            return 0
        }
        return (try? store.articleCount()) ?? 0
    }

    @Test(.enabled(if: binary != nil && hasSeeds, "needs the marsad binary and ../shared/seeds"))
    func killNineThenIngestAgain() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let total = 240
        let input = try Self.makeInput(in: dir, count: total)
        let db = dir.appendingPathComponent("crash.db").path
        let args = ["ingest", input.path, "--db", db, "--batch", "8", "--quiet"]

        // Kill twice at different moments: once as soon as something is stored, once later.
        var killedWithPartialStore = false
        for round in 0..<2 {
            let p = try Self.run(args)
            let deadline = Date().addingTimeInterval(120)
            let target = round == 0 ? 1 : total / 2
            while p.isRunning && Date() < deadline && Self.storedCount(db) < target {
                usleep(5_000)
            }
            if round == 1 { usleep(UInt32.random(in: 0..<50_000)) }
            if p.isRunning {
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
                #expect(p.terminationReason == .uncaughtSignal)
                let n = Self.storedCount(db)
                if n < total { killedWithPartialStore = true }
            } else {
                p.waitUntilExit()
            }
        }
        #expect(killedWithPartialStore)

        let final = try Self.run(args)
        final.waitUntilExit()
        #expect(final.terminationStatus == 0)

        let store = try Store(path: db)
        #expect(try store.articleCount() == total)
        #expect(try store.integrityCheck() == "ok")
        try store.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT url) FROM article") == total)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_fts") == total)
            #expect(
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM article WHERE id NOT IN (SELECT rowid FROM article_fts)") == 0)
            // Every record is complete and its query rows are all there.
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT id, doc_id, record, (SELECT COUNT(*) FROM mention m WHERE m.article_id = article.id) FROM article"
            )
            for row in rows {
                let record = try JSONDecoder().decode(AnalysisRecord.self, from: Data((row[2] as String).utf8))
                #expect(record.doc.id == row[1] as String)
                #expect(record.entities.reduce(0) { $0 + $1.mentions.count } == row[3] as Int)
            }
        }
    }
}

extension CrashRecoveryTests {
    static func output(_ args: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test(.enabled(if: binary != nil)) func badInputIsReportedAndTheRestStored() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = dir.appendingPathComponent("good.txt")
        try Data("استقبل الملك سلمان في الرياض الرئيس اليمني وبحثا الأوضاع في اليمن.".utf8).write(to: good)
        let bad = dir.appendingPathComponent("bad.json")
        try Data("[{\"title\": \"x\", ".utf8).write(to: bad)
        let db = dir.appendingPathComponent("s.db").path
        let r = try Self.output(["ingest", bad.path, good.path, "--db", db])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.json"))
        #expect(r.stderr.contains("1 new"))
        let again = try Self.output(["ingest", good.path, "--db", db])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 new") && again.stderr.contains("1 already stored"))
        let quiet = try Self.output(["ingest", good.path, "--db", db, "--quiet"])
        #expect(quiet.stderr.isEmpty)

        // Search from the command line: variants found, hostile queries get a message, not SQL.
        let found = try Self.output(["search", "والرياض", "--db", db, "--format", "jsonl"])
        #expect(found.status == 0 && found.stdout.contains("[الرياض]"))
        for hostile in ["\"", "*", "NEAR(", "'); DROP TABLE article; --"] {
            let h = try Self.output(["search", hostile, "--db", db])
            #expect(h.status == 0 || h.status == 1)
            #expect(!h.stderr.lowercased().contains("sql"))
        }
        #expect(try Store(path: db, readOnly: true).articleCount() == 1)
        let csv = try Self.output(["export", "--format", "csv", "--db", db])
        #expect(csv.stdout.hasPrefix(ExportFormat.csv.columns.joined(separator: ",") + "\r\n"))
        let missing = try Self.output(["search", "x", "--db", dir.appendingPathComponent("none.db").path])
        #expect(missing.status == 74 && missing.stderr.contains("no store here"))
    }
}

import GRDB
