import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

@Suite struct EventTests {
    func record(_ text: String, date: String = "2025-03-07") -> AnalysisRecord { FictionalKB.record(text, date: date) }

    func checkEvidence(_ r: AnalysisRecord, _ text: String) {
        let t = SourceText(text)
        for e in r.events { #expect(t.slice(e.evidence.start..<e.evidence.end) == e.evidence.text) }
    }

    @Test func jointSubjectGivesMutualParties() {
        let text = "أجرى سامر الحداد ولينا منصور محادثات مطولة في العاصمة."
        let r = record(text)
        checkEvidence(r, text)
        #expect(r.events.count == 1)
        let e = r.events.first
        #expect(e?.plover == "CONSULT")
        #expect(e?.cameo == "040")
        #expect(e?.source == ["kb:test-samer", "kb:test-lina"])
        #expect(e?.target == ["kb:test-lina", "kb:test-samer"])
        #expect(e?.context == [])
        #expect(e?.evidence.text == "أجرى سامر الحداد ولينا منصور محادثات")
    }

    @Test func negatedEvent() {
        let text = "لم يلتق سامر الحداد لينا منصور خلال الزيارة."
        let r = record(text)
        checkEvidence(r, text)
        let e = r.events.first { $0.plover == "CONSULT" && $0.mode == "meeting" }
        #expect(e != nil)
        #expect(e?.source.first == "kb:test-samer")
        #expect(e?.target.contains("kb:test-lina") ?? false)
        #expect(e?.context == ["negated"])
    }

    @Test func futureEvent() {
        let text = "ومن المقرر أن يزور سامر الحداد مصر الأسبوع المقبل."
        let r = record(text)
        checkEvidence(r, text)
        let e = r.events.first { $0.cameo == "042" }
        #expect(e != nil)
        #expect(e?.plover == "CONSULT")
        #expect(e?.mode == "visit")
        #expect(e?.source == ["kb:test-samer"])
        #expect(e?.target == ["Q79"])
        #expect(e?.context == ["future"])
        // الأسبوع المقبل from Friday 2025-03-07: the following week.
        #expect(e?.date?.hasPrefix("2025-03") ?? false)
    }

    @Test func relativeDateResolvedOnEvent() {
        // Published on Friday 2025-03-07; يوم الثلاثاء is 2025-03-04.
        let text = "التقى سامر الحداد يوم الثلاثاء لينا منصور في القاهرة."
        let r = record(text)
        checkEvidence(r, text)
        let e = r.events.first { $0.cameo == "040" }
        #expect(e != nil)
        #expect(e?.date == "2025-03-04")
        #expect(e?.precision == .day)
        #expect(e?.source.contains("kb:test-samer") ?? false)
        #expect(e?.target.contains("kb:test-lina") ?? false)
    }
}

/// Fictional people with roles (for الزعيمان، الوزيران) for the event mechanisms' tests.
enum EventKB {
    static let people = """
        # source: test fixtures, fictional people
        id\tname_en\tnames_ar\tshort_ar\tcountry\tcameo\troles
        kb:test-samer\tSamer Haddad\tسامر الحداد\tالحداد\tJOR\tJORGOV\tpresident@JOR@2020-01@
        kb:test-lina\tLina Mansour\tلينا منصور\tمنصور\tEGY\tEGYGOV\tpresident@EGY@2020-01@
        kb:test-karim\tKarim Nasser\tكريم ناصر\tناصر\tJOR\tJORGOV\tforeign_minister@JOR@2020-01@
        kb:test-huda\tHuda Salem\tهدى سالم\tسالم\tEGY\tEGYGOV\tforeign_minister@EGY@2020-01@
        """

    static let analyzer: Analyzer = {
        do {
            return Analyzer(
                knowledge: try KnowledgeBase.withUserFiles([DataFile(name: "people_test.tsv", text: people)]))
        } catch {
            fatalError("test knowledge: \(error)")
        }
    }()

    static func record(_ text: String, date: String = "2025-03-07") -> AnalysisRecord {
        analyzer.analyze(source: "t.txt", text: SourceText(text), meta: ["date": date])
    }
}

/// The mechanisms of the event coder, one by one (EventStage and its passes).
@Suite struct EventMechanismTests {
    let samer = "kb:test-samer", lina = "kb:test-lina", karim = "kb:test-karim", huda = "kb:test-huda"
    let egypt = "Q79", jordan = "Q810"

    func events(_ text: String, date: String = "2025-03-07") -> [EventRecord] {
        let r = EventKB.record(text, date: date)
        let t = SourceText(text)
        for e in r.events { #expect(t.slice(e.evidence.start..<e.evidence.end) == e.evidence.text) }
        return r.events
    }

    @Test func subjectInsideAVerbPhrase() {
        let e = events("أجرى سامر الحداد اتصالا هاتفيا مع لينا منصور.")
        #expect(e.count == 1)
        #expect(e.first?.plover == "CONSULT")
        #expect(e.first?.mode == "phone")
        #expect(e.first?.cameo == "041")
        #expect(e.first?.source == [samer, lina])
        #expect(e.first?.target == [lina, samer])
        #expect(e.first?.evidence.text == "أجرى سامر الحداد اتصالا هاتفيا مع لينا منصور")
        #expect(e.first?.evidence.start == 0)
        #expect(e.first?.evidence.end == 44)
        // The subject between the verb and the rest of a statement phrase, too.
        let evasion = events("وتهرب سامر الحداد من التعليق على تصريح لينا منصور.")
        #expect(evasion.first?.cameo == "011")
        #expect(evasion.first?.plover == nil)
        #expect(evasion.first?.source == [samer])
        #expect(evasion.first?.target == [lina])
    }

    @Test func presentTenseFormIsDerived() {
        let e = events("تدين مصر الهجوم على الأردن.")
        #expect(e.count == 1)
        #expect(e.first?.plover == "ACCUSE")
        #expect(e.first?.cameo == "111")
        #expect(e.first?.source == [egypt])
        #expect(e.first?.target == [jordan])
        #expect(e.first?.evidence.text == "تدين مصر الهجوم على الأردن")
    }

    @Test func jointSubjectBeforeADualVerb() {
        let e = events("سامر الحداد ولينا منصور اتفقا على تعزيز التجارة.")
        #expect(e.count == 1)
        #expect(e.first?.plover == "AGREE")
        #expect(e.first?.source == [samer, lina])
        #expect(e.first?.target == [lina, samer])
        #expect(e.first?.evidence.text == "سامر الحداد ولينا منصور اتفقا")
    }

    @Test func theTwoLeadersAreTheRoleHoldersTheArticleNames() {
        // The ministers are named first; الزعيمان are the two presidents.
        let e = events(
            "رحب كريم ناصر وهدى سالم بالاتفاق. التقى سامر الحداد لينا منصور في القاهرة. وقال الزعيمان إنهما اتفقا على تعزيز التعاون."
        )
        let agree = e.first { $0.plover == "AGREE" }
        #expect(agree?.source == [samer, lina])
        #expect(agree?.evidence.text == "وقال الزعيمان إنهما اتفقا")
        let meeting = e.first { $0.plover == "CONSULT" }
        #expect(meeting?.source == [samer, lina])
        // Cairo is the place of the meeting, not a party.
        #expect(!(meeting?.target.contains(egypt) ?? true))
    }

    @Test func aFrameTakesTheActsOfItsComplementAsItsTopic() {
        let e = events("اتهمت مصر الأردن بتقديم مساعدات عسكرية للمتمردين.")
        #expect(e.count == 1)
        #expect(e.first?.plover == "ACCUSE")
        #expect(e.first?.cameo == "112")
        #expect(e.first?.source == [egypt])
        #expect(e.first?.target == [jordan])
    }

    @Test func aRelationWantedInSpeechIsTheSpeakersIntent() {
        let e = events("قال سامر الحداد إن الأردن مستعد لتعزيز التعاون مع مصر.")
        #expect(e.count == 1)
        #expect(e.first?.plover == "AGREE")
        #expect(e.first?.cameo == "030")
        #expect(e.first?.source == [samer])
        #expect(e.first?.target == [egypt])
        #expect(e.first?.evidence.text == "قال سامر الحداد إن الأردن مستعد لتعزيز التعاون مع مصر")
    }

    @Test func aRelationToldAsAchievedInSpeechIsPraise() {
        let e = events("وقال سامر الحداد إن التبادل التجاري مع مصر نما بشكل كبير.")
        #expect(e.count == 1)
        #expect(e.first?.plover == "SUPPORT")
        #expect(e.first?.cameo == "051")
        #expect(e.first?.source == [samer])
        #expect(e.first?.target == [egypt])
        // Outside speech and without a verbal noun of action, a relation is no event.
        #expect(events("التعاون بين الأردن ومصر قديم.").isEmpty)
    }

    @Test func collectivesAndTheirMembersAct() {
        let west = events("فرضت الدول الغربية عقوبات على مصر.")
        #expect(west.first?.plover == "SANCTION")
        #expect(west.first?.source == ["kb:the-west"])
        #expect(west.first?.target == [egypt])
        let members = events("فرضت الحكومات الغربية، بما فيها فرنسا وألمانيا، عقوبات جديدة على مصر.")
        #expect(members.count == 1)
        #expect(members.first?.source == ["Q142", "Q183"])
        #expect(members.first?.target == [egypt])
        #expect(members.first?.evidence.text == "فرضت الحكومات الغربية، بما فيها فرنسا وألمانيا، عقوبات جديدة على مصر")
    }

    @Test func coordinatedAdjectivesMakeTwoActs() {
        let e = events("توفر مصر للأردن دعما دبلوماسيا وماليا.")
        #expect(e.map(\.cameo) == ["050", "071"])
        #expect(e.map(\.plover) == ["SUPPORT", "AID"])
        #expect(e.allSatisfy { $0.source == [egypt] && $0.target == [jordan] })
    }

    @Test func aPassiveActHasNoKnownAgent() {
        #expect(events("تم اعتقال سامر الحداد أمس.").isEmpty)
        #expect(events("قُتل سامر الحداد أمس.").isEmpty)
        let e = events("اعتقلت مصر سامر الحداد.")
        #expect(e.first?.plover == "COERCE")
        #expect(e.first?.mode == "arrest")
        #expect(e.first?.source == [egypt])
        #expect(e.first?.target == [samer])
    }

    @Test func aDenialIsAimedAtTheAccusers() {
        let e = events("اتهمت مصر الأردن بدعم المتمردين. ونفى الأردن هذه الاتهامات.")
        #expect(e.count == 2)
        let denial = e.first { $0.cameo == "016" }
        #expect(denial?.source == [jordan])
        #expect(denial?.target == [egypt])
        #expect(denial?.evidence.text == "ونفى الأردن")
    }

    @Test func anEvaluationIsPraiseOfTheOtherParty() {
        let e = events("ووصف سامر الحداد المحادثات مع لينا منصور بأنها مثمرة.")
        #expect(e.count == 1)  // المحادثات is what he described, not a new meeting
        #expect(e.first?.plover == "SUPPORT")
        #expect(e.first?.cameo == "051")
        #expect(e.first?.source == [samer])
        #expect(e.first?.target == [lina])
    }

    @Test func aPlaceIsNotAParty() {
        let e = events("التقى سامر الحداد في عمان لينا منصور.")
        #expect(e.count == 1)
        #expect(e.first?.source == [samer, lina])
        #expect(e.first?.target == [lina, samer])
    }

    @Test func anEventOnTheOccasionToldBeforeTakesItsDate() {
        // Published Friday 2025-03-07; يوم الثلاثاء is 2025-03-04.
        let e = events("التقى سامر الحداد لينا منصور يوم الثلاثاء. وخلال ذلك اللقاء، تعهد سامر الحداد بدعم مصر.")
        let pledge = e.first { $0.plover == "AGREE" }
        #expect(pledge?.date == "2025-03-04")
        #expect(pledge?.precision == .day)
        #expect(pledge?.source == [samer])
        #expect(pledge?.target == [egypt])
        #expect(e.filter { $0.plover == "CONSULT" }.count == 1)  // ذلك اللقاء is the same meeting
    }

    @Test func sinceThenContinuesTheTimeToldBefore() {
        let e = events("فرضت مصر عقوبات على الأردن في مارس 2020. ومنذ ذلك الحين، اتهمت مصر الأردن بدعم المتمردين.")
        let accusation = e.first { $0.plover == "ACCUSE" }
        #expect(accusation?.date == "2020-03")
        #expect(accusation?.precision == .month)
        #expect(accusation?.context == ["historical"])
    }

    @Test func anAnniversaryDatesTheActItRecalls() {
        let e = events("يصادف العام الحالي الذكرى العاشرة لتوقيع معاهدة بين الأردن ومصر.")
        #expect(e.count == 1)
        #expect(e.first?.cameo == "057")
        #expect(e.first?.date == "2015")
        #expect(e.first?.precision == .year)
        #expect(e.first?.source == [jordan, egypt])
        #expect(e.first?.target == [egypt, jordan])
    }

    @Test func aWantedActIsNotAnAct() {
        #expect(events("أكدت مصر ضرورة احترام الهدنة في اليمن.").isEmpty)
        #expect(events("قصفت عاصفة رملية القاهرة.").isEmpty)  // an unnamed subject
    }

    @Test func aVisitsHostFollowsIlaOrLam() {
        let e = events("وتأتي زيارة سامر الحداد إلى مصر ضمن جولة إقليمية.")
        #expect(e.count == 1)
        #expect(e.first?.cameo == "042")
        #expect(e.first?.source == [samer])
        #expect(e.first?.target == [egypt])
        #expect(e.first?.evidence.text == "وتأتي زيارة سامر الحداد إلى مصر")
        // تمت استضافة: a passive hosting names no host.
        #expect(events("تمت استضافة سامر الحداد في القاهرة.").isEmpty)
    }

    @Test func anUnnamedSubjectBeforeTheVerbIsNotReplacedByTheNameAfter() {
        // The strikes (times between) targeted Egypt; Egypt did not strike.
        #expect(events("نفذت طائرات 29 ضربة جوية يوم الأحد استهدفت مصر.").isEmpty)
        // ذلك يهدد: the threat is a thing, not the speaker.
        #expect(events("وقال سامر الحداد إن ذلك يهدد مصر.").isEmpty)
    }
}
