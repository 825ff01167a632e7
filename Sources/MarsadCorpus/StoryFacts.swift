import MarsadAnalysis
import MarsadKnowledge
import MarsadText

/// A checkable fact one report gives: a number and what it counts (`15 مصليا`), a duration,
/// or a date.
public struct ReportedFact: Sendable, Hashable {
    /// `number`, `duration` or `date`.
    public var kind: String
    /// What the value is about: the normalised word a number counts, or the kind itself.
    public var key: String
    /// The value, normalised (ASCII digits; ISO dates; the duration's words).
    public var value: String
    /// The text as the report wrote it.
    public var text: String

    public init(kind: String, key: String, value: String, text: String) {
        self.kind = kind
        self.key = key
        self.value = value
        self.text = text
    }

    /// The facts of one analysed article: numbers followed by the word they count, the
    /// durations and the dates of its body. Numbers inside a date or duration are left to those.
    public static func facts(record: AnalysisRecord, text: String, knowledge: KnowledgeBase = .embedded)
        -> [ReportedFact]
    {
        let source = SourceText(text)
        let inBody = { (r: Range<Int>) in record.body.contains { $0.start <= r.lowerBound && r.upperBound <= $0.end } }
        var facts: [ReportedFact] = []
        var timeSpans: [Range<Int>] = []
        for t in record.times where inBody(t.start..<t.end) {
            timeSpans.append(t.start..<t.end)
            if t.kind == "duration" {
                facts.append(
                    ReportedFact(
                        kind: "duration", key: "duration", value: PhraseKeys.keys(t.text).joined(separator: " "),
                        text: t.text))
            } else if let value = t.value, t.precision == .day, !t.relative {
                // Relative days (اليوم، أمس) resolve against each report's own date: a story told
                // over several days is not a contradiction.
                facts.append(ReportedFact(kind: "date", key: "date", value: value, text: t.text))
            }
        }
        let tokens = Tokenizer.tokenize(source)
        let lexicons = knowledge.lexicons
        for (i, token) in tokens.enumerated() where token.kind == .number && i + 1 < tokens.count {
            guard tokens[i + 1].kind == .arabic, inBody(token.start..<tokens[i + 1].end),
                !timeSpans.contains(where: { $0.overlaps(token.start..<token.end) }),
                var value = Numerals.value(token.text(in: source))
            else { continue }
            // ألف، مليون، مليار scale the number; the word after them is what it counts.
            var k = i + 1
            var key = PhraseKeys.key(tokens[k].text(in: source))
            if let scale = lexicons.numberWords.values(for: [key]).first(where: {
                $0.kind == "cardinal" && $0.value >= 100
            }),
                k + 1 < tokens.count, tokens[k + 1].kind == .arabic
            {
                value *= Double(scale.value)
                k += 1
                key = PhraseKeys.key(tokens[k].text(in: source))
            }
            // A function word or a time word after a number says nothing about what it counts.
            guard key.unicodeScalars.count >= 2, !lexicons.stopwords.contains(key), !lexicons.timeWords.hasPrefix(key),
                lexicons.numberWords.values(for: [key]).isEmpty
            else { continue }
            let number = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            facts.append(
                ReportedFact(kind: "number", key: key, value: number, text: source.slice(token.start..<tokens[k].end)))
        }
        return facts
    }
}

/// What the reports of one story say about one thing: the values each gives.
public struct StoryFact: Sendable, Equatable {
    public var kind: String
    public var key: String
    /// Each value with the articles that give it and how the first of them wrote it.
    public var values: [Value]
    /// Every report with one value for the key gives the same value.
    public var agree: Bool

    public struct Value: Sendable, Equatable {
        public var value: String
        public var text: String
        public var articles: [Int64]
    }

    /// The keys that at least two reports give with a single value each: they agree when the
    /// values are the same, and disagree otherwise (`15 مصليا` in one report, `16 مصليا` in
    /// another). Reports giving several values for a key (other days, other counts of the same
    /// noun) are left out of its verdict.
    public static func compare(_ reports: [(article: Int64, facts: [ReportedFact])]) -> [StoryFact] {
        struct Key: Hashable {
            var kind: String
            var key: String
        }
        var byKey: [Key: [(value: String, text: String, article: Int64)]] = [:]
        var order: [Key] = []
        for report in reports {
            for f in Set(report.facts) {
                let k = Key(kind: f.kind, key: f.key)
                if byKey[k] == nil { order.append(k) }
                byKey[k, default: []].append((f.value, f.text, report.article))
            }
        }
        var out: [StoryFact] = []
        for k in order {
            // Only reports that give one value for the key speak clearly about it.
            var perArticle: [Int64: [(value: String, text: String)]] = [:]
            for e in byKey[k]! { perArticle[e.article, default: []].append((e.value, e.text)) }
            let single = perArticle.filter { $0.value.count == 1 }.sorted { $0.key < $1.key }
            guard single.count >= 2 else { continue }
            var values: [Value] = []
            for (article, given) in single {
                if let i = values.firstIndex(where: { $0.value == given[0].value }) {
                    values[i].articles.append(article)
                } else {
                    values.append(Value(value: given[0].value, text: given[0].text, articles: [article]))
                }
            }
            out.append(StoryFact(kind: k.kind, key: k.key, values: values, agree: values.count == 1))
        }
        // Disagreements first: they are what an analyst checks.
        return out.sorted { !$0.agree && $1.agree }
    }
}
