import ArgumentParser
import MarsadInput
import MarsadText

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the normalised matching form of each article.",
        discussion: """
            Normalisation is for matching only: presentation forms to letters; harakat and \
            tatweel removed; أ إ آ ٱ → ا; ى → ي; Arabic-Indic and Persian digits → ASCII; \
            bidi and zero-width controls dropped. With --search-key also ة → ه (the form the \
            search index uses). The source text is never rewritten; analysis spans always point \
            into the original.

            Example:
              echo 'أَعْلَنَ الرَّئيسُ ٢٠٢٢' | marsad normalize -
              → اعلن الرئيس 2022
            """
    )

    @OptionGroup var input: InputOptions
    @Flag(help: "Also map ة to ه, as search keys do.") var searchKey = false

    func run() throws {
        let status = RunStatus()
        let out = OutputSink()
        var options = ArabicNormalizer.Options()
        options.tehMarbutaToHeh = searchKey
        let normalizer = ArabicNormalizer(options: options)
        ArticleStream.forEach(input.inputs, status: status) { article in
            out.write(normalizer.normalize(SourceText(article.text)).string)
            out.write("\n")
        }
        out.flush()
        try status.finish()
    }
}
