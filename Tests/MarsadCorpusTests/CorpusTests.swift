import MarsadText
import Testing
import XCTest

@testable import MarsadCorpus

let wire = """
    أعلنت وزارة الخارجية السعودية اليوم أن المملكة ستستضيف اجتماعا وزاريا لبحث الأوضاع في اليمن \
    بمشاركة ممثلين عن دول مجلس التعاون الخليجي والأمم المتحدة، وأوضحت الوزارة في بيان أن الاجتماع \
    سيناقش سبل إيصال المساعدات الإنسانية إلى المحافظات المتضررة ودعم جهود الحل السياسي في البلاد.
    """

func article(_ id: Int64, _ text: String, date: String?, outlet: String, actors: [String], events: [String] = [])
    -> CorpusArticle
{
    let source = SourceText(text)
    var terms: [UInt64] = []
    let normalizer = ArabicNormalizer()
    var buffer: [UInt8] = []
    Tokenizer.forEachToken(in: source) { t in
        guard t.kind == .arabic || t.kind == .latin || t.kind == .number else { return }
        normalizer.searchTerm(of: t, in: source, into: &buffer)
        if buffer.count >= 3 { terms.append(CorpusArticle.termHash(buffer)) }
    }
    return CorpusArticle(
        id: id, date: date, outlet: outlet, title: nil, terms: terms, actors: actors, eventTypes: events, agencies: [],
        signature: MinHash.standard.signature(of: source))
}

@Suite struct NearDuplicateTests {
    @Test func copiesAreSimilarOthersNot() {
        let a = MinHash.standard.signature(of: SourceText(wire))
        let copy = MinHash.standard.signature(
            of: SourceText(
                "الرياض (واس) - " + wire.replacingOccurrences(of: "أعلنت", with: "اعلنت") + " وكالة الأنباء."))
        let other = MinHash.standard.signature(
            of: SourceText(
                "ارتفعت أسعار النفط في الأسواق العالمية اليوم مع تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب في آسيا خلال الأشهر المقبلة."
            ))
        #expect(MinHash.similarity(a, copy) > 0.6)
        #expect(MinHash.similarity(a, other) < 0.1)
        #expect(MinHash.isEmpty(MinHash.standard.signature(of: SourceText("كلمة"))))
    }

    @Test func groupsJoinCopiesTransitively() {
        let texts = [
            wire, "نص آخر تماما عن كرة القدم والدوري المحلي وانتقالات اللاعبين هذا الموسم بين الأندية الكبرى.",
            wire + " انتهى.", "(واس) " + wire,
        ]
        let sigs = texts.map { MinHash.standard.signature(of: SourceText($0)) }
        #expect(NearDuplicates.groups(sigs) == [[0, 2, 3]])
    }
}

@Suite struct StoryTests {
    let reportA =
        "استقبل خادم الحرمين الشريفين الملك سلمان في الرياض الرئيس اليمني عبد ربه منصور هادي وبحثا تطورات الأوضاع في اليمن والمساعدات الإنسانية وعودة الحكومة الشرعية إلى عدن."
    let reportB =
        "بحث الملك سلمان بن عبد العزيز مع الرئيس عبد ربه منصور هادي خلال لقائهما في الرياض مستجدات الأوضاع اليمنية وجهود إعادة الحكومة إلى عدن وتقديم المساعدات الإنسانية."
    let other =
        "أعلن الاتحاد السعودي لكرة القدم جدول مباريات الدوري للموسم الجديد بمشاركة ستة عشر ناديا، على أن تنطلق المباريات في أغسطس المقبل في الرياض وجدة."

    @Test func sameEventAcrossOutletsIsOneStory() throws {
        let articles = [
            article(
                1, reportA, date: "2015-07-21", outlet: "spa", actors: ["salman", "hadi", "YEM"], events: ["CONSULT"]),
            article(
                2, reportB, date: "2015-07-22", outlet: "okaz", actors: ["salman", "hadi", "YEM"], events: ["CONSULT"]),
            article(3, other, date: "2015-07-21", outlet: "okaz", actors: ["SAU"]),
            // The same kind of meeting a year later: another story.
            article(
                4, reportA, date: "2016-07-21", outlet: "spa", actors: ["salman", "hadi", "YEM"], events: ["CONSULT"]),
        ]
        var clustering = StoryClustering()
        clustering.duplicateThreshold = 1.1  // similarity only, no near-duplicate shortcut
        let stories = clustering.stories(articles)
        let groups = Set(stories.map { Set($0.members.map { articles[$0].id }) })
        #expect(groups == [[1, 2], [3], [4]])
        let story = try #require(stories.first { $0.members.count == 2 })
        #expect(articles[story.first].id == 1)
        #expect(story.outlets == ["spa", "okaz"])
    }

    @Test func undatedArticlesStandAlone() {
        let articles = [
            article(1, reportA, date: nil, outlet: "spa", actors: ["salman", "hadi"]),
            article(2, reportB, date: "2015-07-22", outlet: "okaz", actors: ["salman", "hadi"]),
        ]
        #expect(StoryClustering().stories(articles).count == 2)
    }
}

final class CorpusXCTests: XCTestCase {
    func testDays() {
        XCTAssertEqual(CorpusArticle.days(1970, 1, 1), 0)
        XCTAssertEqual(CorpusArticle.days(2015, 7, 22) - CorpusArticle.days(2015, 7, 20), 2)
    }
}
