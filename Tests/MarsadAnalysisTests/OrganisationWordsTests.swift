import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Organisation heads that are also common nouns, and names listed only in forms that cannot
/// be the common word (organizations_business_sport.tsv).
@Suite struct OrganisationWordsTests {
    func orgs(_ text: String) -> [String] { EntityFixture.mentions("ORG", in: text) { $0.id } }

    @Test func movementOfThingsIsNoOrganisation() {
        // حركة is "motion" as often as "movement": one complement does not make a party.
        #expect(orgs("ارتفعت حركة الطائرات في المطار.") == [])
        #expect(orgs("وأعلنت حركة حماس موقفها.") == ["kb:hamas 7-16:حركة حماس"])
    }

    /// A head of the `name_head` class takes a proper name without the article; an indefinite
    /// adjective after it is no name.
    @Test func properNameAfterNamedHead() {
        #expect(
            orgs("درس في جامعة كامبريدج ثم عمل في صحيفة فولكسبلات.") == [
                "local:1 7-21:جامعة كامبريدج", "local:2 32-47:صحيفة فولكسبلات",
            ])
        #expect(orgs("افتتحت جامعة خاصة وانضم إلى نادي رياضي وأصدرت صحيفة أو مجلة عددا خاصا.") == [])
    }

    @Test func companyNamedLikeAMonthOnlyWithItsHead() {
        #expect(orgs("وقع الاتفاق في نيسان الماضي.") == [])
        #expect(orgs("أعلنت شركة نيسان خطة جديدة.") == ["kb:nissan 6-16:شركة نيسان"])
    }

    @Test func clubNamesWithClitics() {
        #expect(orgs("فاز وريال مدريد على ضيفه.") == ["kb:real-madrid-cf 4-15:وريال مدريد"])
    }
}
