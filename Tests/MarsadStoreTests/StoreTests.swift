import Foundation
import MarsadAnalysis
import MarsadCorpus
import MarsadInput
import MarsadText
import Testing
import XCTest

@testable import MarsadStore

/// A fresh store in a temporary folder.
func scratchStore() throws -> Store {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return try Store(path: dir.appendingPathComponent("test.db").path)
}

let analyzer = Analyzer()

func prepare(_ text: String, source: String = "test.txt", meta: [String: String] = [:]) -> PreparedArticle {
    let record = analyzer.analyze(source: source, text: SourceText(text), meta: meta, hasTitle: meta["title"] != nil)
    return PreparedArticle(source: source, text: text, meta: meta, record: record)
}

let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/seeds")

/// Tests that read the seed articles skip when `../shared` is absent (a clone alone).
let hasSeeds = FileManager.default.fileExists(atPath: seedsFolder.path)

func seedArticles() -> [Article] {
    let paths = InputFiles.expand([seedsFolder.path]).compactMap { try? $0.get() }
    return paths.flatMap { ArticleReader.read(path: $0) }.compactMap {
        if case .article(let a) = $0 { return a }
        return nil
    }
}

@Suite struct IngestTests {
    @Test(.enabled(if: hasSeeds, "seed articles absent (../shared/seeds)")) func reingestStoresOnce() throws {
        let store = try scratchStore()
        let batch = seedArticles().map { prepare($0.text, source: $0.source, meta: $0.meta) }
        #expect(batch.count == 5)
        let first = try store.write(batch, replace: false)
        #expect(first.inserted == 5)
        let again = try store.write(batch, replace: false)
        #expect(again.inserted == 0 && again.skipped == 5)
        #expect(try store.articleCount() == 5)
        // Re-analysis replaces in place: same ids, same count, query tables not doubled.
        let entitiesBefore = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") }
        let idsBefore = try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY id") }
        let replaced = try store.write(batch, replace: true)
        #expect(replaced.replaced == 5)
        #expect(try store.articleCount() == 5)
        #expect(try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM article ORDER BY id") } == idsBefore)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") } == entitiesBefore)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article_fts") } == 5)
        #expect(try store.integrityCheck() == "ok")
    }

    @Test func keyBeforeAnalysisMatchesRecordID() {
        let text = "قال الرئيس إن العلاقات جيدة."
        let key = ArticleKey(text: text, meta: ["url": "http://x"])
        let p = prepare(text, meta: ["url": "http://x"])
        #expect(key == p.key)
    }

    @Test func sameTextOtherURLIsAnotherArticle() throws {
        let store = try scratchStore()
        let text = "أعلنت الحكومة خطة جديدة للطاقة المتجددة في البلاد."
        try store.write(
            [prepare(text, meta: ["url": "http://a"]), prepare(text, meta: ["url": "http://b"])], replace: false)
        try store.write([prepare(text, meta: ["url": "http://a"])], replace: false)
        #expect(try store.articleCount() == 2)
    }

    @Test(.enabled(if: hasSeeds, "seed articles absent (../shared/seeds)")) func queryTablesFilledFromRecord() throws {
        let store = try scratchStore()
        let batch = seedArticles().map { prepare($0.text, source: $0.source, meta: $0.meta) }
        try store.write(batch, replace: false)
        let entities = batch.reduce(0) { $0 + Set($1.record.entities.map(\.id)).count }
        let mentions = batch.reduce(0) { $0 + $1.record.entities.reduce(0) { $0 + $1.mentions.count } }
        let quotes = batch.reduce(0) { $0 + $1.record.quotes.count }
        let events = batch.reduce(0) { $0 + $1.record.events.count }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity") } == entities)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") } == mentions)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quote") } == quotes)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") } == events)
        // Local ids are per record: in the store they are keyed by name.
        #expect(
            try store.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity WHERE entity_id GLOB 'local:[0-9]*'")
            } == 0)
    }
}

@Suite struct SearchTests {
    static let texts: [(String, [String: String])] = [
        ("تناول المقال العلاقات بين البلدين وبوتين ومواقفه المعلنة.", ["source": "alpha", "date": "2015-07-21"]),
        (
            "نشرت الصحيفة صورة للرئيس الروسي فلاديمير بوتين ومقالا عن العلاقات مع الصين.",
            ["source": "beta", "date": "2015-07-22"]
        ),
        ("بحث الوزير بالعلاقات الثنائية وسُبل تعزيزها مع أوكرانيا.", ["source": "alpha", "date": "2015-07-23"]),
        ("ارتفعت أسعار النفط في الأسواق العالمية اليوم.", ["source": "gamma", "date": "2015-07-24"]),
        ("استقبل وزير الخارجية نظيره من اوكرانيا في مجلس الأمن الدولي.", ["source": "beta", "date": "2015-07-25"]),
    ]

    static func store() throws -> Store {
        let store = try scratchStore()
        try store.write(texts.enumerated().map { i, t in prepare(t.0, source: "t\(i)", meta: t.1) }, replace: false)
        return store
    }

    func sources(_ store: Store, _ query: String, _ filters: ArticleFilters = ArticleFilters()) throws -> Set<String> {
        Set(try store.search(try SearchQuery(query), filters: filters, limit: 50).map(\.source))
    }

    @Test func cliticAndDiacriticVariants() throws {
        let store = try Self.store()
        #expect(try sources(store, "بوتين") == ["t0", "t1"])
        #expect(try sources(store, "وبوتين") == ["t0", "t1"])
        #expect(try sources(store, "بُوتِين") == ["t0", "t1"])
        #expect(try sources(store, "بوتـــين") == ["t0", "t1"])
        #expect(try sources(store, "علاقات") == ["t0", "t1", "t2"])
        #expect(try sources(store, "بالعلاقات") == ["t0", "t1", "t2"])
        #expect(try sources(store, "أوكرانيا") == ["t2", "t4"])
        #expect(try sources(store, "اوكرانيا") == ["t2", "t4"])
        #expect(try sources(store, "سبل") == ["t2"])
    }

    @Test func phrasesOrAndPrefix() throws {
        let store = try Self.store()
        #expect(try sources(store, "\"مجلس الأمن\"") == ["t4"])
        #expect(try sources(store, "\"الأمن مجلس\"").isEmpty)
        #expect(try sources(store, "النفط OR أوكرانيا") == ["t2", "t3", "t4"])
        #expect(try sources(store, "بوتين العلاقات") == ["t0", "t1"])
        #expect(try sources(store, "بوت*") == ["t0", "t1"])
    }

    @Test func filters() throws {
        let store = try Self.store()
        #expect(try sources(store, "علاقات", ArticleFilters(from: "2015-07-22")) == ["t1", "t2"])
        #expect(try sources(store, "علاقات", ArticleFilters(to: "2015-07-22")) == ["t0", "t1"])
        #expect(try sources(store, "علاقات", ArticleFilters(outlet: "ALPHA")) == ["t0", "t2"])
        let ukraine = try store.entityIDs(named: "أوكرانيا")
        #expect(!ukraine.isEmpty)
        #expect(try sources(store, "علاقات", ArticleFilters(actors: ukraine)) == ["t2"])
    }

    @Test func snippetsHighlightTheOriginalText() throws {
        let store = try Self.store()
        let hit = try #require(try store.search(try SearchQuery("بوتين"), limit: 5).first { $0.source == "t0" })
        #expect(hit.snippet.contains("[وبوتين]"))
        let hit2 = try #require(try store.search(try SearchQuery("سبل"), limit: 5).first)
        #expect(hit2.snippet.contains("[وسُبل]"))
    }

    @Test func hostileQueriesNeverReachSQL() throws {
        let store = try Self.store()
        for query in [
            "\"", "*", "NEAR(", "'); DROP TABLE article; --", "\"\"", "a\" OR \"b", "(", ")", "AND", "NOT", "^", "{x}:",
            "OR OR", "بوتين\"", "col:بوتين", "-", "+",
        ] {
            do {
                let parsed = try SearchQuery(query)
                _ = try store.search(parsed, limit: 5)
            } catch let error as SearchQuery.ParseError {
                #expect(!error.description.isEmpty)
            }
        }
        #expect(try store.articleCount() == Self.texts.count)
        #expect((try? SearchQuery("\"")) == nil)
        #expect((try? SearchQuery("*")) == nil)
        #expect(try SearchQuery("NEAR(بوتين").ftsExpression == "\"near\" + \"بوتين\"")
        #expect(try SearchQuery("'); DROP TABLE article; --").ftsExpression == "\"drop\" AND \"table\" AND \"article\"")
    }
}

@Suite struct ExportTests {
    @Test(.enabled(if: hasSeeds, "seed articles absent (../shared/seeds)")) func exportColumns() throws {
        let store = try scratchStore()
        try store.write(seedArticles().map { prepare($0.text, source: $0.source, meta: $0.meta) }, replace: false)
        var jsonl = ""
        #expect(try store.export(.jsonl) { jsonl += $0 } == 5)
        let lines = jsonl.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let record = try JSONDecoder().decode(AnalysisRecord.self, from: Data(line.utf8))
            #expect(record.schema == "marsad.analysis/1")
        }
        var csv = ""
        try store.export(.csv) { csv += $0 }
        let csvLines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csvLines.first == ExportFormat.csv.columns.joined(separator: ","))
        #expect(csvLines.count >= 6)
        var tsv = ""
        let events = try store.export(.gdeltEvents) { tsv += $0 }
        let tsvLines = tsv.split(separator: "\n")
        #expect(tsvLines.first.map(String.init) == ExportFormat.gdeltEvents.columns.joined(separator: "\t"))
        #expect(tsvLines.count == events + 1)
        for line in tsvLines.dropFirst() {
            #expect(
                line.split(separator: "\t", omittingEmptySubsequences: false).count
                    == ExportFormat.gdeltEvents.columns.count)
        }
    }

    @Test func anEmptyActorListMatchesNothing() throws {
        // An unknown name resolves to no ids; that is an empty listing, not an SQL error.
        let store = try scratchStore()
        try store.write([prepare("التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني في بكين.")], replace: false)
        let actors = try store.actors(with: [], limit: 5)
        #expect(actors.columns == ["id", "name_ar", "name_en", "type", "country", "articles", "mentions"])
        #expect(actors.rows.isEmpty)
        #expect(try store.actors(limit: 5).rows.count > 0)
    }

    @Test func resultTableFormats() {
        let t = ResultTable(
            columns: ["id", "name", "n"],
            rows: [[.text("Q1"), .text("a,\"b\""), .int(3)], [.text(nil), .text("x"), .int(0)]])
        #expect(t.render(.csv) == "id,name,n\r\nQ1,\"a,\"\"b\"\"\",3\r\n,x,0\r\n")
        #expect(
            t.render(.jsonl)
                == "{\"id\":\"Q1\",\"name\":\"a,\\\"b\\\"\",\"n\":3}\n{\"id\":null,\"name\":\"x\",\"n\":0}\n")
        #expect(t.render(.json).hasPrefix("[{\"id\":\"Q1\""))
        #expect(t.render(.table).hasPrefix("id  name"))
    }
}

@Suite struct ListingTests {
    @Test(.enabled(if: hasSeeds, "seed articles absent (../shared/seeds)")) func listingsRunOnTheSeeds() throws {
        let store = try scratchStore()
        try store.write(seedArticles().map { prepare($0.text, source: $0.source, meta: $0.meta) }, replace: false)
        let putin = try store.entityIDs(named: "فلاديمير بوتين")
        let china = try store.entityIDs(named: "الصين")
        let actors = try store.actors(limit: 5)
        #expect(actors.columns == ["id", "name_ar", "name_en", "type", "country", "articles", "mentions"])
        #expect(actors.rows.count <= 5)
        let with = try store.actors(with: putin, limit: 50)
        #expect(!with.rows.contains { $0[0] == .text(putin.first) })
        let timeline = try store.timeline(actor: putin, with: china)
        #expect(timeline.columns == ["date", "articles", "events", "outlets", "headline"])
        let quotes = try store.quotes(speakers: putin)
        #expect(quotes.columns.contains("quote"))
        let events = try store.events(actor: putin, target: nil, type: nil)
        #expect(events.columns.contains("plover"))
        for format in ResultTable.Format.allCases { #expect(!timeline.render(format).isEmpty) }
        let article = try store.article("1")
        let record = try #require(article.record)
        let marked = Marking.marked(text: article.text, record: record)
        let stripped = marked.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        #expect(stripped == article.text)
    }
}

@Suite struct StoryStoreTests {
    /// The five seeds: 000 and 001 report the same call (same day, other outlets); 002, 003 and
    /// 004 are other meetings of the same leaders in other years.
    @Test(.enabled(if: hasSeeds, "seed articles absent (../shared/seeds)")) func seedStories() throws {
        let store = try scratchStore()
        try store.write(seedArticles().map { prepare($0.text, source: $0.source, meta: $0.meta) }, replace: false)
        let articles = try store.corpusArticles()
        let stories = StoryClustering().stories(articles)
        let groups = Set(stories.map { Set($0.members.map { articles[$0].id }) })
        #expect(groups == [[1, 2], [3], [4], [5]])
        let story = try #require(stories.first { $0.members.count == 2 })
        #expect(story.outlets.count == 2)
        #expect(articles[story.first].id == 1)
    }
}

final class StoreXCTests: XCTestCase {
    func testMigratedStoreOpensReadOnly() throws {
        let store = try scratchStore()
        let reader = try Store(path: store.path, readOnly: true)
        XCTAssertEqual(try reader.articleCount(), 0)
    }
}
