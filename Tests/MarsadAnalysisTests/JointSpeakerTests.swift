import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Several speakers of one quotation: `speaker` is the first, `speakers` lists them all
/// (fictional speakers; two fictional foreign ministers carry roles).
@Suite struct JointSpeakerTests: QuoteFixture {

    /// Names joined by و before a dual verb (X وY أعربا) speak together.
    @Test func conjoinedSubjectBeforeTheCue() {
        let text = "وأضاف سامر الحداد أن الحكومة مستعدة. وكانت لينا منصور وكريم ناصر قد أعربا عن استعدادهما للحوار."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 2)
        let q = r.quotes.last
        #expect(q?.speaker == "kb:test-lina")
        #expect(q?.speakers == ["kb:test-lina", "kb:test-karim"])
        #expect(q?.cue?.text == "أعربا")
        #expect(q?.text == "استعدادهما للحوار")
        #expect(r.quotes.first?.speakers == ["kb:test-samer"])
    }

    /// Names joined by و after the cue (قال X وY) speak together.
    @Test func conjoinedSubjectAfterTheCue() {
        let text = "وقال سامر الحداد ولينا منصور في بيان مشترك إن المحادثات كانت بناءة."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.speakers == ["kb:test-samer", "kb:test-lina"])
        #expect(r.quotes.first?.text == "المحادثات كانت بناءة")
    }

    /// A dual noun (الوزيران) refers back to the two ministers the article names.
    @Test func dualNounRefersToThePair() {
        let text = "وقال نادر سليم لنظيرته هالة يوسف إن الاتصالات مستمرة. وأكد الوزيران أن التنسيق سيستمر."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 2)
        #expect(r.quotes.first?.speakers == ["kb:test-nader"])
        #expect(r.quotes.last?.speaker == "kb:test-nader")
        #expect(r.quotes.last?.speakers == ["kb:test-nader", "kb:test-hala"])
        #expect(r.quotes.last?.text == "التنسيق سيستمر")
        #expect(r.quotes.last?.start == 71)
    }

    /// A dual title with two nisbas (وزيرا الخارجية الأردني والمصري) names both holders.
    @Test func dualTitleNamesBothHolders() {
        let text =
            "التقى نادر سليم وهالة يوسف في عمّان. وأشاد وزيرا الخارجية الأردني والمصري بـ\"التنسيق الوثيق\" بين البلدين."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.kind == "direct")
        #expect(r.quotes.first?.speakers == ["kb:test-nader", "kb:test-hala"])
        #expect(r.quotes.first?.cue?.text == "وأشاد")
        #expect(r.quotes.first?.text == "التنسيق الوثيق")
    }

    /// A quotation opening with a reporting verb (البلدين “يعتقدان أن …”) is the words of that
    /// verb's subject, here the two states the article names; no indirect record repeats it.
    @Test func quotationOpenedByAVerbIsItsSubjects() {
        let text =
            "التقى ممثلو الأردن ومصر في القاهرة أمس. ووفقا للبيان المشترك، فإن البلدين “يعتقدان أن الحل السياسي هو السبيل الوحيد”."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.kind == "direct")
        #expect(r.quotes.first?.speakers == ["Q810", "Q79"])
        #expect(r.quotes.first?.cue?.text == "يعتقدان")
        #expect(r.quotes.first?.text == "يعتقدان أن الحل السياسي هو السبيل الوحيد")
    }
}
