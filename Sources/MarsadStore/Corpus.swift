import Foundation
import GRDB
import MarsadCorpus
import MarsadKnowledge
import MarsadText

/// Hashes of the stemmed stopwords: function words carry no story.
let stopTermHashes: Set<UInt64> = {
    var out = Set<UInt64>()
    for word in KnowledgeBase.embedded.lexicons.stopwords {
        out.insert(CorpusArticle.termHash(SearchStemmer.stem(word).utf8))
        out.insert(CorpusArticle.termHash(word.utf8))
    }
    return out
}()

extension Store {
    /// The articles as the corpus passes see them (near-duplicates, stories), filtered.
    public func corpusArticles(filters: ArticleFilters = ArticleFilters()) throws(StoreError) -> [CorpusArticle] {
        let (conditions, args) = filters.sql("a")
        return try read { db in
            var byID: [Int64: Int] = [:]
            var out: [CorpusArticle] = []
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT a.id, a.published, a.precision, a.outlet, a.title, a.signature, f.terms
                    FROM article a JOIN article_fts f ON f.rowid = a.id
                    \(conditions.isEmpty ? "" : "WHERE " + conditions) ORDER BY a.id
                    """, arguments: StatementArguments(args))
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let precision: String? = row[2]
                var signature: [UInt32] = []
                if let blob: Data = row[5] {
                    signature = blob.withUnsafeBytes { Array($0.bindMemory(to: UInt32.self)) }
                }
                var terms: [UInt64] = []
                if let stream = row[6] as String? {
                    var copy = stream
                    copy.withUTF8 { p in
                        var start = 0
                        for i in 0...p.count {
                            if i == p.count || p[i] == 0x20 {
                                // Content words: three letters or more (an Arabic letter is two
                                // bytes), not a stopword.
                                let length = i - start
                                if length >= 6 || (length >= 3 && p[start] < 0x80) {
                                    let h = CorpusArticle.termHash(UnsafeBufferPointer(rebasing: p[start..<i]))
                                    if !stopTermHashes.contains(h) { terms.append(h) }
                                }
                                start = i + 1
                            }
                        }
                    }
                }
                byID[id] = out.count
                out.append(
                    CorpusArticle(
                        id: id, date: precision == "day" ? row[1] : nil, outlet: row[3], title: row[4], terms: terms,
                        actors: [],
                        eventTypes: [], agencies: [], signature: signature))
            }
            guard !out.isEmpty else { return out }
            let entities = try Row.fetchCursor(db, sql: "SELECT article_id, entity_id FROM entity")
            while let row = try entities.next() {
                if let i = byID[row[0]] { out[i].actors.append(row[1]) }
            }
            let events = try Row.fetchCursor(
                db, sql: "SELECT DISTINCT article_id, plover FROM event WHERE plover IS NOT NULL")
            while let row = try events.next() {
                if let i = byID[row[0]] { out[i].eventTypes.append(row[1]) }
            }
            let agencies = try Row.fetchCursor(db, sql: "SELECT article_id, agency_id FROM agency")
            while let row = try agencies.next() {
                if let i = byID[row[0]] { out[i].agencies.append(row[1]) }
            }
            return out
        }
    }
}

extension Store {
    /// Arabic (else English) names of entity ids, as stored.
    public func entityNames(_ ids: [String]) throws(StoreError) -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var out: [String: String] = [:]
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[chunk..<min(ids.count, chunk + 500)])
                let rows = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT entity_id, MAX(name_ar) FROM entity WHERE entity_id IN (\(ArticleFilters.placeholders(part.count))) GROUP BY entity_id",
                    arguments: StatementArguments(part))
                for row in rows { out[row[0]] = row[1] }
            }
            return out
        }
    }
}
