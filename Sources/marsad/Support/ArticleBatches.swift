import Dispatch
import MarsadAnalysis
import MarsadInput
import MarsadText

/// Runs an analysis over every article of the inputs on all cores, a file at a time, handing
/// results back in input order. Failures are reported in their place and the run goes on.
enum ArticleBatches {
    /// Articles analysed together (`Analyzer.analyzeDocuments`: stage by stage, which keeps each
    /// stage's code in the processor's caches).
    static let groupSize = 32

    /// `analyzeGroup` analyses a group of articles at a time: one result per article, in order.
    static func run<R: Sendable>(
        _ paths: [String], status: RunStatus, analyzeGroup: @escaping @Sendable ([Article]) -> [R],
        deliver: (Article, R) -> Void
    ) {
        let files = InputFiles.expand(paths)
        // The next file is read (unzipped, parsed) while the current one is analysed.
        var prefetch = Prefetch(files.first)
        for k in files.indices {
            let current = prefetch.take()
            prefetch = Prefetch(k + 1 < files.count ? files[k + 1] : nil)
            switch current {
            case .failure(let failure): status.report(failure)
            case .success(let items):
                let articles = items.compactMap { item -> Article? in
                    if case .article(let a) = item { return a }
                    return nil
                }
                let groups = stride(from: 0, to: articles.count, by: groupSize).map {
                    Array(articles[$0..<min($0 + groupSize, articles.count)])
                }
                let results = parallelMap(groups, analyzeGroup).flatMap { $0 }
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

/// Reads one input on a background thread; `take()` waits for it.
private final class Prefetch: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<[InputItem], InputFailure> = .success([])

    init(_ file: Result<String, InputFailure>?) {
        guard let file else { return }
        switch file {
        case .failure(let failure): result = .failure(failure)
        case .success(let path):
            DispatchQueue.global().async(group: group) { self.result = .success(ArticleReader.read(path: path)) }
        }
    }

    func take() -> Result<[InputItem], InputFailure> {
        group.wait()
        return result
    }
}

extension Article {
    /// Whether the text starts with a title from the input (`title + "\n\n" + body`).
    var hasTitle: Bool { !(meta["title"] ?? meta["headline"] ?? "").isEmpty }
}
