import ArgumentParser
import MarsadStore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Day by day: articles and events about an actor (optionally with another).",
        discussion: """
            Examples:
              marsad timeline --actor 'بوتين'
              marsad timeline --actor 'السعودية' --with 'اليمن' --format csv
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The actor (name or id).", valueName: "actor")) var actor: String
    @Option(
        name: .customLong("with"), help: ArgumentHelp("Only articles also mentioning this actor.", valueName: "actor"))
    var with: String?
    @OptionGroup var dates: DateFilterOptions
    @Option(help: ArgumentHelp("Output format: table, json, jsonl or csv.", valueName: "format"))
    var format: ResultTable.Format = .table

    func run() throws {
        let db = try store.openForReading()
        let a = try ActorResolver.resolve(actor, store: db)
        let w = try with.map { try ActorResolver.resolve($0, store: db, option: "--with") }
        let table = try store.call { try db.timeline(actor: a, with: w, filters: dates.filters) }
        let sink = OutputSink()
        sink.write(table.render(format))
        sink.flush()
    }
}
