import Testing

@testable import MarsadText

@Suite struct SentenceTests {
    func sentences(_ s: String) -> [String] {
        let text = SourceText(s)
        return SentenceSplitter.sentences(in: text).map { text.slice($0) }
    }

    @Test func basicEnds() {
        #expect(
            sentences("قال بوتين. ورد شي! هل توافق؟ نعم… انتهى") == [
                "قال بوتين.", "ورد شي!", "هل توافق؟", "نعم…", "انتهى",
            ])
        #expect(sentences("  جملة أولى.   جملة ثانية.  ") == ["جملة أولى.", "جملة ثانية."])
        #expect(sentences("ماذا؟! حقا...  نعم") == ["ماذا؟!", "حقا...", "نعم"])
    }

    @Test func lineBreaksEnd() {
        #expect(
            sentences("عنوان الخبر\r\nنص الخبر هنا.\nسطر\u{2028}آخر") == [
                "عنوان الخبر", "نص الخبر هنا.", "سطر", "آخر",
            ])
    }

    @Test func closingQuotesStay() {
        #expect(sentences("قال: «لن نتراجع.» ثم غادر.") == ["قال: «لن نتراجع.»", "ثم غادر."])
        #expect(sentences("قال: «لن نتراجع». ثم غادر.") == ["قال: «لن نتراجع».", "ثم غادر."])
        #expect(sentences("قال: “هل نتراجع؟” ثم غادر.") == ["قال: “هل نتراجع؟”", "ثم غادر."])
        #expect(
            sentences("He said \"no.\" Then left (again.) Done") == [
                "He said \"no.\"", "Then left (again.)", "Done",
            ])
        // A stop after a quoted question stays with it.
        #expect(sentences("سأل: «لماذا؟». ثم غادر") == ["سأل: «لماذا؟».", "ثم غادر"])
        // A quotation with an inner full stop keeps its closing mark.
        #expect(sentences("«الأولى. الثانية». بعدها") == ["«الأولى.", "الثانية».", "بعدها"])
    }

    @Test func abbreviationsAreNotEnds() {
        #expect(
            sentences("التقى د. محمد علي مع م. أحمد في ص. ب. 12 هنا. ثم") == [
                "التقى د. محمد علي مع م. أحمد في ص. ب. 12 هنا.", "ثم",
            ])
        // The era after a year is not an abbreviation.
        #expect(
            sentences("بعد 2003م. ولقد تحول. وفي 1445 هـ. عاد") == [
                "بعد 2003م.", "ولقد تحول.", "وفي 1445 هـ.", "عاد",
            ])
        // Latin initials spelt in Arabic.
        #expect(
            sentences("قالت بي. بي. سي. إن الخبر صحيح. ثم") == ["قالت بي. بي. سي. إن الخبر صحيح.", "ثم"])
        #expect(sentences("نقلت وكالة أ.ف.ب. الخبر. ثم") == ["نقلت وكالة أ.ف.ب. الخبر.", "ثم"])
        #expect(
            sentences("Mr. Smith met Dr. Jones in the U.S. today. Then") == [
                "Mr. Smith met Dr. Jones in the U.S. today.", "Then",
            ])
        #expect(
            sentences("ارتفع 3.5 بالمئة في 04.02.2026 اليوم. ثم") == [
                "ارتفع 3.5 بالمئة في 04.02.2026 اليوم.", "ثم",
            ])
        #expect(
            sentences("1. البند الأول. 2. البند الثاني.") == ["1. البند الأول.", "2. البند الثاني."])
        #expect(sentences("زوروا example.com اليوم") == ["زوروا example.com اليوم"])
    }

    @Test func missingSpaceAfterStopStillEnds() {
        #expect(sentences("انتهى الاجتماع.وقال الوزير") == ["انتهى الاجتماع.", "وقال الوزير"])
    }

    @Test func paragraphLines() {
        let text = SourceText("  سطر أول \r\n\r\n\u{200F}سطر ثان\n   \nأخير")
        #expect(Paragraphs.lines(in: text).map { text.slice($0) } == ["سطر أول", "سطر ثان", "أخير"])
        #expect(Paragraphs.lines(in: SourceText("\n\n")).isEmpty)
    }
}
