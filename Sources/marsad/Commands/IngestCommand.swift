import ArgumentParser
import Dispatch
import Foundation
import MarsadAnalysis
import MarsadInput
import MarsadKnowledge
import MarsadStore
import MarsadText
import Synchronization

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and keep them, with their analysis, in a store (SQLite).",
        discussion: """
            The store is one SQLite file (marsad.db here, or --db PATH): each article's text and \
            metadata, its analysis record, tables of its entities, mentions, quotes and events, \
            and an Arabic full-text index (see `marsad search`).

            An article is identified by the hash of its text and its URL when the input gives one: \
            ingesting the same input twice stores it once, and articles already stored are not \
            analysed again unless --reanalyze is given (which re-runs the analysis in place). \
            Without inputs, --reanalyze re-analyses every stored article.

            Analysis runs on all cores; writes go in batches, each one transaction, so an \
            interrupted ingest (even kill -9) leaves every stored article complete, and running \
            the same command again finishes the work.

            Examples:
              marsad ingest corpus/ --db news.db
              marsad ingest 2015-07-21.zip 2015-07-22.zip
              marsad ingest --reanalyze --db news.db
            """
    )

    @Argument(help: "Files, folders (read recursively) or - for standard input.")
    var inputs: [String] = []
    @OptionGroup var store: StoreOptions
    @OptionGroup var knowledge: KnowledgeOptions
    @Flag(help: "Re-run the analysis of articles already stored, in place.") var reanalyze = false
    @Flag(help: "Print nothing but errors (no progress, no summary).") var quiet = false
    @Option(help: ArgumentHelp("Articles per write transaction.", valueName: "n")) var batch = 256

    func validate() throws {
        if inputs.isEmpty && !reanalyze {
            throw ValidationError("Give at least one input file, folder or - (or --reanalyze to re-analyse the store).")
        }
        if batch < 1 { throw ValidationError("--batch must be at least 1.") }
    }

    func run() throws {
        let analyzer = Analyzer(knowledge: try knowledge.load())
        let db = try store.open()
        let status = RunStatus()
        let started = DispatchTime.now()
        let timing = AnalysisTiming()
        let writer = IngestWriter(store: db, replace: reanalyze, timing: timing)
        var skipped = 0
        var analysed = 0

        let files = InputFiles.expand(inputs)
        var sizes: [String: Int64] = [:]
        for case .success(let path) in files {
            sizes[path] =
                (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.int64Value ?? 0
        }
        let progress = IngestProgress(enabled: !quiet && isatty(2) != 0, totalBytes: max(1, sizes.values.reduce(0, +)))

        func analyse(_ articles: [Article], fileBytes: Int64) {
            var done = 0
            for start in stride(from: 0, to: articles.count, by: batch) {
                let chunk = Array(articles[start..<min(articles.count, start + batch)])
                let prepared = parallelMap(chunk) { article -> PreparedArticle in
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let record = analyzer.analyze(
                        source: article.source, text: SourceText(article.text), meta: article.meta,
                        hasTitle: article.hasTitle)
                    let t1 = DispatchTime.now().uptimeNanoseconds
                    let p = PreparedArticle(
                        source: article.source, text: article.text, meta: article.meta, record: record)
                    timing.add(analysis: t1 - t0, preparation: DispatchTime.now().uptimeNanoseconds - t1)
                    return p
                }
                writer.submit(prepared)
                done += chunk.count
                analysed += chunk.count
                progress.update(
                    articles: analysed, bytes: Int64(Double(fileBytes) * Double(done) / Double(articles.count)))
            }
            progress.finishFile(bytes: fileBytes)
        }

        if !inputs.isEmpty {
            var known = reanalyze ? Set<ArticleKey>() : try store.call { try db.existingKeys() }
            for file in files {
                switch file {
                case .failure(let failure): status.report(failure)
                case .success(let path):
                    var articles: [Article] = []
                    for item in ArticleReader.read(path: path) {
                        switch item {
                        case .failure(let failure): status.report(failure)
                        case .article(let article): articles.append(article)
                        }
                    }
                    let keys = parallelMap(articles) { ArticleKey(text: $0.text, meta: $0.meta) }
                    var todo: [Article] = []
                    for (article, key) in zip(articles, keys) {
                        if known.insert(key).inserted {
                            todo.append(article)
                        } else {
                            skipped += 1
                        }
                    }
                    analyse(todo, fileBytes: sizes[path] ?? 0)
                }
            }
        } else {
            // Re-analyse the whole store from its own texts.
            var stored: [Article] = []
            try store.call {
                try db.forEachArticle { a in
                    stored.append(Article(source: a.source, text: a.text, meta: a.meta))
                }
            }
            analyse(stored, fileBytes: 1)
        }

        let result: WriteResult
        do {
            result = try writer.finish()
        } catch {
            progress.clear()
            StandardError.write("marsad: \(db.path): \(error)\n")
            throw ExitCode(74)
        }
        progress.clear()
        db.checkpoint()
        if !quiet {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            let total = (try? db.articleCount()) ?? 0
            let rate = seconds > 0 ? Double(analysed) / seconds : 0
            var line =
                "marsad: ingest: \(result.inserted) new, \(result.replaced) re-analysed, \(skipped + result.skipped) already stored"
            if status.failed { line += ", \(status.dataFailures + status.ioFailures) failed" }
            line += String(format: " in %.1f s (%.0f articles/s", seconds, rate)
            if analysed > 0 { line += ", " + timing.shares }
            line += "); \(db.path): \(total) articles, \(StoreOptions.megabytes(db.sizeOnDisk()))\n"
            StandardError.write(line)
        }
        try status.finish()
    }
}

/// Writes prepared batches on a serial queue while the next batch is analysed: at most two
/// batches wait, so memory stays bounded.
final class IngestWriter: Sendable {
    let store: Store
    let replace: Bool
    let queue = DispatchQueue(label: "marsad.ingest.writer")
    let slots = DispatchSemaphore(value: 2)
    let state = Mutex<(result: WriteResult, error: StoreError?)>((WriteResult(), nil))

    let timing: AnalysisTiming

    init(store: Store, replace: Bool, timing: AnalysisTiming) {
        self.store = store
        self.replace = replace
        self.timing = timing
    }

    func submit(_ batch: [PreparedArticle]) {
        guard !batch.isEmpty else { return }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            if state.withLock({ $0.error != nil }) { return }
            do {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let r = try store.write(batch, replace: replace)
                timing.writing.add(DispatchTime.now().uptimeNanoseconds - t0, ordering: .relaxed)
                state.withLock {
                    $0.result.inserted += r.inserted
                    $0.result.replaced += r.replaced
                    $0.result.skipped += r.skipped
                }
            } catch let error as StoreError {
                state.withLock { $0.error = error }
            } catch {
                state.withLock { $0.error = .database("\(error)") }
            }
        }
    }

    func finish() throws(StoreError) -> WriteResult {
        queue.sync {}
        let (result, error) = state.withLock { ($0.result, $0.error) }
        if let error { throw error }
        return result
    }
}

/// Time spent in the analysis, in preparing rows (JSON, search terms, signature) and in writing
/// (SQLite, on the writer thread).
final class AnalysisTiming: Sendable {
    let analysis = Atomic<UInt64>(0)
    let preparation = Atomic<UInt64>(0)
    let writing = Atomic<UInt64>(0)

    func add(analysis a: UInt64, preparation p: UInt64) {
        analysis.add(a, ordering: .relaxed)
        preparation.add(p, ordering: .relaxed)
    }

    /// "analysis 80%, rows 8%, writes 12% of thread time" (writes are wall time on the writer
    /// thread, waiting for a core included).
    var shares: String {
        let a = Double(analysis.load(ordering: .relaxed))
        let p = Double(preparation.load(ordering: .relaxed))
        let w = Double(writing.load(ordering: .relaxed))
        let total = max(a + p + w, 1)
        return String(
            format: "thread time: analysis %.0f%%, rows %.0f%%, writes %.0f%%", a / total * 100, p / total * 100,
            w / total * 100)
    }
}

/// The progress line on a terminal: articles, articles/s, share done and time left.
final class IngestProgress {
    let enabled: Bool
    let totalBytes: Int64
    var doneBytes: Int64 = 0
    var lastDraw: UInt64 = 0
    let started = DispatchTime.now().uptimeNanoseconds
    var drawn = false

    init(enabled: Bool, totalBytes: Int64) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    func update(articles: Int, bytes inFile: Int64) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 200_000_000 else { return }
        lastDraw = now
        let elapsed = Double(now - started) / 1e9
        let fraction = min(1, Double(doneBytes + inFile) / Double(totalBytes))
        let rate = elapsed > 0 ? Double(articles) / elapsed : 0
        var line = String(format: "\r\u{1B}[Kingest: %d articles, %.0f/s, %.0f%%", articles, rate, fraction * 100)
        if fraction > 0.01 {
            let left = elapsed / fraction - elapsed
            line += String(format: ", about %.0f s left", left)
        }
        StandardError.write(line)
        drawn = true
    }

    func finishFile(bytes: Int64) { doneBytes += bytes }

    func clear() {
        if drawn { StandardError.write("\r\u{1B}[K") }
        drawn = false
    }
}

// MARK: - Shared by the store commands

/// `--db PATH`: where the store is.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The store (an SQLite file).", valueName: "path"))
    var path = "marsad.db"

    /// Opens the store for writing (created when missing).
    func open() throws -> Store {
        do {
            return try Store(path: path)
        } catch {
            StandardError.write("marsad: \(error)\n")
            throw ExitCode(74)
        }
    }

    /// Opens an existing store for reading.
    func openForReading() throws -> Store {
        do {
            return try Store(path: path, readOnly: true)
        } catch {
            StandardError.write("marsad: \(error)\n")
            throw ExitCode(74)
        }
    }

    /// Runs a store call, turning its error into a message and exit code 74.
    @discardableResult
    func call<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            StandardError.write("marsad: \(error)\n")
            if case .notFound = error { throw ExitCode(1) }
            throw ExitCode(74)
        }
    }

    static func megabytes(_ bytes: Int64) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
}

extension ResultTable.Format: ExpressibleByArgument {}

/// `--format`, `--limit`.
struct ListingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Output format: table, json, jsonl or csv.", valueName: "format"))
    var format: ResultTable.Format = .table
    @Option(help: ArgumentHelp("At most this many rows.", valueName: "n")) var limit = 50

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func print(_ table: ResultTable) {
        let sink = OutputSink()
        sink.write(table.render(format))
        sink.flush()
    }
}

/// `--from`, `--to`, `--outlet`.
struct DateFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only articles published on or after this day (YYYY-MM-DD).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Only articles published on or before this day (YYYY-MM-DD).", valueName: "date"))
    var to: String?
    @Option(
        help: ArgumentHelp(
            "Only articles of this outlet (as stored: the input's source field, or the outlet named in the text).",
            valueName: "name"))
    var outlet: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            let parts = value.split(separator: "-", omittingEmptySubsequences: false)
            let ok =
                (1...3).contains(parts.count) && parts[0].count == 4
                && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            if !ok { throw ValidationError("\(name) takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '\(value)'.") }
        }
    }

    var filters: ArticleFilters { ArticleFilters(from: from, to: to, outlet: outlet) }
}

/// Resolves `--actor NAME` to entity ids: a stored id, any name or id the knowledge base
/// resolves (clitics, alef forms, short names), or a name stored with the entities.
enum ActorResolver {
    static func resolve(_ name: String, store: Store, knowledge: KnowledgeBase = .embedded, option: String = "--actor")
        throws -> [String]
    {
        var ids: [String] = []
        func add(_ id: String) { if !ids.contains(id) { ids.append(id) } }
        let stored = (try? store.entityIDs(named: name)) ?? []
        if stored.contains(name) { return [name] }
        if knowledge.actors.contains(where: { $0.id == name }) { return [name] }
        let lookup = EntityLookup(name, knowledge: knowledge)
        for e in lookup.entities where !e.id.hasPrefix("local:") { add(e.id) }
        if ids.isEmpty {
            for r in lookup.readings
            where (r.table == "names" || r.table == "short names") && r.length == lookup.keys.count {
                for a in r.actors { add(knowledge.actors[a].id) }
            }
        }
        for id in stored { add(id) }
        if ids.isEmpty {
            StandardError.write(
                "marsad: \(option) \(name): no actor known by this name or id (try `marsad kb lookup '\(name)'` or `marsad actors`)\n"
            )
            throw ExitCode(1)
        }
        return ids
    }
}
