import ArgumentParser
import Foundation
import MarsadAnalysis

/// `marsad ner --conll FILE`: entity-level NER scores against a CoNLL file.
struct NERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score the entity recogniser on a CoNLL NER file (entity-level P/R/F1).",
        discussion: """
            Reads `token TAG` lines (blank lines between sentences; tags B-/I- with PERS or PER, \
            LOC, ORG, MISC or MIS0-3, and O), joins each sentence's tokens with spaces into a \
            text, runs the entity recogniser on it — read after the --context sentences before \
            it, as the running news text it was cut from, so that a surname alone is known from \
            the full name before it — and compares entity spans the CoNLL way \
            (conlleval): a predicted entity counts only with exactly the gold's token boundaries \
            and type. A mention covers every token it overlaps (a mention with a proclitic is \
            the whole token, وبوتين).

            Type mapping (ours → CoNLL):
              PERSON      → PERS
              GPE, LOC    → LOC
              ORG         → ORG
              EVENT       → MISC
            Gold PER is read as PERS and MIS0–MIS3 as MISC.

            Example:
              marsad ner --conll ../shared/eval-data/anercorp/ANERCorp_CAMeLrecipe_train.txt
            """
    )

    @Option(name: .customLong("conll"), help: ArgumentHelp("The CoNLL file.", valueName: "file")) var file: String
    @Option(help: ArgumentHelp("Print up to N wrong sentences (gold vs ours).", valueName: "n")) var show = 0
    @Option(
        help: ArgumentHelp(
            "Read each sentence after the N sentences before it, as running text (0: each alone).", valueName: "n"))
    var context = 30
    @OptionGroup var knowledge: KnowledgeOptions

    func validate() throws {
        if context < 0 { throw ValidationError("--context must be 0 or more, not \(context)") }
    }

    func run() throws {
        let kb = try knowledge.load()
        guard let data = FileManager.default.contents(atPath: file) else {
            StandardError.write("marsad: \(file): cannot read\n")
            throw ExitCode(74)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            StandardError.write("marsad: \(file): not UTF-8 text\n")
            throw ExitCode(65)
        }
        let (sentences, problems) = CoNLL.read(text)
        for p in problems.prefix(10) {
            StandardError.write("marsad: \(file):\(p.line): not `token TAG`, read as an O token: \(p.text)\n")
        }
        if problems.count > 10 { StandardError.write("marsad: \(file): \(problems.count - 10) more such lines\n") }
        let runner = NERRunner(knowledge: kb, context: context)
        let predicted = parallelMap(Array(sentences.indices)) { runner.predict(sentences, at: $0) }
        var score = NERScore()
        var shown = 0
        var out = ""
        for (s, p) in zip(sentences, predicted) {
            let gold = CoNLL.spans(s.tags)
            score.add(gold: gold, predicted: p)
            if shown < show, Set(gold) != Set(p) {
                shown += 1
                out += "\(file):\(s.line)\n  gold: \(render(gold, s))\n  ours: \(render(p, s))\n"
            }
        }
        out += "sentences: \(score.sentences), tokens: \(sentences.reduce(0) { $0 + $1.tokens.count })\n"
        out += "type     precision  recall     F1   (right/predicted, found/gold)\n"
        for type in score.types.keys.sorted() {
            out += line(type, score.types[type]!)
        }
        out += line("overall", score.overall)
        print(out, terminator: "")
    }

    func render(_ spans: [NERSpan], _ s: CoNLLSentence) -> String {
        spans.sorted().map { "\($0.type):\(s.tokens[$0.start..<$0.end].joined(separator: " "))" }.joined(
            separator: " | ")
    }

    func line(_ name: String, _ c: NERScore.Counts) -> String {
        let n = name.padding(toLength: 8, withPad: " ", startingAt: 0)
        return
            "\(n) \(fmt(c.precision))      \(fmt(c.recall))  \(fmt(c.f1))   (\(c.truePositives)/\(c.predicted), \(c.truePositives)/\(c.gold))\n"
    }

    func fmt(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        var t = String(v)
        while t.count < 5 { t += "0" }
        return t
    }
}
