import Foundation
import Testing

@testable import MarsadText

@Suite struct NormalizerTests {
    let normalizer = ArabicNormalizer()

    @Test(arguments: [
        ("أحمد", "احمد"), ("إسرائيل", "اسرائيل"), ("آمال", "امال"), ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"), ("مدرسة", "مدرسه"), ("مُحَمَّدٌ", "محمد"), ("كتـــاب", "كتاب"),
        ("٢٠٢٢", "2022"), ("۱۴۰۲", "1402"), ("٣٫٥", "3.5"), ("١٬٠٠٠", "1,000"),
        ("کتاب", "كتاب"), ("ایران", "ايران"), ("گاز", "كاز"),
        ("بو\u{200F}تين", "بوتين"), ("\u{202B}غزة\u{202C}", "غزه"), ("\u{FEFF}x", "x"),
        ("ک\u{200C}ه", "كه"), ("CCTV", "cctv"), ("Covid-19", "covid-19"),
        ("هٰذا", "هذا"), ("شي\u{0654}", "شئ"), ("سو\u{0654}ال", "سؤال"),
    ])
    func keyFolds(_ input: String, _ expected: String) {
        #expect(normalizer.key(input) == expected)
    }

    @Test(arguments: [
        ("\u{FEDF}\u{FEE0}\u{FE8E}", "للا"),  // initial lam, medial lam, final alef
        ("\u{FEFB}", "لا"), ("\u{FEF7}", "لا"), ("\u{FEF5}", "لا"), ("\u{FEF9}", "لا"),
        ("\u{FDF2}", "الله"), ("\u{FE8D}\u{FEDF}\u{FEE4}\u{FEEE}\u{FEAE}", "المور"),
        ("\u{FE91}\u{FEEE}\u{FE97}\u{FEF4}\u{FEE6}", "بوتين"), ("\u{FE93}", "ه"), ("\u{FEEF}", "ي"),
        ("\u{FE83}", "ا"), ("\u{FE8B}", "ئ"), ("\u{FE85}", "ؤ"), ("\u{FE80}", "ء"),
        ("\u{FE70}", ""), ("\u{FE71}", ""), ("\u{FC5E}", ""), ("\u{FB8E}", "ك"), ("\u{FBFC}", "ي"),
        ("\u{FDFA}", "صلي الله عليه وسلم"),
    ])
    func presentationForms(_ input: String, _ expected: String) {
        #expect(normalizer.key(input) == expected)
    }

    @Test func everyPresentationLetterMapsToItsLetter() {
        // The four forms of ب, ت ... ي in U+FE8F–U+FEF4 map to the letter of their row.
        let letters: [(UInt32, ClosedRange<UInt32>)] = [
            (0x0628, 0xFE8F...0xFE92), (0x062A, 0xFE95...0xFE98), (0x062C, 0xFE9D...0xFEA0),
            (0x0633, 0xFEB1...0xFEB4), (0x0639, 0xFEC9...0xFECC), (0x0643, 0xFED9...0xFEDC),
            (0x0644, 0xFEDD...0xFEE0), (0x0645, 0xFEE1...0xFEE4), (0x0646, 0xFEE5...0xFEE8),
            (0x0647, 0xFEE9...0xFEEC), (0x064A, 0xFEF1...0xFEF4),
        ]
        for (letter, forms) in letters {
            for form in forms {
                let input = String(Unicode.Scalar(form)!)
                #expect(
                    normalizer.key(input) == String(Unicode.Scalar(letter)!), "U+\(String(form, radix: 16))")
            }
        }
    }

    @Test func tableMatchesFoundationCompatibilityMapping() {
        // Foundation's NFKC of each presentation form, folded, must equal our table's result.
        for v in Array(UInt32(0xFB50)...0xFDFF) + Array(UInt32(0xFE70)...0xFEFC) {
            guard let scalar = Unicode.Scalar(v), scalar.properties.generalCategory != .unassigned else {
                continue
            }
            let nfkc = String(scalar).precomposedStringWithCompatibilityMapping
                .trimmingCharacters(in: .whitespaces)
            #expect(normalizer.key(String(scalar)) == normalizer.key(nfkc), "U+\(String(v, radix: 16))")
        }
    }

    @Test func optionsKeepTehMarbutaAndCase() {
        let readable = ArabicNormalizer(options: .readable)
        #expect(readable.key("مدرسة CNN") == "مدرسة CNN")
        let alef = ArabicNormalizer(options: .init(superscriptAlefToAlef: true))
        #expect(alef.key("هٰذا") == "هاذا")
        let digits = ArabicNormalizer(options: .init(asciiDigits: false))
        #expect(digits.key("٢٠٢٢") == "٢٠٢٢")
    }

    @Test func keyIntoReusedBuffer() {
        let text = SourceText("والرئيسُ الأمريكيّ")
        let tokens = Tokenizer.tokenize(text)
        var buffer: [UInt8] = []
        normalizer.key(of: tokens[0], in: text, into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "والرئيس")
        normalizer.key(of: tokens[1], in: text, into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "الامريكي")
    }

    @Test func keyPathsAgree() {
        // The stack path, the buffer path and the string path give the same key, ligatures too.
        let text = SourceText("والرئيسُ ﷺ \u{FEFB}ﻻ CCTV ٢٠٢٦")
        var buffer: [UInt8] = []
        for token in Tokenizer.tokenize(text) {
            normalizer.key(of: token, in: text, into: &buffer)
            let stacked = normalizer.withKey(of: token, in: text) { Array($0) }
            #expect(stacked == buffer)
            #expect(String(decoding: buffer, as: UTF8.self) == normalizer.key(token.text(in: text)))
        }
        #expect(normalizer.key("ﷺ") == "صلي الله عليه وسلم")
    }

    @Test func normalizedTextMapsBack() {
        let text = SourceText("قالَ \u{200F}الرئيسُ ﻻ")
        let normalized = normalizer.normalize(text)
        #expect(normalized.string == "قال الرئيس لا")
        // "الرئيس" is normalised 4..<10; its source keeps the damma, not the RLM before it.
        #expect(normalized.sourceRange(forNormalized: 4..<10) == 6..<13)
        #expect(text.slice(6..<13) == "الرئيسُ")
        // Each letter of the ligature maps to the whole ligature.
        #expect(normalized.sourceRange(forNormalized: 11..<12) == 14..<15)
        #expect(normalized.sourceRange(forNormalized: 12..<13) == 14..<15)
        #expect(normalized.sourceScalar(forNormalizedScalar: 13) == text.scalarCount)
        #expect(normalizer.normalize("ﻻ") == "لا")
        // A ligature after a shortened presentation form still maps each letter back.
        let forms = normalizer.normalize(SourceText("\u{FE8D}\u{FEFB}"))
        #expect(forms.string == "الا")
        #expect((0...3).map { forms.sourceScalar(forNormalizedScalar: $0) } == [0, 1, 1, 2])
    }
}
