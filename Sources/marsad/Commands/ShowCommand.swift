import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One stored article with its analysis: entities, quotations and events marked in the text.",
        discussion: """
            ARTICLE is the article's number (as search prints it), its doc id (or its first 8+ \
            hex digits), its URL or its source. --format table marks the text with tags: \
            <e id=…>name</e>, <q speaker=…>quotation</q>, <ev plover=…>event</ev>; json and \
            jsonl print the analysis record; csv lists the annotations, one per row.

            Examples:
              marsad show 42
              marsad show 4a77f504 --format json
            """
    )

    @Argument(help: "The article: number, doc id (prefix), URL or source.") var article: String
    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Output format: table, json, jsonl or csv.", valueName: "format"))
    var format: ResultTable.Format = .table

    func run() throws {
        let db = try store.openForReading()
        let a = try store.call { try db.article(article) }
        guard let record = a.record else {
            StandardError.write("marsad: show: the stored record of article \(a.id) cannot be read\n")
            throw ExitCode(65)
        }
        let sink = OutputSink()
        switch format {
        case .json, .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting =
                format == .json ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
            sink.write(bytes: (try? encoder.encode(record)) ?? Data())
            sink.write("\n")
        case .csv:
            sink.write(annotations(record).render(.csv))
        case .table:
            var s = "article \(a.id)  \(a.title ?? "(untitled)")\n"
            s +=
                "outlet: \(a.outlet ?? "-")   date: \(record.published.map { "\($0.date) (\($0.basis.rawValue))" } ?? "unknown")"
            if !a.url.isEmpty { s += "   url: \(a.url)" }
            s += "\nsource: \(a.source)   id: \(a.docID)\n"
            if !record.agencies.isEmpty { s += "agencies: \(record.agencies.map(\.nameAr).joined(separator: ", "))\n" }
            s += "\n" + Marking.marked(text: a.text, record: record) + "\n\n"
            sink.write(s)
            sink.write(annotations(record).render(.table))
        }
        sink.flush()
    }

    func annotations(_ r: AnalysisRecord) -> ResultTable {
        var t = ResultTable(columns: ["kind", "id", "type", "start", "end", "text"])
        for e in r.entities {
            for m in e.mentions {
                t.rows.append([.text("entity"), .text(e.id), .text(e.type), .int(m.start), .int(m.end), .text(m.text)])
            }
        }
        for q in r.quotes {
            t.rows.append([.text("quote"), .text(q.speaker), .text(q.kind), .int(q.start), .int(q.end), .text(q.text)])
        }
        for e in r.events {
            let who = (e.source + ["->"] + e.target).joined(separator: " ")
            t.rows.append([
                .text("event"), .text(who), .text(e.plover ?? e.cameo), .int(e.evidence.start), .int(e.evidence.end),
                .text(e.evidence.text),
            ])
        }
        t.rows.sort { a, b in
            if case .int(let x) = a[3], case .int(let y) = b[3] { return x < y }
            return false
        }
        return t
    }
}
