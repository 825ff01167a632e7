import Testing

@testable import MarsadText

@Suite struct TokenizerTests {
    func tokens(_ s: String) -> [(TokenKind, String)] {
        let text = SourceText(s)
        return Tokenizer.tokenize(text).map { ($0.kind, $0.text(in: text)) }
    }

    func expectTokens(
        _ s: String, _ expected: [(TokenKind, String)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let got = tokens(s)
        #expect(got.map(\.0) == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(got.map(\.1) == expected.map(\.1), sourceLocation: sourceLocation)
    }

    @Test func spansOfMixedText() {
        let text = SourceText("في ٢٠٢٢، قال: «Covid-19» 3.5")
        let tokens = Tokenizer.tokenize(text)
        let expected: [Token] = [
            Token(kind: .arabic, start: 0, end: 2, byteStart: 0, byteEnd: 4),
            Token(kind: .number, start: 3, end: 7, byteStart: 5, byteEnd: 13),
            Token(kind: .punctuation, start: 7, end: 8, byteStart: 13, byteEnd: 15),
            Token(kind: .arabic, start: 9, end: 12, byteStart: 16, byteEnd: 22),
            Token(kind: .punctuation, start: 12, end: 13, byteStart: 22, byteEnd: 23),
            Token(kind: .quote, start: 14, end: 15, byteStart: 24, byteEnd: 26),
            Token(kind: .latin, start: 15, end: 23, byteStart: 26, byteEnd: 34),
            Token(kind: .quote, start: 23, end: 24, byteStart: 34, byteEnd: 36),
            Token(kind: .number, start: 25, end: 28, byteStart: 37, byteEnd: 40),
        ]
        #expect(tokens == expected)
    }

    @Test func numbers() {
        expectTokens(
            "2022 ٢٠٢٢ 04/02/2026 04-02-2026 3.5 3,5 ٣٫٥ ١٬٠٠٠ ۱۴۰۲ 10:30",
            [
                (.number, "2022"), (.number, "٢٠٢٢"), (.number, "04/02/2026"), (.number, "04-02-2026"),
                (.number, "3.5"), (.number, "3,5"), (.number, "٣٫٥"), (.number, "١٬٠٠٠"),
                (.number, "۱۴۰۲"), (.number, "10:30"),
            ])
        // A separator not followed by a digit is punctuation.
        expectTokens(
            "عام 2020. و3، 4",
            [
                (.arabic, "عام"), (.number, "2020"), (.punctuation, "."), (.arabic, "و"), (.number, "3"),
                (.punctuation, "،"), (.number, "4"),
            ])
    }

    @Test func latinWordsAndAcronyms() {
        expectTokens(
            "قناة CCTV وMOFA وCovid-19 و F-16 G20 e-mail",
            [
                (.arabic, "قناة"), (.latin, "CCTV"), (.arabic, "و"), (.latin, "MOFA"), (.arabic, "و"),
                (.latin, "Covid-19"), (.arabic, "و"), (.latin, "F-16"), (.latin, "G20"), (.latin, "e-mail"),
            ])
        expectTokens(
            "well- known -x",
            [
                (.latin, "well"), (.punctuation, "-"), (.latin, "known"), (.punctuation, "-"),
                (.latin, "x"),
            ])
    }

    @Test func arabicPunctuation() {
        expectTokens(
            "نعم، لا؛ لماذا؟",
            [
                (.arabic, "نعم"), (.punctuation, "،"), (.arabic, "لا"), (.punctuation, "؛"),
                (.arabic, "لماذا"), (.punctuation, "؟"),
            ])
    }

    @Test func everyQuoteIsItsOwnToken() {
        expectTokens(
            "«نعم» “yes” \"x\" „y“ 'z' ‘w’ ‹v› don't",
            [
                (.quote, "«"), (.arabic, "نعم"), (.quote, "»"), (.quote, "“"), (.latin, "yes"),
                (.quote, "”"),
                (.quote, "\""), (.latin, "x"), (.quote, "\""), (.quote, "„"), (.latin, "y"), (.quote, "“"),
                (.quote, "'"), (.latin, "z"), (.quote, "'"), (.quote, "‘"), (.latin, "w"), (.quote, "’"),
                (.quote, "‹"), (.latin, "v"), (.quote, "›"), (.latin, "don"), (.quote, "'"), (.latin, "t"),
            ])
    }

    @Test func arabicWordsKeepMarksTatweelAndZWNJ() {
        expectTokens(
            "مُحَمَّدٌ كتـــاب می\u{200C}خواهم ـــ",
            [
                (.arabic, "مُحَمَّدٌ"), (.arabic, "كتـــاب"), (.arabic, "می\u{200C}خواهم"), (.symbol, "ـــ"),
            ])
        // A word never includes digits, Latin letters or punctuation.
        expectTokens(
            "عام2022 CNNالعربية بوتين.",
            [
                (.arabic, "عام"), (.number, "2022"), (.latin, "CNN"), (.arabic, "العربية"),
                (.arabic, "بوتين"),
                (.punctuation, "."),
            ])
    }

    @Test func symbolsAndControls() {
        expectTokens(
            "\u{200F}مرحبا 👍🏽 👨‍👩‍👧 🇸🇦🇪🇬 $ ٪\u{202C}",
            [
                (.arabic, "مرحبا"), (.symbol, "👍🏽"), (.symbol, "👨‍👩‍👧"), (.symbol, "🇸🇦"), (.symbol, "🇪🇬"),
                (.symbol, "$"), (.symbol, "٪"),
            ])
        #expect(tokens(" \n\t\r\n\u{200B}\u{2066}").isEmpty)
    }

    @Test func streamingMatchesArray() {
        let text = SourceText("قال الرئيس: «سنفعل ذلك» في 2026.")
        var streamed: [Token] = []
        Tokenizer.forEachToken(in: text) { streamed.append($0) }
        #expect(streamed == Tokenizer.tokenize(text))
    }
}
