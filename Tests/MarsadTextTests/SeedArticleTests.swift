import Foundation
import Testing

@testable import MarsadText

/// The seed articles: tokens never straddle a word boundary, and every quotation mark is a
/// token of its own. Nothing here is tuned to their content.
@Suite struct SeedArticleTests {
    @Test(.enabled(if: Shared.hasSeeds, "seed articles absent (../shared/seeds)"))
    func tokensRespectWordBoundaries() throws {
        let files = try Shared.seedFiles()
        #expect(files.count >= 5)
        for file in files {
            let text = try TextDecoder.decode(Array(try Data(contentsOf: file)))
            let tokens = Tokenizer.tokenize(text)
            var quoteTokens = 0
            for token in tokens {
                let scalars = Array(token.text(in: text).unicodeScalars)
                #expect(
                    !scalars.contains { $0.properties.isWhitespace }, "\(file.lastPathComponent) \(token)")
                if token.kind == .arabic {
                    let foreign = scalars.first {
                        let c = ScalarClass.of($0.value)
                        return c != .arabicLetter && c != .arabicMark && c != .joiner
                    }
                    #expect(
                        foreign == nil, "\(file.lastPathComponent): \(String(scalars.map(Character.init)))")
                }
                if token.kind == .quote {
                    #expect(scalars.count == 1)
                    quoteTokens += 1
                }
            }
            let quoteMarks = text.string.unicodeScalars.filter { ScalarClass.of($0.value) == .quote }
                .count
            #expect(quoteTokens == quoteMarks, "\(file.lastPathComponent)")
            // Sentences cover every token.
            let sentences = SentenceSplitter.sentences(in: text)
            #expect(!sentences.isEmpty)
            #expect(sentences.first?.lowerBound == tokens.first?.start)
            #expect(sentences.last?.upperBound == tokens.last?.end)
        }
    }
}
