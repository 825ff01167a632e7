import MarsadText
import Testing

@testable import MarsadAnalysis

@Suite struct WordSetTests {
    @Test func membersByHashAndBytes() {
        let set: WordSet = ["ان", "انه", "بان", "في", "ان"]
        #expect(set.all == ["ان", "انه", "بان", "في"])
        for word in ["ان", "انه", "بان", "في"] {
            #expect(set.contains(word))
            #expect(set.contains(word, hash: ByteHash.of(word)))
        }
        for word in ["", "انها", "أن", "فى", "ب"] { #expect(!set.contains(word), "\(word)") }
        // A hash that matches no word's bytes answers no, even if it were to collide.
        #expect(!set.contains("انه", hash: ByteHash.of("ان")))
        let empty = WordSet([])
        #expect(!empty.contains("ان"))
    }

    @Test func manyWordsStillFound() {
        let words = (0..<200).map { "w\($0)" }
        let set = WordSet(words)
        #expect(words.allSatisfy { set.contains($0) })
        #expect(!set.contains("w200"))
    }

    /// Each class of the event grammar has its own bit (the mask of a phrase ORs them).
    @Test func eventGrammarClassesHaveDistinctBits() {
        let bits = EventGrammar.Word.allCases.map(\.bit)
        #expect(Set(bits).count == bits.count)
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
    }
}
