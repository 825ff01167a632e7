import Testing

@testable import MarsadKnowledge

/// The forms of event triggers the loader derives (Data/README.md, event_triggers.tsv).
@Suite struct TriggerFormsTests {
    func keys(_ s: String) -> [String] { PhraseKeys.keys(s) }

    @Test func presentTenseOfEachVerbPattern() {
        // Form I, hollow form IV, form VIII defective, form II with hamza, form I defective.
        #expect(TriggerForms.presentForms(PhraseKeys.key("رفض")).contains(PhraseKeys.key("ترفض")))
        #expect(TriggerForms.presentForms(PhraseKeys.key("أدان")).contains(PhraseKeys.key("يدين")))
        #expect(TriggerForms.presentForms(PhraseKeys.key("التقى")).contains(PhraseKeys.key("يلتقيان")))
        #expect(TriggerForms.presentForms(PhraseKeys.key("التقى")).contains(PhraseKeys.key("يلتق")))
        #expect(TriggerForms.presentForms(PhraseKeys.key("أكد")).contains(PhraseKeys.key("يؤكد")))
        #expect(TriggerForms.presentForms(PhraseKeys.key("دعا")).contains(PhraseKeys.key("يدعون")))
        #expect(TriggerForms.presentForms(PhraseKeys.key("استنكر")).contains(PhraseKeys.key("نستنكر")))
        // A hollow verb of the first form is listed by hand (زار → يزور, not يزار).
        #expect(TriggerForms.presentForms(PhraseKeys.key("زار")).isEmpty)
    }

    @Test func verbPhrasesVaryTheirObject() {
        let forms = TriggerForms.derived(keys("فرض عقوبات"), pos: "verb", pastOnly: false).map(\.keys)
        #expect(forms.contains(keys("فرضت العقوبات")))
        #expect(forms.contains(keys("ستفرض عقوبات")))
        let future = TriggerForms.derived(keys("فرض عقوبات"), pos: "verb", pastOnly: false)
            .first { $0.keys == keys("ستفرض عقوبات") }
        #expect(future?.future == true)
        let possessive = TriggerForms.derived(keys("أعرب عن استعداد"), pos: "verb", pastOnly: false)
            .first { $0.keys == keys("أعرب عن استعداده") }
        #expect(possessive?.possessed == true)
        // forms = past: no present (تحمل المسؤولية means to bear it, not to blame).
        let past = TriggerForms.derived(keys("حمل المسؤولية"), pos: "verb", pastOnly: true).map(\.keys)
        #expect(!past.contains(keys("تحمل المسؤولية")))
        #expect(past.contains(keys("حملت المسؤولية")))
    }

    @Test func nounsTakeArticleCaseDualAndPossessive() {
        let forms = TriggerForms.derived(keys("اتصال هاتفي"), pos: "noun", pastOnly: false).map(\.keys)
        #expect(forms.contains(keys("الاتصال الهاتفي")))
        #expect(forms.contains(keys("اتصالا هاتفيا")))
        #expect(forms.contains(keys("اتصاله الهاتفي")))
        let one = TriggerForms.derived(keys("زيارة"), pos: "noun", pastOnly: false).map(\.keys)
        #expect(one.contains(keys("زيارته")))
        #expect(one.contains(keys("الزيارتين")))
        // A feminine plural takes no accusative alef.
        #expect(TriggerForms.accusativeForm(PhraseKeys.key("عقوبات")) == PhraseKeys.key("عقوبات"))
    }

    @Test func writtenGapsAndAdjectives() {
        #expect(TriggerForms.keys("أرسل … قوات إلى") == ["ارسل", TriggerForms.gap, "قوات", "الي"])
        let adjective = TriggerForms.derived(keys("مستعد"), pos: "adj", pastOnly: false).map(\.keys)
        #expect(adjective.contains(keys("مستعدون")))
        #expect(adjective.contains(keys("مستعدة")))
    }

    @Test func theEmbeddedLexiconHoldsDerivedFormsWithTheirFlags() {
        let trie = KnowledgeBase.embedded.lexicons.eventTriggers
        #expect(trie.values(for: keys("سيزور")).first?.future == true)
        #expect(trie.values(for: keys("تدين")).first?.plover == "ACCUSE")
        #expect(trie.values(for: keys("مناورات")).first?.jointPlover == "COOPERATE")
        #expect(trie.values(for: keys("اعتقال")).first?.genitiveObject == true)
        #expect(trie.values(for: keys("ناقش")).first?.topicObject == true)
        #expect(trie.values(for: keys("التعاون")).first?.reading == "speech")
        #expect(trie.values(for: keys("بحثا")).isEmpty)
        // هنأ reads هنا ("here"): only its inflections and pronoun forms are triggers.
        #expect(trie.values(for: keys("هنأ")).isEmpty)
        #expect(trie.values(for: keys("هنأه")).first?.cameo == "051")
        #expect(trie.values(for: keys("إيقاف إطلاق النار")).first?.plover == "RETREAT")
        let words = KnowledgeBase.embedded.lexicons.eventWords
        #expect(words.values(for: keys("الدول الغربية")).first?.actor == "kb:the-west")
        #expect(words.values(for: keys("المثمرة")).first?.event == "SUPPORT:051")
    }
}
