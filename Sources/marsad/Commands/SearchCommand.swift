import ArgumentParser
import Foundation
import MarsadStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the store's articles (Arabic full text, ranked by BM25).",
        discussion: """
            Words match in any form: with or without clitics (بوتين finds وبوتين, علاقات finds \
            بالعلاقات), harakat, tatweel, alef and hamza forms, ة/ه and ى/ي, and common plural and \
            pronoun endings. All words must occur; "two words" is a phrase; A OR B takes either; \
            word* matches words starting so. Other characters are read as text, never as query \
            syntax.

            Examples:
              marsad search 'بوتين'
              marsad search '"مجلس الأمن" OR الأمم' --from 2015-07-01 --to 2015-07-31
              marsad search النفط --outlet aleqtisadiya --actor 'السعودية' --format json
            """
    )

    @Argument(help: "The query (quote it for the shell).") var query: [String] = []
    @OptionGroup var store: StoreOptions
    @OptionGroup var dates: DateFilterOptions
    @Option(
        help: ArgumentHelp(
            "Only articles mentioning this actor (a name or id the knowledge base resolves).", valueName: "actor"))
    var actor: String?
    @OptionGroup var listing: ListingOptions
    /// `marsad-bench search` runs this: N queries drawn from the store, latency percentiles.
    @Option(help: .hidden) var benchmark: Int?

    func validate() throws {
        if benchmark != nil { return }
        if query.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("Give a query.")
        }
    }

    func run() throws {
        if let benchmark {
            let db = try store.openForReading()
            let report = try store.call { try SearchBenchmark.run(store: db, count: benchmark) }
            print(report.description, terminator: "")
            return
        }
        let parsed: SearchQuery
        do {
            parsed = try SearchQuery(query.joined(separator: " "))
        } catch {
            StandardError.write("marsad: search: \(error)\n")
            throw ExitCode(1)
        }
        let db = try store.openForReading()
        var filters = dates.filters
        if let actor { filters.actors = try ActorResolver.resolve(actor, store: db) }
        let marks: Snippet.Marks = listing.format == .table && isatty(1) != 0 ? .ansiBold : .brackets
        let hits = try store.call { try db.search(parsed, filters: filters, limit: listing.limit, marks: marks) }
        if listing.format == .table {
            let sink = OutputSink()
            if hits.isEmpty { sink.write("(nothing found)\n") }
            for (i, h) in hits.enumerated() {
                var head = "\(i + 1). [\(h.id)] \(h.title ?? "(untitled)")"
                head +=
                    "\n   "
                    + [h.outlet ?? "-", h.published ?? "date unknown", String(format: "score %.2f", h.score)].joined(
                        separator: " · ")
                sink.write(head + "\n   " + h.snippet + "\n\n")
            }
            sink.flush()
        } else {
            var table = ResultTable(columns: [
                "article", "score", "title", "outlet", "date", "url", "source", "doc_id", "snippet",
            ])
            for h in hits {
                table.rows.append([
                    .int(Int(h.id)), .double(h.score), .text(h.title), .text(h.outlet), .text(h.published),
                    .text(h.url.isEmpty ? nil : h.url),
                    .text(h.source), .text(h.docID), .text(h.snippet),
                ])
            }
            listing.print(table)
        }
    }
}
