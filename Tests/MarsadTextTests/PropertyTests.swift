import Testing

@testable import MarsadText

/// Invariants over random texts mixing everything the tokenizer must survive.
@Suite struct PropertyTests {
    static let pieces: [[String]] = [
        (0x0621...0x064A).map { String(Unicode.Scalar($0)!) },  // letters
        (0x064B...0x0652).map { String(Unicode.Scalar($0)!) } + ["\u{0640}", "\u{0670}", "\u{0654}"],
        (0x30...0x39).map { String(Unicode.Scalar($0)!) }
            + (0x0660...0x0669).map { String(Unicode.Scalar($0)!) }
            + (0x06F0...0x06F9).map { String(Unicode.Scalar($0)!) },
        [".", ",", "،", "؛", "؟", "!", "?", ":", "-", "/", "٫", "٬", "…", "(", ")", "–"],
        ["“", "”", "«", "»", "\"", "„", "'", "‘", "’", "‹", "›"],
        ["😀", "👍🏽", "👨‍👩‍👧", "🇸🇦", "❤️", "1️⃣", "$", "%", "٪", "©"],
        [
            "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}",
            "\u{202C}",
            "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{FEFF}",
            "\u{061C}",
        ],
        ["a", "B", "z", "Q", "é", "ß", "ж", "中", "e\u{301}", "CCTV", "Covid-19"],
        [" ", " ", " ", "\u{A0}", "\t"],
        ["\n", "\r\n", "\r", "\u{2028}"],
        [
            "\u{FEFB}", "\u{FDF2}", "\u{FE8D}", "\u{FEDF}", "\u{FEE0}", "\u{FE91}", "\u{FDFA}",
            "\u{FE70}",
        ],
    ]

    static func randomText(_ rng: inout SeededGenerator) -> String {
        var s = ""
        let length = Int.random(in: 0...300, using: &rng)
        for _ in 0..<length {
            // Letters and spaces most often, like real text.
            let r = Int.random(in: 0..<20, using: &rng)
            let group = r < 7 ? 0 : r < 10 ? 8 : Int.random(in: 0..<pieces.count, using: &rng)
            s += pieces[group].randomElement(using: &rng)!
        }
        return s
    }

    @Test func invariantsHoldOnRandomTexts() {
        var rng = SeededGenerator(seed: 20_260_204)
        let normalizer = ArabicNormalizer()
        for _ in 0..<400 {
            let string = Self.randomText(&rng)
            let text = SourceText(string)
            checkOffsets(text)
            checkTokens(text, normalizer)
            checkSentences(text)
            checkNormalization(text, normalizer, &rng)
        }
    }

    func checkOffsets(_ text: SourceText) {
        #expect(text.scalarCount == text.string.unicodeScalars.count)
        var byte = 0
        for (s, scalar) in text.string.unicodeScalars.enumerated() {
            #expect(text.byteOffset(ofScalar: s) == byte)
            #expect(text.scalarOffset(ofByte: byte) == s)
            byte += String(scalar).utf8.count
        }
        #expect(text.byteOffset(ofScalar: text.scalarCount) == text.bytes.count)
        #expect(text.scalarOffset(ofByte: text.bytes.count) == text.scalarCount)
    }

    func checkTokens(_ text: SourceText, _ normalizer: ArabicNormalizer) {
        var previousEnd = 0
        var buffer: [UInt8] = []
        for token in Tokenizer.tokenize(text) {
            #expect(token.start >= previousEnd && token.start < token.end)
            previousEnd = token.end
            let slice = text.scalarSlice(token.range)
            #expect(slice == token.text(in: text))
            #expect(token.byteStart == text.byteOffset(ofScalar: token.start))
            #expect(token.byteEnd == text.byteOffset(ofScalar: token.end))
            #expect(!slice.unicodeScalars.contains { $0.properties.isWhitespace }, "\(slice)")
            if token.kind == .quote { #expect(slice.unicodeScalars.count == 1) }
            normalizer.key(of: token, in: text, into: &buffer)
            #expect(String(decoding: buffer, as: UTF8.self) == normalizer.key(slice))
        }
    }

    func checkSentences(_ text: SourceText) {
        var previousEnd = 0
        for range in SentenceSplitter.sentences(in: text) {
            #expect(range.lowerBound >= previousEnd && !range.isEmpty)
            previousEnd = range.upperBound
            let slice = text.scalarSlice(range)
            #expect(slice == text.slice(range))
            #expect(slice.unicodeScalars.first.map { !$0.properties.isWhitespace } == true)
            #expect(slice.unicodeScalars.last.map { !$0.properties.isWhitespace } == true)
        }
        for line in Paragraphs.lines(in: text) {
            #expect(!text.slice(line).contains { $0.isNewline })
        }
    }

    func checkNormalization(
        _ text: SourceText, _ normalizer: ArabicNormalizer, _ rng: inout SeededGenerator
    ) {
        let normalized = normalizer.normalize(text)
        #expect(normalized.string == normalizer.key(text.string))
        #expect(normalized.scalarCount == normalized.string.unicodeScalars.count)
        var previous = 0
        for i in 0...normalized.scalarCount {
            let source = normalized.sourceScalar(forNormalizedScalar: i)
            #expect(source >= previous && source <= text.scalarCount)
            previous = source
        }
        guard normalized.scalarCount > 0 else { return }
        for _ in 0..<20 {
            let a = Int.random(in: 0..<normalized.scalarCount, using: &rng)
            let b = Int.random(in: a...normalized.scalarCount, using: &rng)
            let range = normalized.sourceRange(forNormalized: a..<b)
            #expect(range.lowerBound >= 0 && range.upperBound <= text.scalarCount)
            #expect(a == b || !range.isEmpty)
            // The source span normalises to text containing the normalised span.
            let part = String(normalized.string.unicodeScalars.dropFirst(a).prefix(b - a))
            #expect(normalizer.key(text.slice(range)).contains(part) || part.isEmpty)
        }
    }
}
