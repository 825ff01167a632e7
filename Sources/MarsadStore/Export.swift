import Foundation
import GRDB
import MarsadAnalysis

/// Exports of the whole store.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// One analysis record per line (the public contract).
    case jsonl
    /// One row per article: metadata and the ids of what the analysis found.
    case csv
    /// One row per event, tab-separated, with GDELT 2.0 event-table column names.
    case gdeltEvents = "gdelt-events"

    public var columns: [String] {
        switch self {
        case .jsonl: []
        case .csv:
            [
                "article", "doc_id", "url", "source", "outlet", "published", "precision", "basis", "title", "length",
                "agencies", "entities",
                "quotes", "events",
            ]
        case .gdeltEvents:
            [
                "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
                "Actor2CountryCode",
                "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "PLOVER", "Mode", "Context",
                "ActionGeo_FullName",
                "DATEADDED", "SOURCEURL", "Evidence",
            ]
        }
    }
}

extension Store {
    /// Writes the export through `write` (called with chunks of text). Returns rows written.
    @discardableResult
    public func export(_ format: ExportFormat, filters: ArticleFilters = ArticleFilters(), write: (String) -> Void)
        throws(StoreError) -> Int
    {
        let (conditions, args) = filters.sql("article")
        let whereSQL = conditions.isEmpty ? "" : "WHERE " + conditions
        var count = 0
        switch format {
        case .jsonl:
            try read { db in
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT record FROM article \(whereSQL) ORDER BY id", arguments: StatementArguments(args))
                while let row = try rows.next() {
                    write((row[0] as String) + "\n")
                    count += 1
                }
            }
        case .csv:
            write(format.columns.map(ResultTable.csvField).joined(separator: ",") + "\r\n")
            try read { db in
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT id, doc_id, url, source, outlet, published, precision, basis, title, length,
                            (SELECT group_concat(agency_id, ' ') FROM agency g WHERE g.article_id = article.id),
                            (SELECT group_concat(entity_id, ' ') FROM entity e WHERE e.article_id = article.id),
                            (SELECT COUNT(*) FROM quote q WHERE q.article_id = article.id),
                            (SELECT COUNT(*) FROM event v WHERE v.article_id = article.id)
                        FROM article \(whereSQL) ORDER BY id
                        """, arguments: StatementArguments(args))
                while let row = try rows.next() {
                    let fields = (0..<14).map { i -> String in
                        let v = row[i] as DatabaseValue
                        switch v.storage {
                        case .null, .blob: return ""
                        case .int64(let x): return String(x)
                        case .double(let x): return String(x)
                        case .string(let s): return s
                        }
                    }
                    write(fields.map(ResultTable.csvField).joined(separator: ",") + "\r\n")
                    count += 1
                }
            }
        case .gdeltEvents:
            write(format.columns.joined(separator: "\t") + "\n")
            try read { db in
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT e.article_id, e.n, COALESCE(e.date, a.published), e.source, e.target, e.cameo, e.plover, e.mode,
                            e.context, e.location, a.ingested_at, a.url, a.source, e.evidence, a.record
                        FROM event e JOIN article a ON a.id = e.article_id \(whereSQL.replacingOccurrences(of: "article.", with: "a."))
                        ORDER BY e.article_id, e.n
                        """, arguments: StatementArguments(args))
                var lastArticle: Int64 = -1
                var entities: [String: EntityRecord] = [:]
                while let row = try rows.next() {
                    let article: Int64 = row[0]
                    if article != lastArticle {
                        lastArticle = article
                        let record = try? JSONDecoder().decode(
                            AnalysisRecord.self, from: Data((row[14] as String).utf8))
                        entities = Dictionary(
                            (record?.entities ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                    }
                    let n: Int = row[1]
                    let date = ((row[2] as String?) ?? "").replacingOccurrences(of: "-", with: "")
                    let sources = JSONText.decodeArray(row[3])
                    let targets = JSONText.decodeArray(row[4])
                    let cameo: String = row[5]
                    func actor(_ ids: [String]) -> [String] {
                        guard let id = ids.first else { return ["", "", ""] }
                        let e = entities[id]
                        return [e?.cameo ?? "", e?.nameEn ?? e?.nameAr ?? id, e?.country ?? ""]
                    }
                    let root = String(cameo.prefix(2))
                    let quad: String
                    switch Int(root) ?? 0 {
                    case 1...5: quad = "1"
                    case 6...8: quad = "2"
                    case 9...13: quad = "3"
                    case 14...20: quad = "4"
                    default: quad = ""
                    }
                    let added = ((row[10] as String?) ?? "").filter(\.isNumber).prefix(14)
                    let url: String = row[11]
                    var fields = ["\(article * 1000 + Int64(n))", String(date.prefix(8))]
                    fields += actor(sources) + actor(targets)
                    fields += [
                        n == 0 ? "1" : "0", cameo, String(cameo.prefix(3)), root, quad, (row[6] as String?) ?? "",
                        (row[7] as String?) ?? "",
                    ]
                    fields += [
                        JSONText.decodeArray(row[8]).joined(separator: ","),
                        (row[9] as String?).map { entities[$0]?.nameEn ?? $0 } ?? "",
                    ]
                    fields += [String(added), url.isEmpty ? (row[12] as String) : url, row[13] as String]
                    write(
                        fields.map {
                            $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                        }.joined(separator: "\t") + "\n")
                    count += 1
                }
            }
        }
        return count
    }
}
