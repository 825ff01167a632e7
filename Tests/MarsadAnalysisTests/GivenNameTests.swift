import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// A listed given name and the name word after it make a person with no title before it
/// (given_names.tsv). The people are fictional.
@Suite struct GivenNameTests {
    func persons(_ text: String) -> [String] {
        EntityFixture.mentions("PERSON", in: text) { $0.id.hasPrefix("local:") ? "local" : $0.id }
    }

    @Test func givenNameThenSurnameThenSurnameAlone() {
        // ألبرتو is normalised like ال + بيرتو: a listed given name is not an article.
        let text = "وحضر ألبرتو فيرانتي الاجتماع. وقال فيرانتي إن الخطة جاهزة."
        #expect(persons(text) == ["local 5-19:ألبرتو فيرانتي", "local 35-42:فيرانتي"])
    }

    @Test func arabicGivenNameWithoutTitle() {
        #expect(persons("وشارك هزاع القحطاني في الندوة.") == ["local 6-19:هزاع القحطاني"])
    }

    /// A given name that only begins a known person's short form (محمد بن عبد الرحمن) still
    /// starts a name; a nisba surname is its third word, another word is not.
    @Test func givenNameThatBeginsAShortFormAndANisba() {
        #expect(persons("وحضر محمد سالم العتيبي الاجتماع.") == ["local 5-22:محمد سالم العتيبي"])
        #expect(persons("وحضر هزاع سالم الاجتماع.") == ["local 5-14:هزاع سالم"])
    }

    /// A name part may be a connector and its complement, with the article (عبد الكريم); a name
    /// that starts with one needs no second part.
    @Test func connectorParts() {
        #expect(persons("وقال عبد الكريم الفاضلي إن الخطة جاهزة.") == ["local 5-23:عبد الكريم الفاضلي"])
        #expect(persons("وحضر عبد الوحيد الاجتماع.") == ["local 5-15:عبد الوحيد"])
        #expect(persons("وحضر محمد بن عبد الكريم الفاضلي الاجتماع.") == ["local 5-31:محمد بن عبد الكريم الفاضلي"])
    }

    /// After two given names a third name word belongs to the name.
    @Test func thirdWordAfterTwoGivenNames() {
        #expect(persons("وشارك يوسف إبراهيم حداد في الندوة.") == ["local 6-23:يوسف إبراهيم حداد"])
        // ألبرتو is normalised like a word with the article, but is a given name, not a nisba.
        #expect(persons("وقال كارلوس ألبرتو مارتينيث إن الخطة جاهزة.") == ["local 5-27:كارلوس ألبرتو مارتينيث"])
    }

    /// A function word listed as a connector too (لا) does not join a verb to the name.
    @Test func noConnectorFunctionWord() {
        #expect(persons("وقال إن سالم عثمان لا يملك خطة.") == ["local 8-18:سالم عثمان"])
    }

    /// A given name under a proclitic starts a name; the name is without it.
    @Test func givenNameUnderProclitic() {
        let text = "وحضر سالم الفاضلي ومحمد عثمان الاجتماع."
        #expect(persons(text) == ["local 5-17:سالم الفاضلي", "local 18-29:ومحمد عثمان"])
        // Not under ب or ل (بيان is no ب + يان, لصالح no ل + صالح), nor a function word (وعلى
        // is no و + علي).
        #expect(persons("وصوت المجلس لصالح قرار جديد.") == [])
        // Only a listed given name: a known person's first word may be a verb (راي, رأى).
        #expect(persons("ورأى مختصون أن الهيكل جديد.") == [])
        #expect(persons("وجاء في بيان صادر عن الوزارة أنه وعلى جانب آخر تقرر التأجيل.") == [])
        var doc = Document(source: "test", text: SourceText(text))
        EntityFixture.stage.run(&doc)
        #expect(doc.record.entities.map(\.nameAr) == ["سالم الفاضلي", "محمد عثمان"])
    }

    /// The last word of a connector's complement (عبد الله) is no short form of the name.
    @Test func connectorComplementIsNoShortForm() {
        #expect(
            persons("وقال محمد عبد الله إن الخطة ستنجح بإذن الله.") == ["local 5-18:محمد عبد الله"])
    }

    /// Known people's first words count as given names, but not where they read as a function
    /// word (آلان like الآن, واين like وأين).
    @Test func givenNameLikeAFunctionWord() {
        #expect(persons("ولم يصل الوفد حتى الآن رغم الوعود. وأين كان الحراس؟") == [])
    }

    /// A family name that is a given name with the article (الموسى) is a nisba surname though
    /// written with ى; ابن starts no name of its own (a known person's first word that is a
    /// connector is no given name).
    @Test func familyNameFromAGivenNameAndNoIbnStart() {
        #expect(persons("وقال ناصر الموسى إن الخطة جاهزة.") == ["local 5-16:ناصر الموسى"])
        #expect(persons("وزار ابن متعب أهالي القرية.") == [])
    }

    /// A listed given name that is a known person's short form (تامر, Michel Temer) starts a
    /// name unless that person was named in the article.
    @Test func givenNameThatIsAShortForm() {
        #expect(persons("وغنى تامر حسني في الحفل.") == ["local 5-14:تامر حسني"])
        let text = "وقال الرئيس البرازيلي ميشال تامر إن بلاده مستعدة. وأضاف تامر سالم أن الاتفاق قريب."
        #expect(persons(text).allSatisfy { $0.hasPrefix("kb:michel-temer") })
    }

    /// A given name written with ة is a name word after a given name (محمد حمزة); a word with
    /// the pronoun ه is not.
    @Test func givenNameWithTaaMarbuta() {
        // A third word ending in ا may be an accusative: not read after two given names alone.
        #expect(persons("وسجل وليد حمزة هدفا.") == ["local 5-14:وليد حمزة"])
        #expect(persons("وحضر هزاع وزيره الاجتماع.") == [])
    }

    @Test func givenNameNeedsANameWordAfterIt() {
        // A function word, a reporting verb or a word with the article after it is no surname.
        #expect(persons("وقال جورج في كلمته إن الوضع هادئ.") == [])
        #expect(persons("وقال المتحدث باسم الوزارة إن الوضع هادئ.") == [])
    }

    @Test func listedGivenNamesAreInTheKnowledgeBase() {
        let kb = KnowledgeBase.embedded
        #expect(kb.givenNames.contains(PhraseKeys.key("ألبرتو")))
        #expect(kb.givenNameIDs.contains(kb.vocabulary.id(of: PhraseKeys.key("هزاع"))))
        // Left out on purpose: also the common word "in the name of".
        #expect(!kb.givenNames.contains(PhraseKeys.key("باسم")))
        // Names normalised like a common word (آلان like الآن, نادية like ناديه "his club") are
        // not in the list.
        let listed = kb.lexicons.givenNames
        #expect(!listed.contains(PhraseKeys.key("الآن")))
        #expect(!listed.contains(PhraseKeys.key("ناديه")))
        #expect(!listed.contains(PhraseKeys.key("وأين")))
    }
}
