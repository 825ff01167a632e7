import ArgumentParser
import MarsadAnalysis
import MarsadInput
import MarsadText

extension Analyzer.Depth: ExpressibleByArgument {}

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles into analysis records (JSON Lines).",
        discussion: """
            One analysis record per article (the contract is spec/analysis-format.md): clean body, \
            headline, publication date with its basis, outlet, credited agencies, dateline, time \
            expressions. Inputs: .txt articles, JSON or JSON Lines collections (title + content, \
            text or body; date, url, source, author kept as doc.meta), zip archives of these, \
            folders (recursively) and - for standard input. Analysis runs on all cores; output \
            follows input order.

            Examples:
              marsad analyze article.txt --pretty
              marsad analyze corpus/ --output records.jsonl
              marsad analyze 2015-07-21.zip > /dev/null
              marsad analyze corpus/ --depth entities --output records.jsonl
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var knowledge: KnowledgeOptions
    @Flag(help: "Pretty-print each record (for people; JSON Lines otherwise).") var pretty = false
    @Option(help: ArgumentHelp("Write the records to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Option(
        help: ArgumentHelp(
            "How far to analyse: base (cleaning, metadata, dates, times), entities (base and entities), full (all, with quotations and events). Shorter is faster; the fields left out stay empty.",
            valueName: "depth"))
    var depth: Analyzer.Depth = .full

    func run() throws {
        let analyzer = Analyzer(knowledge: try knowledge.load(), depth: depth)
        let status = RunStatus()
        let sink = try OutputSink.open(output)
        let encoder = RecordEncoder(pretty: pretty)
        ArticleBatches.run(
            input.inputs, status: status,
            analyzeGroup: { articles in
                let inputs = articles.map {
                    Analyzer.Input(source: $0.source, text: SourceText($0.text), meta: $0.meta, hasTitle: $0.hasTitle)
                }
                return analyzer.analyze(inputs).map { encoder.encode($0) }
            }, deliver: { _, bytes in sink.write(bytes: bytes) })
        sink.flush()
        try status.finish()
    }
}
