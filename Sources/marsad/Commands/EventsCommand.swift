import ArgumentParser
import MarsadStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Coded events in the store (who did what to whom, when).",
        discussion: """
            --actor A alone lists events where A is source or target; with --target B, events \
            where A is a source and B a target. --type takes a PLOVER type (CONSULT, AID, ...).

            Examples:
              marsad events --actor 'بوتين' --target 'الصين'
              marsad events --type CONSULT --from 2026-02-01 --format csv
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("An actor taking part (name or id).", valueName: "actor")) var actor: String?
    @Option(help: ArgumentHelp("An actor among the targets (name or id).", valueName: "actor")) var target: String?
    @Option(help: ArgumentHelp("PLOVER event type.", valueName: "type")) var type: String?
    @OptionGroup var dates: DateFilterOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let db = try store.openForReading()
        let a = try actor.map { try ActorResolver.resolve($0, store: db) }
        let t = try target.map { try ActorResolver.resolve($0, store: db, option: "--target") }
        listing.print(
            try store.call {
                try db.events(actor: a, target: t, type: type, filters: dates.filters, limit: listing.limit)
            })
    }
}
