import Foundation
import GRDB
import MarsadAnalysis

/// The embedded store: one SQLite file (WAL mode) holding every article's text and metadata,
/// its analysis record (JSON), query tables filled from the record (entities, mentions, quotes,
/// events, agencies) and an FTS5 index of the article's search terms (see `SearchTerms`).
///
/// The FTS table uses SQLite's built-in `ascii` tokenizer over a stream of terms that MarsadText
/// already normalised and stemmed, so the file opens in the `sqlite3` shell and queries go
/// through exactly the same path (`SearchQuery`).
public final class Store: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating and migrating when needed) the store at `path`.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.noStore(path)
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            if !readOnly {
                try Schema.migrator.migrate(pool)
            } else {
                let applied = try pool.read { db in try Schema.migrator.hasCompletedMigrations(db) }
                if !applied { throw StoreError.notMigrated(path) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path, "\(error)")
        }
    }

    /// Runs `body` in a read transaction, mapping database errors to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.database("\(error)")
        }
    }

    /// Number of stored articles.
    public func articleCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// Size of the store on disk (database, WAL and shared-memory files), in bytes.
    public func sizeOnDisk() -> Int64 {
        var total: Int64 = 0
        for suffix in ["", "-wal", "-shm"] {
            if let attrs = try? FileManager.default.attributesOfItem(atPath: path + suffix),
                let size = attrs[.size] as? NSNumber
            {
                total += size.int64Value
            }
        }
        return total
    }

    /// Folds the WAL into the main file (after a large ingest).
    public func checkpoint() {
        _ = try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// `PRAGMA integrity_check` and the FTS index's own check; "ok" when sound.
    /// The FTS check needs a writable store; a read-only one checks the tables only.
    public func integrityCheck() throws(StoreError) -> String {
        let result = try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "?" }
        if result == "ok" && !pool.configuration.readonly {
            do {
                try pool.writeWithoutTransaction { db in
                    try db.execute(sql: "INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
                }
            } catch {
                return "full-text index: \(error)"
            }
        }
        return result
    }
}

public enum StoreError: Error, CustomStringConvertible, Sendable {
    case noStore(String)
    case notMigrated(String)
    case cannotOpen(String, String)
    case database(String)
    case query(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .noStore(let path): "\(path): no store here (create one with `marsad ingest`)"
        case .notMigrated(let path): "\(path): not a Marsad store, or an older one (run `marsad ingest` to migrate it)"
        case .cannotOpen(let path, let why): "\(path): cannot open the store: \(why)"
        case .database(let why): "store error: \(why)"
        case .query(let why): why
        case .notFound(let what): what
        }
    }
}
