import MarsadInput

/// Reads every article of the given inputs in order, reporting failures as they come.
enum ArticleStream {
    static func forEach(_ paths: [String], status: RunStatus, _ body: (Article) -> Void) {
        for file in InputFiles.expand(paths) {
            switch file {
            case .failure(let failure): status.report(failure)
            case .success(let path):
                for item in ArticleReader.read(path: path) {
                    switch item {
                    case .article(let article): body(article)
                    case .failure(let failure): status.report(failure)
                    }
                }
            }
        }
    }
}
