import MarsadAnalysis
import MarsadText
import Testing

@testable import MarsadCorpus

/// What the reports of a story agree or disagree on, read from analysed articles written here.
@Suite struct StoryFactsTests {
    let analyzer = Analyzer()

    func facts(_ text: String, date: String = "2015-08-08") -> [ReportedFact] {
        let record = analyzer.analyze(source: "t", text: SourceText(text), meta: ["date": date])
        return ReportedFact.facts(record: record, text: text)
    }

    @Test func numbersAreKeyedByWhatTheyCountAndScaled() {
        let f = facts("أعلنت الشرطة مقتل 15 مصليا وإصابة 11 ألف شخص في المدينة.")
        #expect(f.contains(ReportedFact(kind: "number", key: "مصليا", value: "15", text: "15 مصليا")))
        #expect(f.contains(ReportedFact(kind: "number", key: "شخص", value: "11000", text: "11 ألف شخص")))
    }

    @Test func functionWordsAndRelativeDaysAreNotFacts() {
        let f = facts("قال المسؤول اليوم إن 90 في المئة من السكان عادوا أمس.")
        #expect(!f.contains { $0.key == "في" })
        #expect(!f.contains { $0.kind == "date" })
    }

    @Test func reportsAgreeAndDisagree() {
        let a = facts("أعلنت الشرطة مقتل 15 مصليا في الهجوم الذي وقع في 6 أغسطس 2015.")
        let b = facts("قالت السلطات إن الهجوم الذي وقع في 6 أغسطس 2015 أودى بحياة 16 مصليا.")
        let c = facts("ذكرت الصحيفة أن 15 مصليا قتلوا.")
        let story = StoryFact.compare([(1, a), (2, b), (3, c)])
        let dead = story.first { $0.key == "مصليا" }
        #expect(dead?.agree == false)
        #expect(dead?.values.map(\.value) == ["15", "16"])
        #expect(dead?.values.map(\.articles) == [[1, 3], [2]])
        let date = story.first { $0.kind == "date" }
        #expect(date?.agree == true)
        #expect(date?.values.map(\.value) == ["2015-08-06"])
        // Disagreements come first.
        #expect(story.first?.agree == false)
    }

    @Test func aKeyOneReportGivesIsNoFact() {
        let story = StoryFact.compare([(1, facts("قتل 15 مصليا.")), (2, facts("وصل 300 حاج."))])
        #expect(story.isEmpty)
    }
}
