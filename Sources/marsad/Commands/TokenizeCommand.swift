import ArgumentParser
import MarsadAnalysis
import MarsadInput
import MarsadText

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print the tokens of each article as JSON Lines.",
        discussion: """
            One token per line: {"source", "text", "kind", "start", "end", "norm", "stem"}. \
            kind is arabic, latin, number, punctuation, quote or symbol; start and end count \
            Unicode scalars from the start of the article, end exclusive; norm is the normalised \
            matching key and stem the search stem.

            Example:
              echo 'وبوتين «قال»' | marsad tokenize -
            """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let status = RunStatus()
        let out = OutputSink()
        var keyOptions = ArabicNormalizer.Options()
        keyOptions.tehMarbutaToHeh = true
        let matcher = ArabicNormalizer()
        let searcher = ArabicNormalizer(options: keyOptions)
        var line: [UInt8] = []
        ArticleStream.forEach(input.inputs, status: status) { article in
            let text = SourceText(article.text)
            Tokenizer.forEachToken(in: text) { token in
                let surface = token.text(in: text)
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: #"{"source":"#.utf8)
                JSONWriter.appendString(article.source, to: &line)
                line.append(contentsOf: #","text":"#.utf8)
                JSONWriter.appendString(surface, to: &line)
                line.append(contentsOf: #","kind":""#.utf8)
                line.append(contentsOf: token.kind.rawValue.utf8)
                line.append(contentsOf: "\",\"start\":\(token.start),\"end\":\(token.end),\"norm\":".utf8)
                JSONWriter.appendString(matcher.key(surface), to: &line)
                line.append(contentsOf: #","stem":"#.utf8)
                let stem =
                    token.kind == .arabic || token.kind == .latin
                    ? SearchStemmer.stem(searcher.key(surface)) : searcher.key(surface)
                JSONWriter.appendString(stem, to: &line)
                line.append(contentsOf: "}\n".utf8)
                out.write(bytes: line)
            }
        }
        out.flush()
        try status.finish()
    }
}
