import Testing

@testable import MarsadText

@Suite struct SearchStemmerTests {
    let normalizer = ArabicNormalizer()

    func stem(_ word: String) -> String { SearchStemmer.stem(normalizer.key(word)) }

    @Test func namesSurviveAndCliticsAgree() {
        #expect(stem("بوتين") == "بوتين")
        #expect(stem("وبوتين") == "بوتين")
        #expect(stem("لبوتين") == "بوتين")
        #expect(stem("ولبوتين") == "بوتين")
        #expect(stem("إيران") == "ايران")
        #expect(stem("لإيران") == stem("إيران"))
        #expect(stem("روسيا") == stem("بروسيا"))
        #expect(stem("بكين") == "بكين")
        #expect(stem("الله") == stem("بالله"))
        #expect(stem("والله") == stem("الله"))
    }

    @Test func nounsAgreeAcrossForms() {
        #expect(stem("علاقات") == stem("بالعلاقات"))
        #expect(stem("العلاقات") == "علاق")
        #expect(stem("علاقاتهم") == "علاق")
        #expect(stem("الحكومة") == stem("حكومتها"))
        #expect(stem("أمريكيين") == stem("الأمريكية"))
        #expect(stem("الحسن") == "حسن")
        #expect(stem("للآخر") == "اخر")
    }

    @Test func nonArabicKeysAreLeftAlone() {
        #expect(stem("CCTV") == "cctv")
        #expect(stem("2022") == "2022")
        #expect(stem("قال") == "قال")
    }

    @Test func searchTermsOfTokens() {
        let text = SourceText("وبالعلاقات مع لبوتين")
        let terms = Tokenizer.tokenize(text).map { token in
            normalizer.withSearchTerm(of: token, in: text) { String(decoding: $0, as: UTF8.self) }
        }
        #expect(terms == ["علاق", "مع", "بوتين"])
        #expect(normalizer.searchTerm("العلاقات") == "علاق")
    }

    @Test func inPlaceMatchesRange() {
        for word in ["بالعلاقات", "وبوتين", "حكومتها", "CCTV", "في"] {
            var bytes = Array(normalizer.key(word).utf8)
            let range = bytes.withUnsafeBufferPointer { SearchStemmer.stemRange($0) }
            let expected = Array(bytes[range])
            SearchStemmer.stem(&bytes)
            #expect(bytes == expected)
        }
    }
}
