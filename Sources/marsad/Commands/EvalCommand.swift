import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadInput
import MarsadText

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score analysis against gold annotations.",
        discussion: """
            Analyses each document named by a gold file (the gold's "doc" field, looked up in \
            DOCS_DIR) and prints precision, recall and F1 per field, then what was missed. \
            The matching rules of each field are documented in Evaluator.swift.

            Example:
              marsad eval ../shared/gold/seeds ../shared/seeds
              marsad eval ../shared/gold/seeds ../shared/seeds --json | jq .fields
            """
    )

    @Argument(help: "Folder of gold JSON files.") var goldDir: String
    @Argument(help: "Folder of the documents the gold files name.") var docsDir: String
    @OptionGroup var knowledge: KnowledgeOptions
    @Flag(help: "Print the report as JSON.") var json = false
    @Flag(help: "Do not list the misses.") var quiet = false

    func run() throws {
        let kb = try knowledge.load()
        let analyzer = Analyzer(knowledge: kb)
        let evaluator = Evaluator(knowledge: kb)
        let status = RunStatus()
        var report = EvalReport()
        let goldFiles: [String]
        do {
            goldFiles = try FileManager.default.contentsOfDirectory(atPath: goldDir).filter { $0.hasSuffix(".json") }
                .sorted()
        } catch {
            StandardError.write("marsad: \(goldDir): cannot read gold folder\n")
            throw ExitCode(74)
        }
        for name in goldFiles {
            let goldPath = (goldDir as NSString).appendingPathComponent(name)
            let gold: GoldDocument
            do {
                gold = try JSONDecoder().decode(
                    GoldDocument.self, from: Data(contentsOf: URL(fileURLWithPath: goldPath)))
            } catch {
                status.report(InputFailure(input: goldPath, reason: "not a gold annotation: \(error)"))
                continue
            }
            let docPath = (docsDir as NSString).appendingPathComponent(gold.doc)
            for item in ArticleReader.read(path: docPath) {
                switch item {
                case .failure(let failure): status.report(failure)
                case .article(let article):
                    let text = SourceText(article.text)
                    let record = analyzer.analyze(
                        source: article.source, text: text, meta: article.meta, hasTitle: article.hasTitle)
                    evaluator.evaluate(gold: gold, record: record, text: text, into: &report)
                }
            }
        }
        let out = OutputSink()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            out.write(bytes: try encoder.encode(report))
            out.write("\n")
        } else {
            out.write(EvalReportText.render(report, misses: !quiet))
        }
        out.flush()
        try status.finish()
    }
}

/// The report as a table for people.
enum EvalReportText {
    static func render(_ report: EvalReport, misses: Bool) -> String {
        var s = "documents: \(report.documents)\n"
        s += "field                 precision  recall     F1   (found/gold, right/predicted)\n"
        for field in EvalReport.fieldOrder {
            guard let score = report.fields[field] else { continue }
            let name = field.padding(toLength: 20, withPad: " ", startingAt: 0)
            s +=
                "\(name)  \(fmt(score.precision))     \(fmt(score.recall))  \(fmt(score.f1))   (\(score.truePositives)/\(score.gold), \(score.correctPredictions)/\(score.predicted))\n"
        }
        if misses {
            for doc in report.misses.keys.sorted() {
                s += "\n\(doc)\n"
                for field in EvalReport.fieldOrder {
                    for miss in report.misses[doc]?[field] ?? [] { s += "  \(field): \(miss)\n" }
                }
            }
        }
        return s
    }

    static func fmt(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        var t = String(v)
        while t.count < 5 { t += "0" }
        return t
    }
}
