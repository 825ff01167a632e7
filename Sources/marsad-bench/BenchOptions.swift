import Foundation
import MarsadInput

struct BenchOptions {
    var data = "../shared/eval-data/saudinewsnet/dataset"
    var limit: Int?
    /// `analyze`: time each analysis depth, not only the full one.
    var stages = false
    /// `analyze`: time only this depth (`base`, `entities`, `full`), e.g. to count instructions.
    var depth: String?
    /// `analyze`: timed rounds; in each, every depth runs once (a busy machine adds noise).
    var runs = 1
    /// `analyze`: list the N articles whose quotations and events cost the most.
    var slowest: Int?
    /// `analyze`: one thread, articles in order (no sharing between cores).
    var serial = false
    /// `analyze`: articles analysed together, stage by stage (1: one at a time).
    var batch = 32

    init(_ arguments: [String]) {
        var i = 1
        while i < arguments.count {
            switch arguments[i] {
            case "--data" where i + 1 < arguments.count: data = arguments[i + 1]; i += 1
            case "--limit" where i + 1 < arguments.count: limit = Int(arguments[i + 1]); i += 1
            case "--stages": stages = true
            case "--serial": serial = true
            case "--batch" where i + 1 < arguments.count: batch = max(1, Int(arguments[i + 1]) ?? 32); i += 1
            case "--depth" where i + 1 < arguments.count: depth = arguments[i + 1]; i += 1
            case "--slowest" where i + 1 < arguments.count: slowest = Int(arguments[i + 1]); i += 1
            case "--runs" where i + 1 < arguments.count: runs = max(1, Int(arguments[i + 1]) ?? 1); i += 1
            default: break
            }
            i += 1
        }
    }

    /// The SaudiNewsNet articles (title + "\n\n" + content), or exit with a message when absent.
    func loadArticles() -> [Article] {
        guard FileManager.default.fileExists(atPath: data) else {
            print("skipped: \(data) not found (the SaudiNewsNet zips of ../shared/eval-data)")
            exit(0)
        }
        let start = Date()
        var articles: [Article] = []
        for case .success(let path) in InputFiles.expand([data]) {
            for case .article(let a) in ArticleReader.read(path: path) {
                articles.append(a)
                if let limit, articles.count >= limit { break }
            }
            if let limit, articles.count >= limit { break }
        }
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        print(
            "loaded \(articles.count) articles, \(String(format: "%.1f", Double(bytes) / 1e6)) MB of text, in \(String(format: "%.2f", Date().timeIntervalSince(start))) s"
        )
        return articles
    }
}

/// Best of `runs` wall-clock timings of `body`, in seconds.
func bestTime(runs: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let t0 = DispatchTime.now().uptimeNanoseconds
        body()
        let t1 = DispatchTime.now().uptimeNanoseconds
        best = min(best, Double(t1 - t0) / 1e9)
    }
    return best
}

func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
