import ArgumentParser
import MarsadAnalysis
import MarsadInput
import MarsadText

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print the sentences of each article as JSON Lines.",
        discussion: """
            One sentence per line: {"source", "start", "end", "text"}. Sentences end at . ! ? ؟ … \
            and line breaks; a closing quotation mark stays with its sentence; abbreviations such \
            as د. or أ ف ب and decimal numbers do not end one.

            Example:
              echo 'قال د. أحمد: «سنعود». ثم غادر.' | marsad sentences -
            """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let status = RunStatus()
        let out = OutputSink()
        var line: [UInt8] = []
        ArticleStream.forEach(input.inputs, status: status) { article in
            let text = SourceText(article.text)
            for range in SentenceSplitter.sentences(in: text) {
                line.removeAll(keepingCapacity: true)
                line.append(contentsOf: #"{"source":"#.utf8)
                JSONWriter.appendString(article.source, to: &line)
                line.append(contentsOf: ",\"start\":\(range.lowerBound),\"end\":\(range.upperBound),\"text\":".utf8)
                JSONWriter.appendString(text.slice(range), to: &line)
                line.append(contentsOf: "}\n".utf8)
                out.write(bytes: line)
            }
        }
        out.flush()
        try status.finish()
    }
}
