import Foundation

/// `marsad-bench search --db PATH [--queries N]`: search latency over a store built by
/// `marsad ingest`. 1,000 queries drawn from the store's own frequent words and actor names
/// (1, 2 and 3 words), each ranked (BM25), fetched and given a snippet as `marsad search` does;
/// prints p50/p95/p99. The measurement runs inside the `marsad` binary beside this one (the
/// store module is linked there), started once.
struct SearchBench {
    let arguments: [String]

    func run() {
        var db = "marsad.db"
        var queries = 1000
        var i = 1
        while i < arguments.count {
            switch arguments[i] {
            case "--db" where i + 1 < arguments.count: db = arguments[i + 1]; i += 1
            case "--queries" where i + 1 < arguments.count: queries = Int(arguments[i + 1]) ?? queries; i += 1
            default: break
            }
            i += 1
        }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let marsad = me.deletingLastPathComponent().appendingPathComponent("marsad")
        guard FileManager.default.isExecutableFile(atPath: marsad.path) else {
            print(
                "search: needs the marsad binary beside marsad-bench (\(marsad.path)); build it with the same configuration"
            )
            exit(1)
        }
        let p = Process()
        p.executableURL = marsad
        p.arguments = ["search", "--db", db, "--benchmark", String(queries)]
        do {
            try p.run()
        } catch {
            print("search: cannot run \(marsad.path): \(error)")
            exit(1)
        }
        p.waitUntilExit()
        if p.terminationStatus != 0 { exit(p.terminationStatus) }
    }
}
