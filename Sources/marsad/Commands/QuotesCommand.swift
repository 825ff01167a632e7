import ArgumentParser
import MarsadStore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quotations in the store, by speaker.",
        discussion: """
            Examples:
              marsad quotes --speaker 'شي جين بينغ'
              marsad quotes --speaker Q7747 --format jsonl
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("Only quotations of this speaker (a name or id).", valueName: "actor")) var speaker:
        String?
    @OptionGroup var dates: DateFilterOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let db = try store.openForReading()
        let ids = try speaker.map { try ActorResolver.resolve($0, store: db, option: "--speaker") }
        listing.print(try store.call { try db.quotes(speakers: ids, filters: dates.filters, limit: listing.limit) })
    }
}
