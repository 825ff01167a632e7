import Foundation
import Testing

@testable import MarsadText

/// Every Lucene row of the shared conformance vectors must pass exactly.
@Suite struct LuceneConformanceTests {
    struct Row {
        let input: String
        let expected: String
        let component: String
        let line: Int
    }

    static func rows() throws -> [Row] {
        let text = try String(contentsOf: Shared.vectors, encoding: .utf8)
        var rows: [Row] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.hasPrefix("#") && !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, fields[2].hasPrefix("lucene.") else { continue }
            rows.append(Row(input: fields[0], expected: fields[1], component: fields[2], line: n + 1))
        }
        return rows
    }

    static func luceneStopwords() throws -> Set<String> {
        let text = try String(contentsOf: Shared.stopwords, encoding: .utf8)
        return Set(
            text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    /// A set written in a component name: `name=EMPTY`, `name={a,b}`; nil when absent.
    static func parameter(_ name: String, in component: String) -> Set<String>? {
        guard let range = component.range(of: name + "=") else { return nil }
        let rest = component[range.upperBound...]
        if rest.hasPrefix("EMPTY") { return [] }
        guard rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") else { return nil }
        return Set(
            rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map(String.init))
    }

    static func words(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    func output(for row: Row, stopwords: Set<String>) -> String {
        let c = row.component
        if c.hasPrefix("lucene.ArabicAnalyzer") {
            let stops =
                c.contains("default stopwords") ? stopwords : Self.parameter("stopwords", in: c) ?? []
            let exclusions = Self.parameter("stemExclusion", in: c) ?? []
            return LuceneArabic.analyze(row.input, stopwords: stops, stemExclusions: exclusions)
                .joined(separator: " ")
        }
        if c == "lucene.ArabicNormalizationFilter" { return LuceneArabic.normalize(row.input) }
        if c == "lucene.ArabicStemFilter" { return LuceneArabic.stem(row.input) }
        if c.hasPrefix("lucene.ArabicStemFilter(keyword-marked") {
            // The test marks its only word as a keyword.
            let words = Self.words(row.input)
            return LuceneArabic.stemFilter(words, keywords: Set(words)).joined(separator: " ")
        }
        if c.hasPrefix("lucene.ArabicNormalizationFilter+ArabicStemFilter") {
            return Self.words(row.input).map { LuceneArabic.stem(LuceneArabic.normalize($0)) }
                .joined(separator: " ")
        }
        if c.hasPrefix("lucene.ArabicNormalizationFilter") {
            return Self.words(row.input).map(LuceneArabic.normalize).joined(separator: " ")
        }
        return "<unknown component \(c)>"
    }

    @Test(.enabled(if: Shared.hasConformance, "shared conformance vectors absent (../shared)"))
    func everyLuceneRowPasses() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 55)
        let stopwords = try Self.luceneStopwords()
        #expect(stopwords.count > 100)
        for row in rows {
            #expect(
                output(for: row, stopwords: stopwords) == row.expected,
                "line \(row.line): \(row.component) \(row.input)")
        }
    }

    @Test func stemmerLengthRules() {
        #expect(LuceneArabic.stem("وحسن") == "حسن")
        #expect(LuceneArabic.stem("وحس") == "وحس")  // و needs three letters after it
        #expect(LuceneArabic.stem("الو") == "الو")
        #expect(LuceneArabic.stem("ساهدهات") == "ساهد")  // suffixes apply in turn
    }
}
