import Foundation
import GRDB
import MarsadAnalysis
import MarsadCorpus
import MarsadText

/// How an article is identified: the hash of its text and its URL when given. The same text at
/// two URLs is two articles; the same text and URL ingested twice is one.
public struct ArticleKey: Hashable, Sendable {
    public var docID: String
    public var url: String

    public init(docID: String, url: String) {
        self.docID = docID
        self.url = url
    }

    /// The key of an article as read, before analysis.
    public init(text: String, meta: [String: String]) {
        docID = SHA256.hex(text.utf8)
        url = meta["url"] ?? ""
    }
}

/// An analysed article ready to write: everything costly (JSON, search terms, signature) is
/// computed here, on the analysis threads, so that the writer only runs SQL.
public struct PreparedArticle: Sendable {
    public var key: ArticleKey
    public var source: String
    public var text: String
    public var record: AnalysisRecord
    var outlet: String?
    var title: String?
    var metaJSON: String
    var recordJSON: String
    var terms: String
    var signature: Data

    public init(source: String, text: String, meta: [String: String], record: AnalysisRecord) {
        key = ArticleKey(docID: record.doc.id, url: meta["url"] ?? "")
        self.source = source
        self.text = text
        self.record = record
        outlet = Self.outlet(meta: meta, record: record)
        title = record.headline?.text ?? meta["title"] ?? meta["headline"] ?? Self.firstLine(text)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        metaJSON = (try? encoder.encode(meta)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        recordJSON = String(decoding: record.jsonBytes(), as: UTF8.self)
        let source = SourceText(text)
        terms = SearchTerms.stream(of: source)
        signature = MinHash.standard.signature(of: source).withUnsafeBufferPointer { Data(buffer: $0) }
    }

    /// The first non-empty line, at most 120 characters: the title when there is none.
    static func firstLine(_ text: String) -> String? {
        guard let line = text.split(whereSeparator: \.isNewline).first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return nil
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 120 ? String(trimmed.prefix(119)) + "…" : trimmed
    }

    /// The outlet: the input's own field, else the publisher named in the text, else the URL's host.
    static func outlet(meta: [String: String], record: AnalysisRecord) -> String? {
        for field in ["outlet", "source", "publisher", "site"] {
            if let v = meta[field], !v.isEmpty { return v }
        }
        if let name = record.outlet?.name { return name }
        if let url = meta["url"], let host = URL(string: url)?.host {
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        return nil
    }
}

/// What a write did.
public struct WriteResult: Sendable {
    public var inserted = 0
    public var replaced = 0
    public var skipped = 0
    public init() {}
}

extension Store {
    /// Every stored article's key: ingest skips these before analysing.
    public func existingKeys() throws(StoreError) -> Set<ArticleKey> {
        try read { db in
            var keys = Set<ArticleKey>()
            let rows = try Row.fetchCursor(db, sql: "SELECT doc_id, url FROM article")
            while let row = try rows.next() {
                keys.insert(ArticleKey(docID: row[0], url: row[1]))
            }
            return keys
        }
    }

    /// Writes a batch in one transaction: an article is stored with its whole analysis or not
    /// at all. An article already stored is skipped, or replaced in place when `replace`
    /// (its id stays the same).
    @discardableResult
    public func write(_ batch: [PreparedArticle], replace: Bool) throws(StoreError) -> WriteResult {
        try write { db in
            var result = WriteResult()
            let find = try db.cachedStatement(sql: "SELECT id FROM article WHERE doc_id = ? AND url = ?")
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO article (doc_id, url, source, outlet, title, published, precision, basis,
                        length, text, meta, record, signature)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let update = try db.cachedStatement(
                sql: """
                    UPDATE article SET source = ?, outlet = ?, title = ?, published = ?, precision = ?,
                        basis = ?, length = ?, text = ?, meta = ?, record = ?, signature = ?,
                        ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')
                    WHERE id = ?
                    """)
            let ftsInsert = try db.cachedStatement(sql: "INSERT INTO article_fts(rowid, terms) VALUES (?, ?)")
            let ftsDelete = try db.cachedStatement(sql: "DELETE FROM article_fts WHERE rowid = ?")
            let rows = try RowWriter(db: db)
            for a in batch {
                let existing = try Int64.fetchOne(find, arguments: [a.key.docID, a.key.url])
                let r = a.record
                if let id = existing {
                    guard replace else {
                        result.skipped += 1
                        continue
                    }
                    try update.execute(arguments: [
                        a.source, a.outlet, a.title, r.published?.date, r.published?.precision.rawValue,
                        r.published?.basis.rawValue, r.doc.length, a.text, a.metaJSON, a.recordJSON, a.signature, id,
                    ])
                    for table in ["entity", "mention", "quote", "event", "event_actor", "agency"] {
                        try db.cachedStatement(sql: "DELETE FROM \(table) WHERE article_id = ?").execute(arguments: [id]
                        )
                    }
                    try ftsDelete.execute(arguments: [id])
                    try ftsInsert.execute(arguments: [id, a.terms])
                    try rows.write(r, article: id)
                    result.replaced += 1
                } else {
                    try insert.execute(arguments: [
                        a.key.docID, a.key.url, a.source, a.outlet, a.title, r.published?.date,
                        r.published?.precision.rawValue, r.published?.basis.rawValue, r.doc.length, a.text,
                        a.metaJSON, a.recordJSON, a.signature,
                    ])
                    let id = db.lastInsertedRowID
                    try ftsInsert.execute(arguments: [id, a.terms])
                    try rows.write(r, article: id)
                    result.inserted += 1
                }
            }
            return result
        }
    }
}

/// Fills the query tables from one record.
private struct RowWriter {
    let entity: Statement
    let mention: Statement
    let quote: Statement
    let event: Statement
    let eventActor: Statement
    let agency: Statement

    init(db: Database) throws {
        entity = try db.cachedStatement(
            sql:
                "INSERT OR IGNORE INTO entity (article_id, entity_id, type, name_ar, name_en, country, cameo, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        mention = try db.cachedStatement(
            sql: "INSERT INTO mention (article_id, entity_id, start, \"end\", text) VALUES (?, ?, ?, ?, ?)")
        quote = try db.cachedStatement(
            sql:
                "INSERT INTO quote (article_id, n, speaker, kind, text, start, \"end\", cue, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        event = try db.cachedStatement(
            sql: """
                INSERT INTO event (article_id, n, plover, mode, cameo, source, target, date, precision, context,
                    location, start, "end", evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        eventActor = try db.cachedStatement(
            sql: "INSERT INTO event_actor (article_id, n, role, entity_id) VALUES (?, ?, ?, ?)")
        agency = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO agency (article_id, agency_id, name_ar) VALUES (?, ?, ?)")
    }

    func write(_ r: AnalysisRecord, article id: Int64) throws {
        // Local ids (`local:N`) only mean something inside one record: across the store an
        // unknown actor is known by its name, `local:NAME`.
        var local: [String: String] = [:]
        for e in r.entities where e.id.hasPrefix("local:") { local[e.id] = "local:" + e.nameAr }
        func global(_ id: String) -> String { local[id] ?? id }
        func global(_ ids: [String]) -> [String] { ids.map(global) }
        for e in r.entities {
            try entity.execute(arguments: [
                id, global(e.id), e.type, e.nameAr, e.nameEn, e.country, e.cameo, e.mentions.count,
            ])
            for m in e.mentions {
                try mention.execute(arguments: [id, global(e.id), m.start, m.end, m.text])
            }
        }
        for (n, q) in r.quotes.enumerated() {
            try quote.execute(arguments: [
                id, n, q.speaker.map(global), q.kind, q.text, q.start, q.end, q.cue?.text,
                JSONText.array(global(q.via)),
            ])
        }
        for (n, e) in r.events.enumerated() {
            try event.execute(arguments: [
                id, n, e.plover, e.mode, e.cameo, JSONText.array(global(e.source)), JSONText.array(global(e.target)),
                e.date,
                e.precision?.rawValue, JSONText.array(e.context), e.location.map(global), e.evidence.start,
                e.evidence.end,
                e.evidence.text,
            ])
            for s in Set(global(e.source)) { try eventActor.execute(arguments: [id, n, "source", s]) }
            for t in Set(global(e.target)) { try eventActor.execute(arguments: [id, n, "target", t]) }
        }
        for a in r.agencies {
            try agency.execute(arguments: [id, a.id, a.nameAr])
        }
    }
}

enum JSONText {
    static func array(_ values: [String]) -> String {
        let data = (try? JSONEncoder().encode(values)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeArray(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}
