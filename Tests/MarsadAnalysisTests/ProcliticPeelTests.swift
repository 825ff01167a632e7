import Testing

@testable import MarsadAnalysis

/// `ProcliticPeel.peeled` (bytes) gives the stems of `ProcliticPeel.stems` (scalars), with what
/// each peel removed.
struct ProcliticPeelTests {
    @Test func peeledStemsWithWhatWasPeeled() {
        #expect(
            ProcliticPeel.peeled("وللصين") == [
                .init(key: "للصين", prefixLength: 1, restoredArticle: false),
                .init(key: "الصين", prefixLength: 3, restoredArticle: true),
            ])
        #expect(
            ProcliticPeel.peeled("فبكين") == [
                .init(key: "بكين", prefixLength: 1, restoredArticle: false),
                .init(key: "كين", prefixLength: 2, restoredArticle: false),
            ])
        #expect(ProcliticPeel.peeled("كالعادة") == [.init(key: "العادة", prefixLength: 1, restoredArticle: false)])
        #expect(ProcliticPeel.peeled("ولد") == [.init(key: "لد", prefixLength: 1, restoredArticle: false)])
        #expect(ProcliticPeel.peeled("بك").isEmpty)
        #expect(ProcliticPeel.peeled("مصر").isEmpty)
    }

    @Test func peeledAgreesWithStems() {
        let words = [
            "وبكين", "للصين", "وللصين", "فللصين", "فلسطين", "بالقاهرة", "كالعادة", "ولندن", "فبكين", "لل", "وال", "ول",
            "ولل", "بك", "ببب", "سيقول", "الصين", "وزارة", "فرنسا", "لبنان", "كوريا", "وكالة", "بريطانيا", "ولي", "وو",
            "ولد", "فلل", "لله", "والله", "بلا", "ب", "و", "وCNN", "ف1", "لـلصين", "كك", "ككك", "وببغداد", "فكييف",
            "لموسكو", "وموسكو", "فموسكو", "ومن", "فما", "بين", "كما", "لكن", "للتعاون", "ولواشنطن", "بأن",
        ]
        for word in words {
            let expected = ProcliticPeel.stems(of: word).map { stem -> ProcliticPeel.Stem in
                let count = word.unicodeScalars.count
                let n = stem.unicodeScalars.count
                return word.hasSuffix(stem)
                    ? .init(key: stem, prefixLength: count - n, restoredArticle: false)
                    : .init(key: stem, prefixLength: count - (n - 2), restoredArticle: true)
            }
            #expect(ProcliticPeel.peeled(word) == expected, "\(word)")
        }
    }
}
