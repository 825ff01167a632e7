import Dispatch
import Foundation
import GRDB
import MarsadAnalysis
import Synchronization

/// Filters shared by the listing commands. Dates compare as `YYYY-MM-DD` strings (inclusive).
public struct ArticleFilters: Sendable {
    public var from: String?
    public var to: String?
    public var outlet: String?
    /// Entity ids: an article must mention one of them.
    public var actors: [String]?

    public init(from: String? = nil, to: String? = nil, outlet: String? = nil, actors: [String]? = nil) {
        self.from = from
        self.to = to
        self.outlet = outlet
        self.actors = actors
    }

    /// SQL conditions on `alias` (the article table) and their arguments.
    func sql(_ alias: String) -> (String, [DatabaseValueConvertible?]) {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let from {
            conditions.append("\(alias).published >= ?")
            args.append(from)
        }
        if let to {
            // A day's articles are in, and so is "2015-07" when to is in July.
            conditions.append("\(alias).published <= ?")
            args.append(to + "\u{FFFF}")
        }
        if let outlet {
            conditions.append("\(alias).outlet = ? COLLATE NOCASE")
            args.append(outlet)
        }
        if let actors {
            conditions.append(
                "\(alias).id IN (SELECT article_id FROM entity WHERE entity_id IN (\(Self.placeholders(actors.count))))"
            )
            args.append(contentsOf: actors.map { $0 as DatabaseValueConvertible? })
        }
        return (conditions.joined(separator: " AND "), args)
    }

    /// `?, ?, …` for an `IN (…)` list; an empty list is `NULL`, which nothing equals (a `?`
    /// with no argument to bind would be an SQL error).
    static func placeholders(_ n: Int) -> String {
        n == 0 ? "NULL" : Array(repeating: "?", count: n).joined(separator: ", ")
    }
}

public struct SearchHit: Sendable {
    public var id: Int64
    public var docID: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var url: String
    public var source: String
    public var score: Double
    public var snippet: String
}

public struct StoredArticle: Sendable {
    public var id: Int64
    public var docID: String
    public var url: String
    public var source: String
    public var outlet: String?
    public var title: String?
    public var published: String?
    public var text: String
    public var metaJSON: String
    public var recordJSON: String

    public var meta: [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(metaJSON.utf8))) ?? [:]
    }

    public var record: AnalysisRecord? {
        try? JSONDecoder().decode(AnalysisRecord.self, from: Data(recordJSON.utf8))
    }
}

extension Store {
    /// Parts a search's ranking is split into (one per core, at most 4).
    static let searchParts = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))

    // MARK: Search

    /// Ranks matching articles with BM25 (best first) and makes a snippet for each.
    public func search(
        _ query: SearchQuery, filters: ArticleFilters = ArticleFilters(), limit: Int = 10,
        marks: Snippet.Marks = .brackets
    )
        throws(StoreError) -> [SearchHit]
    {
        let (conditions, filterArgs) = filters.sql("a")
        // Ranking costs in proportion to the matches (BM25 is computed for each): the rowid
        // range is split into parts ranked at once on separate read connections, and the best
        // of each merged (BM25's statistics are the whole table's, so scores compare).
        let expression = query.ftsExpression
        let maxID: Int64 = try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM article") ?? 0 }
        let parts = maxID > 4000 ? Store.searchParts : 1
        let step = maxID / Int64(parts) + 1
        let results = Mutex<[(Int64, Double)]>([])
        let failure = Mutex<String?>(nil)
        let pool = self.pool
        let filterArguments = StatementArguments(filterArgs)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let low = Int64(part) * step
            let high = low + step - 1
            do {
                let rows = try pool.read { db in
                    var args: StatementArguments = [expression, low, high]
                    let sql: String
                    if conditions.isEmpty {
                        sql =
                            "SELECT rowid, rank FROM article_fts WHERE article_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ?"
                    } else {
                        sql = """
                            SELECT f.rowid, f.rank FROM article_fts f JOIN article a ON a.id = f.rowid
                            WHERE article_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND \(conditions) ORDER BY f.rank LIMIT ?
                            """
                        args += filterArguments
                    }
                    args += [limit]
                    return try Row.fetchAll(db, sql: sql, arguments: args).map { ($0[0] as Int64, $0[1] as Double) }
                }
                results.withLock { $0 += rows }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
        }
        if let message = failure.withLock({ $0 }) { throw StoreError.query("search failed: \(message)") }
        let ranked = results.withLock { $0 }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit)
        guard !ranked.isEmpty else { return [] }
        let articles = try articles(ids: ranked.map(\.0), withRecords: false)
        var hits: [SearchHit] = []
        for (id, score) in ranked {
            guard let a = articles[id] else { continue }
            let titleEnd = a.title.map { a.text.hasPrefix($0) ? $0.unicodeScalars.count : 0 } ?? 0
            var snippet = Snippet.make(text: a.text, query: query, skipScalars: titleEnd, marks: marks)
            if titleEnd > 0 && !snippet.contains(marks.open) {
                snippet = Snippet.make(text: a.text, query: query, marks: marks)
            }
            hits.append(
                SearchHit(
                    id: id, docID: a.docID, title: a.title, outlet: a.outlet, published: a.published, url: a.url,
                    source: a.source, score: -score, snippet: snippet))
        }
        return hits
    }

    /// Number of articles matching a query (for tests and the benchmark).
    public func count(_ query: SearchQuery) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH ?", arguments: [query.ftsExpression])
                ?? 0
        }
    }

    // MARK: Articles

    static let articleColumns = "id, doc_id, url, source, outlet, title, published, text, meta, record"

    static func article(_ row: Row) -> StoredArticle {
        StoredArticle(
            id: row["id"], docID: row["doc_id"], url: row["url"], source: row["source"], outlet: row["outlet"],
            title: row["title"], published: row["published"], text: row["text"], metaJSON: row["meta"],
            recordJSON: row["record"])
    }

    public func articles(ids: [Int64], withRecords: Bool = true) throws(StoreError) -> [Int64: StoredArticle] {
        // Records are large: leave them out when only the text is needed.
        let columns =
            withRecords
            ? Self.articleColumns
            : Self.articleColumns.replacingOccurrences(of: "meta, record", with: "'{}' AS meta, '{}' AS record")
        return try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT \(columns) FROM article WHERE id IN (\(ArticleFilters.placeholders(ids.count)))",
                arguments: StatementArguments(ids))
            var out: [Int64: StoredArticle] = [:]
            for row in rows {
                let a = Self.article(row)
                out[a.id] = a
            }
            return out
        }
    }

    /// Finds an article by its number, its doc id (or a unique prefix of at least 8 hex digits),
    /// its URL or its source.
    public func article(_ reference: String) throws(StoreError) -> StoredArticle {
        let found: [StoredArticle] = try read { db in
            if let id = Int64(reference) {
                return try Row.fetchAll(
                    db, sql: "SELECT \(Self.articleColumns) FROM article WHERE id = ?", arguments: [id]
                ).map(Self.article)
            }
            var rows = try Row.fetchAll(
                db, sql: "SELECT \(Self.articleColumns) FROM article WHERE url = ? OR source = ? LIMIT 2",
                arguments: [reference, reference])
            if rows.isEmpty, reference.count >= 8, reference.allSatisfy(\.isHexDigit) {
                rows = try Row.fetchAll(
                    db, sql: "SELECT \(Self.articleColumns) FROM article WHERE doc_id >= ? AND doc_id < ? LIMIT 2",
                    arguments: [reference.lowercased(), reference.lowercased() + "g"])
            }
            return rows.map(Self.article)
        }
        if found.count > 1 {
            throw StoreError.notFound("\(reference): names several articles; give its number or full id")
        }
        guard let a = found.first else { throw StoreError.notFound("\(reference): no such article in the store") }
        return a
    }

    /// Every article in id order, streamed (for export and corpus passes).
    public func forEachArticle(_ body: (StoredArticle) throws -> Void) throws(StoreError) {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT \(Self.articleColumns) FROM article ORDER BY id")
            while let row = try rows.next() { try body(Self.article(row)) }
        }
    }

    /// Rows of an arbitrary read-only query as cells (used by the listing commands).
    func table(columns: [String], sql: String, arguments: [DatabaseValueConvertible?], json: Set<String> = [])
        throws(StoreError) -> ResultTable
    {
        try read { db in
            var table = ResultTable(columns: columns)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                var cells: [ResultTable.Cell] = []
                for (i, name) in columns.enumerated() {
                    let value = row[i] as DatabaseValue
                    switch value.storage {
                    case .null: cells.append(json.contains(name) ? .json("[]") : .text(nil))
                    case .int64(let v): cells.append(.int(Int(v)))
                    case .double(let v): cells.append(.double(v))
                    case .string(let s): cells.append(json.contains(name) ? .json(s) : .text(s))
                    case .blob: cells.append(.text(nil))
                    }
                }
                table.rows.append(cells)
            }
            return table
        }
    }

    // MARK: Actors

    /// Ids of entities stored under this id or name (Arabic or English, exact).
    public func entityIDs(named name: String) throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT entity_id FROM entity INDEXED BY entity_by_id WHERE entity_id = ?1
                    UNION SELECT DISTINCT entity_id FROM entity WHERE name_ar = ?1 OR name_en = ?1 COLLATE NOCASE
                    """, arguments: [name])
        }
    }

    /// Most mentioned actors (by number of articles), or those most often in the same articles
    /// as `with`.
    public func actors(with: [String]? = nil, filters: ArticleFilters = ArticleFilters(), limit: Int = 30)
        throws(StoreError) -> ResultTable
    {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let with {
            let p = ArticleFilters.placeholders(with.count)
            conditions.append(
                "e.article_id IN (SELECT article_id FROM entity WHERE entity_id IN (\(p))) AND e.entity_id NOT IN (\(p))"
            )
            args += with.map { $0 as DatabaseValueConvertible? } + with.map { $0 as DatabaseValueConvertible? }
        }
        let (articleConditions, articleArgs) = filters.sql("a")
        var join = ""
        if !articleConditions.isEmpty {
            join = "JOIN article a ON a.id = e.article_id"
            conditions.append(articleConditions)
            args += articleArgs
        }
        args.append(limit)
        return try table(
            columns: ["id", "name_ar", "name_en", "type", "country", "articles", "mentions"],
            sql: """
                SELECT e.entity_id, MAX(e.name_ar), MAX(e.name_en), MAX(e.type), MAX(e.country), COUNT(*) AS n, SUM(e.mentions) AS m
                FROM entity e \(join) \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                GROUP BY e.entity_id ORDER BY n DESC, m DESC, e.entity_id LIMIT ?
                """, arguments: args)
    }

    // MARK: Quotes

    public func quotes(speakers: [String]?, filters: ArticleFilters = ArticleFilters(), limit: Int = 100)
        throws(StoreError) -> ResultTable
    {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        if let speakers {
            conditions.append("q.speaker IN (\(ArticleFilters.placeholders(speakers.count)))")
            args += speakers.map { $0 as DatabaseValueConvertible? }
        }
        let (c, a) = filters.sql("a")
        if !c.isEmpty {
            conditions.append(c)
            args += a
        }
        args.append(limit)
        return try table(
            columns: [
                "article", "date", "outlet", "speaker", "speaker_name", "kind", "cue", "quote", "start", "end", "via",
            ],
            sql: """
                SELECT a.id, a.published, a.outlet, q.speaker,
                    (SELECT name_ar FROM entity x WHERE x.article_id = q.article_id AND x.entity_id = q.speaker),
                    q.kind, q.cue, q.text, q.start, q."end", q.via
                FROM quote q JOIN article a ON a.id = q.article_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY a.published DESC, a.id, q.n LIMIT ?
                """, arguments: args, json: ["via"])
    }

    // MARK: Events

    /// Events involving `actor` (as source or target; as source when `target` is given), with
    /// `target` among the targets, of a PLOVER type.
    public func events(
        actor: [String]?, target: [String]?, type: String?, filters: ArticleFilters = ArticleFilters(), limit: Int = 200
    )
        throws(StoreError) -> ResultTable
    {
        var conditions: [String] = []
        var args: [DatabaseValueConvertible?] = []
        func involves(_ ids: [String], role: String?) {
            let roleSQL = role.map { " AND x.role = '\($0)'" } ?? ""
            conditions.append(
                "EXISTS (SELECT 1 FROM event_actor x WHERE x.article_id = e.article_id AND x.n = e.n\(roleSQL) AND x.entity_id IN (\(ArticleFilters.placeholders(ids.count))))"
            )
            args += ids.map { $0 as DatabaseValueConvertible? }
        }
        if let actor { involves(actor, role: target == nil ? nil : "source") }
        if let target { involves(target, role: "target") }
        if let type {
            conditions.append("e.plover = ? COLLATE NOCASE")
            args.append(type)
        }
        let (c, a) = filters.sql("a")
        if !c.isEmpty {
            conditions.append(c)
            args += a
        }
        args.append(limit)
        return try table(
            columns: [
                "article", "date", "outlet", "plover", "mode", "cameo", "source", "target", "context", "evidence",
                "start", "end",
            ],
            sql: """
                SELECT a.id, COALESCE(e.date, a.published), a.outlet, e.plover, e.mode, e.cameo, e.source, e.target,
                    e.context, e.evidence, e.start, e."end"
                FROM event e JOIN article a ON a.id = e.article_id
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY COALESCE(e.date, a.published), a.id, e.n LIMIT ?
                """, arguments: args, json: ["source", "target", "context"])
    }

    // MARK: Timeline

    /// Per day: articles mentioning `actor` (and `with`), events involving it (and `with`), and
    /// the first headline of the day.
    public func timeline(actor: [String], with: [String]?, filters: ArticleFilters = ArticleFilters())
        throws(StoreError) -> ResultTable
    {
        var f = filters
        f.actors = actor
        var (conditions, args) = f.sql("a")
        if let with {
            conditions +=
                " AND a.id IN (SELECT article_id FROM entity WHERE entity_id IN (\(ArticleFilters.placeholders(with.count))))"
            args += with.map { $0 as DatabaseValueConvertible? }
        }
        var table = try table(
            columns: ["date", "articles", "outlets", "headline"],
            sql: """
                SELECT day, n, outlets, (SELECT b.title FROM article b WHERE b.id = first) FROM (
                    SELECT a.published AS day, COUNT(*) AS n, COUNT(DISTINCT a.outlet) AS outlets, MIN(a.id) AS first
                    FROM article a WHERE a.published IS NOT NULL AND \(conditions)
                    GROUP BY day)
                ORDER BY day
                """, arguments: args)
        // Events per day where the actor (and the other) take part.
        var eventArgs: [DatabaseValueConvertible?] = actor.map { $0 as DatabaseValueConvertible? }
        var withSQL = ""
        if let with {
            withSQL =
                " AND EXISTS (SELECT 1 FROM event_actor y WHERE y.article_id = e.article_id AND y.n = e.n AND y.entity_id IN (\(ArticleFilters.placeholders(with.count))))"
            eventArgs += with.map { $0 as DatabaseValueConvertible? }
        }
        let counts: [String: Int] = try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT COALESCE(e.date, a.published) AS day, COUNT(*) FROM event e JOIN article a ON a.id = e.article_id
                    WHERE EXISTS (SELECT 1 FROM event_actor x WHERE x.article_id = e.article_id AND x.n = e.n
                        AND x.entity_id IN (\(ArticleFilters.placeholders(actor.count))))\(withSQL)
                    GROUP BY day
                    """, arguments: StatementArguments(eventArgs))
            var out: [String: Int] = [:]
            for row in rows { if let day: String = row[0] { out[day] = row[1] } }
            return out
        }
        table.columns.insert("events", at: 2)
        for i in table.rows.indices {
            table.rows[i].insert(.int(counts[table.rows[i][0].plain] ?? 0), at: 2)
        }
        return table
    }
}
