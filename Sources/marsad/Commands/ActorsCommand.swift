import ArgumentParser
import MarsadStore

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "The most mentioned actors in the store, or those seen with another.",
        discussion: """
            Counts articles (and mentions) per actor. With --with ACTOR: the actors mentioned in \
            the same articles as ACTOR, most frequent first.

            Examples:
              marsad actors --limit 20
              marsad actors --with 'بوتين' --from 2015-07-01 --format csv
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(
        name: .customLong("with"),
        help: ArgumentHelp("List the actors that co-occur with this one.", valueName: "actor"))
    var with: String?
    @OptionGroup var dates: DateFilterOptions
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let db = try store.openForReading()
        let ids = try with.map { try ActorResolver.resolve($0, store: db, option: "--with") }
        let table = try store.call { try db.actors(with: ids, filters: dates.filters, limit: listing.limit) }
        listing.print(table)
    }
}
