import ArgumentParser
import Dispatch
import Foundation
import MarsadCorpus
import MarsadStore

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Stories: articles reporting the same event across outlets; or near-duplicate copies.",
        discussion: """
            Articles join one story when they are near-duplicates (MinHash over 3-word shingles, \
            estimated Jaccard ≥ 0.6: a wire copy republished by several outlets), or when they are \
            dated to the day at most two days apart, share at least two actors and have similar \
            texts (TF-IDF cosine, a shared event type helping). Each story lists its outlets, the \
            agencies credited and its first report, and the facts its reports agree or disagree \
            on: numbers with what they count (15 مصليا against 16 مصليا), durations and dated \
            days, compared over the reports that give one value each (facts column; structured \
            in JSON). --duplicates lists only near-duplicate groups.

            Examples:
              marsad stories --from 2015-07-21 --to 2015-07-22
              marsad stories --actor 'اليمن' --format json
              marsad stories --duplicates --format csv
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var dates: DateFilterOptions
    @Option(help: ArgumentHelp("Only articles mentioning this actor (name or id).", valueName: "actor")) var actor:
        String?
    @Flag(help: "List near-duplicate groups (copies of one text) instead of stories.") var duplicates = false
    @Option(help: ArgumentHelp("Only stories of at least this many articles.", valueName: "n")) var minArticles = 2
    @OptionGroup var listing: ListingOptions

    func run() throws {
        let db = try store.openForReading()
        var filters = dates.filters
        if let actor { filters.actors = try ActorResolver.resolve(actor, store: db) }
        let t0 = DispatchTime.now().uptimeNanoseconds
        let articles = try store.call { try db.corpusArticles(filters: filters) }
        let t1 = DispatchTime.now().uptimeNanoseconds
        var table = ResultTable(columns: [
            "story", "articles", "first_date", "first_outlet", "first_article", "headline", "outlets", "agencies",
            "actors", "event_types", "members", "facts",
        ])
        var summary: String
        if duplicates {
            let groups = NearDuplicates.groups(articles.map(\.signature))
            let t2 = DispatchTime.now().uptimeNanoseconds
            for (k, g) in groups.enumerated() where g.count >= minArticles {
                let sorted = g.sorted {
                    (articles[$0].date ?? "9999", articles[$0].id) < (articles[$1].date ?? "9999", articles[$1].id)
                }
                let first = articles[sorted[0]]
                var outlets: [String] = []
                var agencies: [String] = []
                for m in sorted {
                    if let o = articles[m].outlet, !outlets.contains(o) { outlets.append(o) }
                    for a in articles[m].agencies where !agencies.contains(a) { agencies.append(a) }
                }
                table.rows.append(
                    row(
                        k + 1, sorted, first: first, outlets: outlets, agencies: agencies, actors: [], events: [],
                        articles: articles) + [factsCell([])])
            }
            let copies = groups.reduce(0) { $0 + $1.count }
            summary = String(
                format:
                    "%d near-duplicate groups (%d articles) among %d articles; loaded in %.2f s, grouped in %.2f s\n",
                groups.count, copies, articles.count, Double(t1 - t0) / 1e9, Double(t2 - t1) / 1e9)
        } else {
            let stories = StoryClustering().stories(articles)
            let t2 = DispatchTime.now().uptimeNanoseconds
            let names = try store.call { try db.entityNames(Array(Set(stories.flatMap { $0.actors.prefix(6) }))) }
            var shown = 0
            for (k, s) in stories.enumerated() where s.members.count >= minArticles {
                let actors = s.actors.prefix(6).map { names[$0] ?? $0 }
                let ids = s.members.map { articles[$0].id }
                let stored = try store.call { try db.articles(ids: ids, withRecords: true) }
                let reports = ids.compactMap { id -> (article: Int64, facts: [ReportedFact])? in
                    guard let a = stored[id], let record = a.record else { return nil }
                    return (id, ReportedFact.facts(record: record, text: a.text))
                }
                table.rows.append(
                    row(
                        k + 1, s.members, first: articles[s.first], outlets: s.outlets, agencies: s.agencies,
                        actors: actors, events: s.eventTypes, articles: articles) + [
                            factsCell(StoryFact.compare(reports))
                        ])
                shown += 1
                if shown >= listing.limit { break }
            }
            let multi = stories.filter { $0.members.count > 1 }
            summary = String(
                format:
                    "%d stories among %d articles (%d with several articles, %d across several outlets); loaded in %.2f s, clustered in %.2f s\n",
                stories.count, articles.count, multi.count, multi.filter { $0.outlets.count > 1 }.count,
                Double(t1 - t0) / 1e9, Double(t2 - t1) / 1e9)
        }
        if duplicates, table.rows.count > listing.limit { table.rows = Array(table.rows.prefix(listing.limit)) }
        listing.print(table)
        if listing.format == .table { StandardError.write(summary) }
    }

    /// The facts the reports agree or disagree on: a short text in tables, structure in JSON.
    func factsCell(_ facts: [StoryFact]) -> ResultTable.Cell {
        if listing.format == .table || listing.format == .csv {
            let shown = facts.prefix(6).map { f -> String in
                let values = f.values.map { v in "\(v.text) (\(v.articles.map(String.init).joined(separator: ",")))" }
                return (f.agree ? "agree: " : "differ: ") + values.joined(separator: " | ")
            }
            return .text(shown.joined(separator: "; "))
        }
        let objects = facts.map { f -> String in
            let values = f.values.map { v in
                "{\"value\":\(ResultTable.jsonString(v.value)),\"text\":\(ResultTable.jsonString(v.text)),\"articles\":[\(v.articles.map(String.init).joined(separator: ","))]}"
            }
            return
                "{\"kind\":\(ResultTable.jsonString(f.kind)),\"key\":\(ResultTable.jsonString(f.key)),\"agree\":\(f.agree),\"values\":[\(values.joined(separator: ","))]}"
        }
        return .json("[" + objects.joined(separator: ",") + "]")
    }

    func row(
        _ n: Int, _ members: [Int], first: CorpusArticle, outlets: [String], agencies: [String], actors: [String],
        events: [String], articles: [CorpusArticle]
    )
        -> [ResultTable.Cell]
    {
        func list(_ xs: [String]) -> ResultTable.Cell {
            listing.format == .table || listing.format == .csv
                ? .text(xs.joined(separator: "; "))
                : .json("[" + xs.map(ResultTable.jsonString).joined(separator: ",") + "]")
        }
        let ids = members.map { String(articles[$0].id) }
        let memberCell: ResultTable.Cell =
            listing.format == .table || listing.format == .csv
            ? .text(ids.joined(separator: " ")) : .json("[" + ids.joined(separator: ",") + "]")
        return [
            .int(n), .int(members.count), .text(first.date), .text(first.outlet), .int(Int(first.id)),
            .text(first.title), list(outlets), list(agencies),
            list(actors), list(events), memberCell,
        ]
    }
}
