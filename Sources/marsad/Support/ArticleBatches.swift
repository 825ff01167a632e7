import MarsadAnalysis
import MarsadInput
import MarsadText

/// Runs an analysis over every article of the inputs on all cores, a file at a time, handing
/// results back in input order. Failures are reported in their place and the run goes on.
enum ArticleBatches {
    static func run<R: Sendable>(_ paths: [String], status: RunStatus, analyze: @escaping @Sendable (Article) -> R, deliver: (Article, R) -> Void) {
        for file in InputFiles.expand(paths) {
            switch file {
            case .failure(let failure): status.report(failure)
            case .success(let path):
                let items = ArticleReader.read(path: path)
                let articles = items.compactMap { item -> Article? in
                    if case .article(let a) = item { return a }
                    return nil
                }
                let results = parallelMap(articles, analyze)
                var next = 0
                for item in items {
                    switch item {
                    case .failure(let failure): status.report(failure)
                    case .article(let article):
                        deliver(article, results[next])
                        next += 1
                    }
                }
            }
        }
    }
}

extension Article {
    /// Whether the text starts with a title from the input (`title + "\n\n" + body`).
    var hasTitle: Bool { !(meta["title"] ?? meta["headline"] ?? "").isEmpty }
}
