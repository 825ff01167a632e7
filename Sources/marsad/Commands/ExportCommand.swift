import ArgumentParser
import Foundation
import MarsadStore

extension ExportFormat: ExpressibleByArgument {}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the store: analysis records, an article table, or events in GDELT's layout.",
        discussion: """
            Formats:
              jsonl          one analysis record per line (spec/analysis-format.md)
              csv            one row per article: article, doc_id, url, source, outlet, published,
                             precision, basis, title, length, agencies, entities, quotes, events
              gdelt-events   one row per event, tab-separated, GDELT 2.0 column names
                             (GLOBALEVENTID, SQLDATE, Actor1Code, ... EventCode, QuadClass, SOURCEURL)
                             plus PLOVER, Mode, Context and Evidence

            Examples:
              marsad export --format jsonl > records.jsonl
              marsad export --format gdelt-events --from 2015-07-01 --output events.tsv
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("jsonl, csv or gdelt-events.", valueName: "format")) var format: ExportFormat = .jsonl
    @OptionGroup var dates: DateFilterOptions
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?

    func run() throws {
        let db = try store.openForReading()
        let sink = try OutputSink.open(output)
        try store.call { try db.export(format, filters: dates.filters) { sink.write($0) } }
        sink.flush()
    }
}
