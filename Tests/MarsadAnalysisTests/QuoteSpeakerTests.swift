import MarsadKnowledge
import MarsadText
import Testing

@testable import MarsadAnalysis

/// Who said it: speakers of reporting cues, continuations and participles (fictional speakers).
@Suite struct QuoteSpeakerTests: QuoteFixture {

    /// A complement word inside a name (إن of سي إن إن) does not open reported content.
    @Test func complementWordInsideANameIsNotAComplement() {
        let text = "ذكرت لينا منصور مراسلة سي إن إن من عمّان."
        let r = record(text)
        #expect(r.quotes.isEmpty)
    }

    /// A participle ends the clause before it (أعرب عن … مؤكدا …) and speaks for the main
    /// clause's speaker, not for a place named in that clause.
    @Test func participleSpeaksForTheMainClause() {
        let text =
            "وقال كريم ناصر إن المفاوضات مستمرة. وأعرب عن استعداد عمّان لتعزيز التعاون مع القاهرة مؤكدا ثقته بنجاح الحوار."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect", "indirect", "indirect"])
        #expect(r.quotes.map(\.speaker) == ["kb:test-karim", "kb:test-karim", "kb:test-karim"])
        #expect(
            r.quotes.map(\.text) == ["المفاوضات مستمرة", "استعداد عمّان لتعزيز التعاون مع القاهرة", "ثقته بنجاح الحوار"])
        #expect(r.quotes.map { $0.cue?.text } == ["وقال", "وأعرب", "مؤكدا"])
        #expect(r.quotes[1].start == 45)
        #expect(r.quotes[2].start == 91)
    }

    /// A cue inside a quotation whose speaker is only understood (مشددا) is part of that
    /// quotation, not a quotation of its own.
    @Test func participleInsideAQuotationIsPartOfIt() {
        let text = "وأشار سامر الحداد إلى أن \"الاقتصاد ينمو بثبات مشددا على أهمية الاستثمار في التعليم والصحة\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.kind == "direct")
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.text == "الاقتصاد ينمو بثبات مشددا على أهمية الاستثمار في التعليم والصحة")
        #expect(r.quotes.first?.start == 26)
    }

    /// A near-verbatim repeat of a paragraph repeats its quotations: they are kept once.
    @Test func repeatedParagraphGivesItsQuotationOnce() {
        let text =
            "وأعرب سامر الحداد عن أمله في تعزيز العلاقات مع القاهرة في العام الجديد.\n\nوأعرب سامر الحداد عن أمله في تعزيز العلاقات مع القاهرة.(انتهى)"
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.text == "أمله في تعزيز العلاقات مع القاهرة في العام الجديد")
        #expect(r.quotes.first?.start == 21)
    }

    /// The same words said on two occasions (two different paragraphs) are two quotations.
    @Test func sameWordsInTwoParagraphsAreTwoQuotations() {
        let text =
            "قال سامر الحداد إن \"الحوار هو الطريق الوحيد\".\n\nوفي كلمة أمام الطلاب قال الحداد إن \"الحوار هو الطريق الوحيد\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["direct", "direct"])
        #expect(r.quotes.map(\.start) == [20, 83])
        #expect(r.quotes.map(\.speaker) == ["kb:test-samer", "kb:test-samer"])
    }

    /// A cue in a condition (إذا أبدت …) reports nothing that was said.
    @Test func conditionalCueIsNoReport() {
        let text = "وقال سامر الحداد إن بلاده مستعدة للحوار إذا أبدت لينا منصور اهتماما بذلك."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.text == "بلاده مستعدة للحوار إذا أبدت لينا منصور اهتماما بذلك")
    }

    /// A plural participle (مشيرين) cannot continue a single speaker.
    @Test func pluralParticipleDoesNotContinueASingleSpeaker() {
        let text = "وقال سامر الحداد إن القمة ناجحة. ورفض زعماء آخرون الدعوة مشيرين إلى ضيق الوقت."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.text == "القمة ناجحة")
    }

    /// The dateline's city is not the subject of the first sentence.
    @Test func datelineCityIsNotASpeaker() {
        let text =
            "عمّان (بترا) – التقى سامر الحداد بنظيرته المصرية يوم الثلاثاء وأكد على أهمية التنسيق المستمر بين البلدين."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.cue?.text == "وأكد")
        #expect(r.quotes.first?.text == "أهمية التنسيق المستمر بين البلدين")
    }

    /// A verb without a subject of its own after a clause break (في حين ألمح) has its sentence's
    /// subject, not the previous sentence's speaker.
    @Test func subjectlessCueTakesItsSentencesSubject() {
        let text =
            "وقال سامر الحداد إن الحوار ضروري. وهدد كريم ناصر بفرض قيود جديدة على الواردات، في حين ألمح إلى إمكانية التعاون في مجال الطاقة."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 2)
        #expect(r.quotes.last?.speaker == "kb:test-karim")
        #expect(r.quotes.last?.cue?.text == "ألمح")
        #expect(r.quotes.last?.text == "إمكانية التعاون في مجال الطاقة")
    }

    /// An indefinite subject that names nobody known (قال مسؤول) is a new, unknown speaker: the
    /// last speaker does not continue.
    @Test func unknownIndefiniteSubjectIsNotTheLastSpeaker() {
        let text = "قال سامر الحداد إن الحوار ضروري. وقال مسؤول في الحكومة إن الاجتماع تأجل."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.text == "الحوار ضروري")
    }

    /// A definite title as subject (قال الوزير) refers back to the last speaker, not to a place
    /// named earlier in its sentence.
    @Test func definiteTitleRefersToTheLastSpeaker() {
        let text = "قال سامر الحداد إن الحوار ضروري. وفي ما يتعلق بعمّان والقاهرة، قال الوزير إن التنسيق مستمر."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 2)
        #expect(r.quotes.last?.speaker == "kb:test-samer")
        #expect(r.quotes.last?.text == "التنسيق مستمر")
    }

    /// A title in construct (رئيس لجنة …) introduces a new person: neither the last speaker nor
    /// the committee named in the title, but the name in apposition (a given name and a nisba).
    @Test func constructTitleIsANewSpeaker() {
        let text =
            "قال سامر الحداد إن الوضع مستقر. وقال رئيس لجنة الشؤون الخارجية، فادي العمري: «أرى أنه صعب جدا تسويق هذا الاتفاق»."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 2)
        #expect(r.quotes.first?.text == "الوضع مستقر")
        let speaker = r.entities.first { $0.id == r.quotes.last?.speaker }
        #expect(speaker?.nameAr == "فادي العمري")
        #expect(speaker?.id.hasPrefix("local:") == true)
        #expect(r.quotes.last?.text == "أرى أنه صعب جدا تسويق هذا الاتفاق")
    }

    /// A place qualifying the subject before the cue (رئيس بلدية عمّان قال) does not speak.
    @Test func placeQualifyingASubjectBeforeTheCueDoesNotSpeak() {
        let text = "وذكر البيان أن رئيس بلدية عمّان قال إن الشوارع ستغلق يوم الجمعة."
        #expect(record(text).quotes.isEmpty)
    }

    /// Two subjects joined by و before the cue: the nearer one is a conjunct, not a qualifier.
    @Test func conjoinedStatesBeforeTheCueSpeak() {
        let text = "وكانت الأردن ومصر قد أعلنتا شراكة “بلا حدود” قبل أيام."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["direct"])
        #expect(r.quotes.first?.text == "بلا حدود")
        #expect(r.quotes.first?.cue?.text == "أعلنتا")
        #expect(r.quotes.first?.speaker != nil)
    }

    /// A name inside an earlier quotation is not the subject a participle inherits.
    @Test func nameInsideAQuotationIsNotASubject() {
        let text = "وتابع موضحا: «على الحكومة الأردنية أن تراجع القانون»، مشيرا إلى أن التعديلات ضرورية."
        #expect(record(text).quotes.isEmpty)
    }

    /// A stance verb (أشاد) reports nothing itself, but a quotation in its complement is its
    /// subject's words, even inside a clause another source reports (وفق ما أعلنت عمّان).
    @Test func quotationAfterAStanceVerbIsItsSubjects() {
        let text = "وأشاد سامر الحداد بـ\"الشراكة المتينة\" بين البلدين، وفق ما أعلنت عمّان."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["indirect", "direct"])
        #expect(r.quotes.first?.speaker == "Q810")
        #expect(r.quotes.first?.cue?.text == "وفق")
        #expect(r.quotes.first?.text == "وأشاد سامر الحداد بـ\"الشراكة المتينة\" بين البلدين")
        #expect(r.quotes.last?.speaker == "kb:test-samer")
        #expect(r.quotes.last?.cue?.text == "وأشاد")
        #expect(r.quotes.last?.text == "الشراكة المتينة")
        #expect(r.quotes.last?.start == 21)
        #expect(record("وأشاد سامر الحداد بالشراكة المتينة بين البلدين.").quotes.isEmpty)
    }

    /// An institution's statement that only holds a named person's report relays it: the
    /// ministry goes into `via`, and gives no quotation of its own.
    @Test func institutionStatementRelaysAPersonsReport() {
        let text =
            "وجاء في بيان لوزارة الخارجية الأردنية أن الوزير سامر الحداد قال لنظيرته المصرية لينا منصور إن التعاون بين البلدين يتعزز."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.via == ["kb:mfa-JOR"])
        #expect(r.quotes.first?.cue?.text == "قال")
        #expect(r.quotes.first?.text == "التعاون بين البلدين يتعزز")
    }

    /// A person reporting another's words is a quotation in its own right, and so is the
    /// nested report (أبلغته برغبتها في …).
    @Test func personReportingAnothersWordsGivesBoth() {
        let text = "وقال سامر الحداد إن لينا منصور أبلغته برغبتها في التوصل إلى اتفاق شامل."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.speaker) == ["kb:test-samer", "kb:test-lina"])
        #expect(r.quotes.first?.text == "لينا منصور أبلغته برغبتها في التوصل إلى اتفاق شامل")
        #expect(r.quotes.last?.cue?.text == "أبلغته")
        #expect(r.quotes.last?.text == "برغبتها في التوصل إلى اتفاق شامل")
    }

    /// A statement noun names its source after من (تحذيرات من X من أن …); a source that cannot
    /// speak (a region) leaves the speaker unknown rather than the last speaker.
    @Test func statementNounNamesItsSource() {
        let text = "ووسط تحذيرات من الأمم المتحدة من أن الوضع الإنساني يتدهور بسرعة."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.speaker == "Q1065")
        #expect(r.quotes.first?.cue?.text == "تحذيرات")
        #expect(r.quotes.first?.text == "الوضع الإنساني يتدهور بسرعة")
        let unknown = "قال سامر الحداد إن الحوار ضروري. ووسط تحذيرات من الغرب من أن الأزمة ستتفاقم، غادر الوفد."
        #expect(record(unknown).quotes.map(\.text) == ["الحوار ضروري"])
    }

    /// Only a one-word definite subject refers back (قال الوزير، البيان الأردني); a name that
    /// happens to begin with أل, or a longer phrase, is someone new and unknown.
    @Test func onlyAShortDefiniteSubjectRefersBack() {
        let lead = "قال سامر الحداد إن الوضع مستقر. "
        for unknown in [
            "وتابع أليسون أن الأبحاث العلمية تحمل حلولا.", "وقال المكتب الإعلامي للحكومة إن الاجتماع تأجل.",
        ] {
            #expect(record(lead + unknown).quotes.map(\.text) == ["الوضع مستقر"])
        }
        for anaphor in ["وقال الوزير إن الاجتماع تأجل.", "وقال البيان الأردني إن الاجتماع تأجل."] {
            let r = record(lead + anaphor)
            #expect(r.quotes.map(\.speaker) == ["kb:test-samer", "kb:test-samer"])
            #expect(r.quotes.last?.text == "الاجتماع تأجل")
        }
    }

    /// A subject before the verb after أن that names nobody known (أن التقرير أفاد) is unknown.
    @Test func unknownSubjectBeforeTheVerbIsNotTheLastSpeaker() {
        let text = "قال سامر الحداد إن الوضع مستقر. وذكر مصدر أن التقرير الطبي أفاد بأن الوفاة طبيعية."
        #expect(record(text).quotes.map(\.text) == ["الوضع مستقر"])
    }

    /// A participle after a report by an unknown speaker is that unknown speaker's.
    @Test func participleAfterAnUnknownSpeakerIsUnknown() {
        let text = "قال سامر الحداد إن الوضع مستقر. وقال مسؤول في الحكومة إن الاجتماع تأجل، مضيفا أن موعدا جديدا سيحدد."
        #expect(record(text).quotes.map(\.text) == ["الوضع مستقر"])
    }

    /// A relative clause whose verb agrees with the pronoun (القوانين التي تؤكد) has the noun
    /// before it as subject; an object relative (التي قال إنها) keeps the sentence's subject.
    @Test func relativeClauseSubjects() {
        let subject =
            "قال سامر الحداد إن الوضع مستقر. وطالب بالالتزام بالقوانين الدولية التي تؤكد على احترام سيادة الدول."
        #expect(record(subject).quotes.map(\.text) == ["الوضع مستقر"])
        let object = "ودعا سامر الحداد إلى خطة شاملة للعلاقات الثنائية، التي قال إنها تسير في الاتجاه الصحيح."
        let r = record(object)
        checkSpans(r, object)
        #expect(r.quotes.count == 2)
        #expect(r.quotes.last?.speaker == "kb:test-samer")
        #expect(r.quotes.last?.cue?.text == "قال")
        #expect(r.quotes.last?.text == "تسير في الاتجاه الصحيح")
    }

    /// A person inside an unknown subject (المستشار في مكتب X) does not speak; one named in
    /// apposition does.
    @Test func personInsideAnUnknownSubjectDoesNotSpeak() {
        #expect(record("وأكد المستشار في مكتب لينا منصور أن العمليات مستمرة.").quotes.isEmpty)
        let r = record("وأكد مستشار الحكومة، لينا منصور، أن العمليات مستمرة.")
        #expect(r.quotes.map(\.speaker) == ["kb:test-lina"])
    }

    /// A frame names its source before any comma: an organisation named after the comma is
    /// the next clause's subject, not the source (وفقا لبيانات رسمية، تلقت X …).
    @Test func frameSourceStandsBeforeTheComma() {
        #expect(record("ووفقا لبيانات حكومية رسمية، تلقت هيئة الاستثمار الأردنية مئات الطلبات.").quotes.isEmpty)
    }

    /// Sources speaking to an outlet (مصادر لوكالة «رويترز») are not the outlet.
    @Test func outletAddressedBySourcesDoesNotSpeak() {
        #expect(record("وأضافت المصادر لوكالة «رويترز» للأنباء أن المحكمة غرمت المتهم.").quotes.isEmpty)
    }

    /// A verb cue takes و or ف, not ب/ل/ك: وكلفت is not و + ك + لفت.
    @Test func verbCueTakesOnlyWawOrFa() {
        #expect(record("وكلفت بالعمل في مركز البحوث بالرياض أن أتقدم بمشروع بحث جديد.").quotes.isEmpty)
        let r = record("ولفت سامر الحداد إلى أن الوضع مستقر.")
        #expect(r.quotes.map(\.cue?.text) == ["ولفت"])
    }

    /// A family name with the article (العسيف) is someone new, not a noun referring back.
    @Test func familyNameIsNotAnAnaphor() {
        let text = "قال سامر الحداد إن الوضع مستقر. وقال العسيف إنه ورث الحرفة عن أبيه."
        #expect(record(text).quotes.map(\.text) == ["الوضع مستقر"])
    }

    /// A frame followed by a noun that is no source (حسب لائحة …) is not about speech.
    @Test func frameBeforeANonSourceNounIsNoReport() {
        let text = "ويتم حساب النقاط حسب لائحة الترقيات الصادرة من وزارة الخارجية الأردنية."
        #expect(record(text).quotes.isEmpty)
    }

    /// A place where a statement was made (في مؤتمر صحافي في القاهرة) is not its source; the
    /// quotation is the verb's speaker's.
    @Test func placeOfAStatementIsNotItsSource() {
        let text =
            "وقال سامر الحداد في مؤتمر صحافي في القاهرة، المحطة الأولى في جولة يسعى خلالها لحشد التأييد للاتفاق \"لا شك في أن الاتفاق سيجعل المنطقة أكثر أمانا\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.kind) == ["direct"])
        #expect(r.quotes.first?.speaker == "kb:test-samer")
        #expect(r.quotes.first?.text == "لا شك في أن الاتفاق سيجعل المنطقة أكثر أمانا")
    }

    /// X: «…» takes the name right before the colon, not a name earlier in the sentence.
    @Test func colonQuotationTakesTheNameBeforeTheColon() {
        let text = "وسأل سامر الحداد الحضور سؤالا واحدا، وكانت الإجابة: «لا لم يطلع عليها أي شخص من الوفد»."
        #expect(record(text).quotes.isEmpty)
        let named = "وفي ختام اللقاء قال سامر الحداد: «لا لم يطلع عليها أي شخص من الوفد»."
        #expect(record(named).quotes.map(\.speaker) == ["kb:test-samer"])
    }

    /// After a comma without a connective (مؤشرات …، تؤكد أن) the cue's subject is what the
    /// clause describes, not the sentence's first name.
    @Test func clauseWithoutAConnectiveKeepsItsOwnSubject() {
        let text = "الأردن يشهد مؤشرات كثيرة، تؤكد أن الاقتصاد يتحسن."
        #expect(record(text).quotes.isEmpty)
    }

    /// A report by an unknown speaker ends the chain: وأضاف المصدر continues that source, not
    /// the speaker before it; so does a frame naming an unknown source.
    @Test func unknownSpeakerEndsTheContinuation() {
        let source = "قال سامر الحداد إن الحوار ضروري. وقال مصدر محلي إن القوات تقدمت. وأضاف المصدر أن المعارك مستمرة."
        #expect(record(source).quotes.map(\.text) == ["الحوار ضروري"])
        let frame =
            "قال سامر الحداد إن الوضع مستقر. ووفقا لرئيس معهد الدراسات، تشهد الصناعة أزمة، قائلا: «هذه أزمة قوية جدا»."
        #expect(record(frame).quotes.map(\.text) == ["الوضع مستقر"])
    }

    /// A participle whose main clause names no speaker (سقطت قذيفة على إربد، مبينا …) is neither
    /// the city's nor the previous sentence's speaker's.
    @Test func participleOfAClauseWithoutASpeaker() {
        let text = "قال سامر الحداد إن الوضع هادئ. وسقطت قذيفة على مدينة إربد، مبينا أن المصاب نقل إلى المستشفى."
        #expect(record(text).quotes.map(\.text) == ["الوضع هادئ"])
    }

    /// أبان (made clear) reports like أوضح.
    @Test func abanaReports() {
        let r = record("وأبان سامر الحداد أن الموسم كان ناجحا.")
        #expect(r.quotes.map(\.text) == ["الموسم كان ناجحا"])
        #expect(r.quotes.first?.speaker == "kb:test-samer")
    }

    /// A name after a participle is its object (محذرا مصر بأن …), the speaker is the main
    /// clause's.
    @Test func nameAfterAParticipleIsItsObject() {
        let text = "وقال سامر الحداد إن الهدنة بدأت أمس، محذرا مصر بأن الجيش سيرد على أي خرق."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.speaker) == ["kb:test-samer", "kb:test-samer"])
        #expect(r.quotes.last?.cue?.text == "محذرا")
        #expect(r.quotes.last?.text == "الجيش سيرد على أي خرق")
    }

    /// A definite noun naming an organisation of the article refers to it (وقال الصندوق).
    @Test func definiteHeadRefersToTheOrganisation() {
        let text = "قال صندوق النقد الدولي إن النمو سيتباطأ. وقال الصندوق في إيجاز \"آثار العقوبات ستستمر طويلا\"."
        let r = record(text)
        checkSpans(r, text)
        #expect(r.quotes.map(\.speaker) == ["Q7804", "Q7804"])
        #expect(r.quotes.last?.text == "آثار العقوبات ستستمر طويلا")
    }

    /// A frame's source with لـ stands right after it; an addressee further on is not the
    /// source (بحسب ما قال شهود لوكالة فرانس برس).
    @Test func addresseeOfWitnessesIsNotTheFramesSource() {
        #expect(record("قتل 13 شخصا الأحد في القرية، بحسب ما قال شهود لوكالة فرانس برس.").quotes.isEmpty)
    }
}
