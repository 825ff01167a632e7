import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// The name of a person the knowledge base does not know, read after a title: its words and
/// where it stops. The people are fictional.
@Suite struct TitleNameTests {
    func persons(_ text: String) -> [String] { EntityFixture.mentions("PERSON", in: text) }

    /// A listed given name after a title keeps the third word of the name (a nisba surname).
    @Test func givenNameAfterTitleKeepsThirdWord() {
        #expect(persons("وأوضح المقدم سالم عثمان الدوسري أن الحادث وقع ليلا.") == ["13-31:سالم عثمان الدوسري"])
        #expect(
            persons("وأشار اللواء سالم عثمان الدوسري في تصريحه إلى الخطة.") == ["13-31:سالم عثمان الدوسري"])
    }

    /// Four words after a title; the nisba surname ends the name.
    @Test func fourWordsAfterTitle() {
        #expect(
            persons("وأوضح المقدم سالم عثمان أحمد الدوسري أن الحادث وقع ليلا.") == ["13-36:سالم عثمان أحمد الدوسري"])
    }

    /// A given name alone refers back to the one person of the article whose name it begins,
    /// but not in a kunya (أبو سالم is another person).
    @Test func givenNameAloneRefersBack() {
        let text = "وقال المقدم سالم عثمان الدوسري إن الحادث وقع ليلا. وأضاف سالم أن التحقيق مستمر، وشكر أبو سالم."
        #expect(persons(text) == ["12-30:سالم عثمان الدوسري", "57-61:سالم", "85-93:أبو سالم"])
        // Two such persons: the given name alone is neither's.
        let two =
            "وقال المقدم سالم عثمان إن الحادث وقع ليلا. وأكد العقيد سالم الفاضلي ذلك. وأضاف سالم أن التحقيق مستمر."
        #expect(persons(two) == ["12-22:سالم عثمان", "55-67:سالم الفاضلي"])
    }

    /// After a title that is also a common noun (الفريق: the team), words of the clause are no
    /// name: a future verb, a pronoun suffix, بال.
    @Test func clauseWordsAfterATitleAreNoName() {
        #expect(persons("وقال المدرب إن الفريق سيخوض مباراتين.") == [])
        #expect(persons("وأكد أن الفريق بالطريقة المناسبة سيفوز.") == [])
        #expect(persons("وأشاد الفريق مشواره الطويل.") == [])
        #expect(persons("وتدرب الفريق بشكل جيد قبيل انطلاق الحصة.") == [])
        #expect(persons("وأوضح العقيد ضاحي خلفان أن الوضع هادئ.") == ["13-23:ضاحي خلفان"])
        // A family name with the article after a given name stays (خالد: a given name).
        #expect(persons("وأوضح العقيد خالد الدوسان أن الوضع هادئ.") == ["13-25:خالد الدوسان"])
    }

    /// The same with a given name that is a known person's short form (already three words).
    @Test func knownShortFormAfterTitleKeepsThirdWord() {
        #expect(persons("وأوضح المقدم محمد عثمان القرني أن الحادث وقع ليلا.") == ["13-30:محمد عثمان القرني"])
    }

    /// The name stops before a verb, or a word with a pronoun after it.
    @Test func thirdWordStopsAtVerbOrPronoun() {
        #expect(persons("وأوضح المقدم سالم عثمان يقدم الشكر.") == ["13-23:سالم عثمان"])
        #expect(persons("وأوضح المقدم سالم عثمان جلستها.") == ["13-23:سالم عثمان"])
    }
}
