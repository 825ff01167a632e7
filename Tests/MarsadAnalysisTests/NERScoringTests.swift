import Testing

@testable import MarsadAnalysis

/// CoNLL reading and entity-level scoring on a tiny hand-made sample.
@Suite struct NERScoringTests {
    static let sample = """
        قال O
        الرئيس O
        فلاديمير B-PERS
        بوتين I-PERS
        في O
        موسكو B-LOC

        زار O
        وفد O
        الأمم B-ORG
        المتحدة I-ORG
        بيروت B-LOC
        I-LOC
        """

    @Test func readsSentences() {
        let (sentences, problems) = CoNLL.read(Self.sample)
        #expect(sentences.count == 2)
        #expect(sentences[0].tokens == ["قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو"])
        #expect(sentences[1].line == 8)
        // A line with one field is kept as an O token and reported.
        #expect(problems.map(\.line) == [13])
        #expect(sentences[0].text.text == "قال الرئيس فلاديمير بوتين في موسكو")
        #expect(sentences[0].text.ranges[2] == 11..<19)
    }

    @Test func spansFollowConlleval() {
        #expect(
            CoNLL.spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-LOC"]) == [
                NERSpan(type: "PERS", start: 0, end: 2), NERSpan(type: "LOC", start: 3, end: 5),
                NERSpan(type: "ORG", start: 5, end: 6), NERSpan(type: "LOC", start: 6, end: 7),
            ])
        #expect(CoNLL.spans(["B-MIS1", "I-MIS1"]) == [NERSpan(type: "MISC", start: 0, end: 2)])
    }

    @Test func exactMatchScoring() {
        var score = NERScore()
        let gold = [NERSpan(type: "PERS", start: 2, end: 4), NERSpan(type: "LOC", start: 5, end: 6)]
        // Right boundaries and type; a partial person; a wrong type.
        score.add(
            gold: gold, predicted: [NERSpan(type: "LOC", start: 5, end: 6), NERSpan(type: "PERS", start: 3, end: 4)])
        score.add(gold: [NERSpan(type: "ORG", start: 0, end: 2)], predicted: [NERSpan(type: "LOC", start: 0, end: 2)])
        #expect(score.overall.truePositives == 1)
        #expect(score.overall.predicted == 3)
        #expect(score.overall.gold == 3)
        #expect(abs(score.overall.f1 - 1.0 / 3.0) < 1e-9)
        #expect(score.types["LOC"]?.precision == 0.5)
        #expect(score.types["PERS"]?.recall == 0)
    }

    @Test func recogniserOnSample() {
        let (sentences, _) = CoNLL.read(Self.sample)
        let runner = NERRunner()
        var score = NERScore()
        for s in sentences { score.add(gold: CoNLL.spans(s.tags), predicted: runner.predict(s)) }
        #expect(
            runner.predict(sentences[0]) == [
                NERSpan(type: "PERS", start: 2, end: 4), NERSpan(type: "LOC", start: 5, end: 6),
            ])
        #expect(score.overall.gold == 4)
        #expect(score.overall.truePositives >= 3)
    }

    @Test func earlierSentencesGiveContext() {
        // The surname alone is a person only once the full name was read before it (fictional).
        let full = CoNLLSentence(tokens: ["وصل", "ألبرتو", "فيرانتي"], tags: ["O", "B-PERS", "I-PERS"])
        let short = CoNLLSentence(tokens: ["وقال", "فيرانتي", "إن"], tags: ["O", "B-PERS", "O"])
        let alone = NERRunner(context: 0)
        let withContext = NERRunner(context: 4)
        #expect(alone.predict([full, short], at: 1) == [])
        #expect(withContext.predict([full, short], at: 1) == [NERSpan(type: "PERS", start: 1, end: 2)])
        // Only the scored sentence's own entities come back, on its own token indices.
        #expect(withContext.predict([full, short], at: 0) == [NERSpan(type: "PERS", start: 1, end: 3)])
    }

    @Test func typeMapping() {
        #expect(CoNLL.conllType("PERSON") == "PERS")
        #expect(CoNLL.conllType("GPE") == "LOC")
        #expect(CoNLL.conllType("LOC") == "LOC")
        #expect(CoNLL.conllType("ORG") == "ORG")
        #expect(CoNLL.conllType("EVENT") == "MISC")
    }
}
