import Dispatch
import GRDB
import MarsadText

/// The search benchmark: queries drawn from the store's own text (frequent words and actor
/// names, 1, 2 and 3 words long, as they are written in the articles), each run as `marsad
/// search` runs it (parse, rank, fetch, snippets), with latency percentiles.
public enum SearchBenchmark {
    public struct Report: Sendable {
        public var queries: Int
        public var articles: Int
        public var p50: Double
        public var p95: Double
        public var p99: Double
        public var mean: Double
        public var max: Double
        public var meanHits: Double
        public var byLength: [Int: (p50: Double, p95: Double)]
        public var slowest: [(String, Double)]

        public var description: String {
            var s = "search benchmark: \(queries) queries over \(articles) articles (top 10 with snippets)\n"
            s += String(
                format: "  latency ms: p50 %.2f  p95 %.2f  p99 %.2f  mean %.2f  max %.2f\n", p50, p95, p99, mean, max)
            for n in byLength.keys.sorted() {
                s += String(format: "  %d-word queries: p50 %.2f  p95 %.2f\n", n, byLength[n]!.p50, byLength[n]!.p95)
            }
            s += String(format: "  mean hits returned: %.1f\n", meanHits)
            s +=
                "  slowest: " + slowest.map { String(format: "%@ (%.1f ms)", $0.0, $0.1) }.joined(separator: ", ")
                + "\n"
            return s
        }
    }

    /// Draws `count` queries from a sample of the store's articles (seeded: the same store gives
    /// the same queries).
    public static func queries(from store: Store, count: Int, seed: UInt64 = 42) throws(StoreError) -> [(String, Int)] {
        var rng = SplitMix(seed: seed)
        let (texts, names): ([String], [String]) = try store.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM article") ?? 0
            var texts: [String] = []
            for _ in 0..<min(400, total) {
                let id = Int64(rng.next() % UInt64(max(total, 1))) + 1
                if let t = try String.fetchOne(db, sql: "SELECT text FROM article WHERE id = ?", arguments: [id]) {
                    texts.append(t)
                }
            }
            let names = try String.fetchAll(
                db,
                sql:
                    "SELECT MAX(name_ar) FROM entity GROUP BY entity_id HAVING COUNT(*) >= 3 ORDER BY COUNT(*) DESC LIMIT 300"
            )
            return (texts, names)
        }
        // Words as written, and their frequency by normalised key.
        let normalizer = ArabicNormalizer()
        var frequency: [String: Int] = [:]
        var sentences: [[(word: String, key: String)]] = []
        for text in texts {
            let source = SourceText(text)
            var run: [(String, String)] = []
            Tokenizer.forEachToken(in: source) { t in
                if t.kind == .arabic && t.length >= 3 {
                    let word = t.text(in: source)
                    let key = normalizer.key(word)
                    if stopTerms.contains(SearchStemmer.stem(key)) {
                        if !run.isEmpty { sentences.append(run) }
                        run = []
                        return
                    }
                    frequency[key, default: 0] += 1
                    run.append((word, key))
                } else if t.kind == .punctuation || t.kind == .quote {
                    if !run.isEmpty { sentences.append(run) }
                    run = []
                }
            }
            if !run.isEmpty { sentences.append(run) }
        }
        // Frequent words (function words left out above), without the ~40 commonest.
        let ranked = frequency.sorted { $0.value > $1.value }.map(\.key)
        let frequent = Set(ranked.dropFirst(40).prefix(3000))
        var out: [(String, Int)] = []
        var attempts = 0
        while out.count < count && attempts < count * 200 && !sentences.isEmpty {
            attempts += 1
            let length = out.count % 3 + 1
            if out.count % 2 == 1, !names.isEmpty {
                // A name: its first `length` words (names shorter than that are used whole).
                let name = names[Int(rng.next() % UInt64(names.count))]
                let words = name.split(separator: " ").prefix(length)
                if words.count == length || length == 1 {
                    out.append((words.joined(separator: " "), words.count))
                    continue
                }
            }
            let sentence = sentences[Int(rng.next() % UInt64(sentences.count))]
            guard sentence.count >= length else { continue }
            let start = Int(rng.next() % UInt64(sentence.count - length + 1))
            let slice = sentence[start..<(start + length)]
            guard slice.allSatisfy({ frequent.contains($0.key) }) else { continue }
            out.append((slice.map(\.word).joined(separator: " "), length))
        }
        return out
    }

    public static func run(store: Store, count: Int = 1000) throws(StoreError) -> Report {
        let queries = try queries(from: store, count: count)
        let articles = try store.articleCount()
        // Warm the page cache and statement caches.
        for (q, _) in queries.prefix(50) {
            if let parsed = try? SearchQuery(q) { _ = try store.search(parsed, limit: 10) }
        }
        var times: [Double] = []
        var byLength: [Int: [Double]] = [:]
        var hits = 0
        var timed: [(String, Double)] = []
        for (q, length) in queries {
            let t0 = DispatchTime.now().uptimeNanoseconds
            if let parsed = try? SearchQuery(q) {
                hits += try store.search(parsed, limit: 10).count
            }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
            times.append(ms)
            byLength[length, default: []].append(ms)
            timed.append((q, ms))
        }
        func pct(_ xs: [Double], _ p: Double) -> Double {
            guard !xs.isEmpty else { return 0 }
            let s = xs.sorted()
            return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1)]
        }
        return Report(
            queries: times.count, articles: articles, p50: pct(times, 0.5), p95: pct(times, 0.95),
            p99: pct(times, 0.99),
            mean: times.reduce(0, +) / Double(max(times.count, 1)), max: times.max() ?? 0,
            meanHits: Double(hits) / Double(max(times.count, 1)),
            byLength: byLength.mapValues { (pct($0, 0.5), pct($0, 0.95)) },
            slowest: Array(timed.sorted { $0.1 > $1.1 }.prefix(5)))
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation
