import Testing

@testable import MarsadText

@Suite struct CliticsTests {
    func stems(_ word: String) -> [String] { Clitics.candidates(word).map(\.stem) }

    @Test func wabutin() {
        let c = Clitics.candidates("وبوتين")
        #expect(c.map(\.stem) == ["وتين", "بوتين", "وبوتين"])
        #expect(c.map(\.prefix) == ["وب", "و", ""])
        #expect(c.map(\.prefixLength) == [2, 1, 0])
        #expect(c.last!.isUnsplit)
    }

    @Test func liRussia() {
        #expect(stems("لروسيا") == ["روسيا", "لروسيا"])
    }

    @Test func bilAlaqat() {
        let c = Clitics.candidates("بالعلاقات")
        #expect(c.map(\.stem) == ["علاقات", "العلاقات", "بالعلاقات"])
        #expect(c.map(\.prefix) == ["بال", "ب", ""])
    }

    @Test func lilRaees() {
        let c = Clitics.candidates("للرئيس")
        #expect(c.map(\.stem) == ["رئيس", "الرئيس", "لرئيس", "للرئيس"])
        #expect(c.map(\.prefixLength) == [2, 2, 1, 0])
    }

    @Test func namesAreOfferedWhole() {
        #expect(stems("بكين") == ["كين", "بكين"])
        #expect(stems("لافروف").contains("لافروف"))
        #expect(stems("فلاديمير").contains("فلاديمير"))
        #expect(stems("ليبيا") == ["يبيا", "ليبيا"])
    }

    @Test func suffixes() {
        let c = Clitics.candidates("وحكومته")
        #expect(
            c.first
                == CliticSplit(prefix: "و", stem: "حكومت", suffix: "ه", prefixLength: 1, suffixLength: 1))
        #expect(stems("وحكومته").contains("حكومه"))
        #expect(stems("كتابهم").contains("كتاب"))
        // Not after an article, and 3 letters must remain.
        #expect(!stems("الكتابهم").contains("كتاب"))
        #expect(stems("بيته") == ["بيت", "يته", "بيته"])
    }

    @Test func byteViewMatchesStrings() {
        for word in ["وبوتين", "للرئيس", "وحكومته", "بالعلاقات", "ول", ""] {
            var views: [String] = []
            var lengths: [Int] = []
            var bytes = Array(word.utf8)
            bytes.withUnsafeBufferPointer { key in
                Clitics.forEachCandidate(key) { view in
                    views.append(String(decoding: view.stem, as: UTF8.self))
                    lengths.append(view.prefixLength + view.suffixLength)
                }
            }
            let splits = Clitics.candidates(word)
            #expect(views == splits.map(\.stem))
            #expect(lengths == splits.map { $0.prefixLength + $0.suffixLength })
            bytes.removeAll()
        }
    }

    @Test func shortWordsStayWhole() {
        #expect(stems("ول") == ["ول"])
        #expect(stems("") == [""])
    }
}
