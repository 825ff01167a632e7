import Testing
import XCTest

@testable import MarsadKnowledge

@Suite struct TSVTableTests {
    @Test func commentsHeaderRowsAndLists() throws {
        let table = try TSVTable(
            name: "t.tsv", text: "# source: test\nid\tnames\n\n1\tأ|ب | ج\n2\t\n", required: ["id"])
        #expect(table.columns == ["id", "names"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["id"] == "1")
        #expect(table.rows[0].list("names") == ["أ", "ب", "ج"])
        #expect(table.rows[0].line == 4)
        #expect(table.rows[1].list("names") == [])
        #expect(table.rows[1]["missing"] == "")
    }

    @Test func missingRequiredColumnNamesFileAndLine() {
        #expect(
            throws: TSVTable.FormatError(
                file: "people_x.tsv", line: 2, message: "header lacks the required column 'names_ar'")
        ) {
            try TSVTable(name: "people_x.tsv", text: "# c\nid\tname_en\nx\ty\n", required: ["id", "names_ar"])
        }
    }

    @Test func crlfLinesSpacesAndNoBreakSpacesAreTrimmed() throws {
        let table = try TSVTable(
            name: "t.tsv", text: "id\tnames\r\n\u{00A0}1 \t أ |\u{00A0}ب\u{00A0}||\r\n", required: ["id"])
        #expect(table.columns == ["id", "names"])
        #expect(table.rows.map(\.line) == [2])
        #expect(table.rows[0]["id"] == "1")
        #expect(table.rows[0].list("names") == ["أ", "ب"])
    }

    @Test func emptyFileNamesItsFirstLine() {
        #expect(throws: TSVTable.FormatError(file: "e.tsv", line: 1, message: "no header line")) {
            try TSVTable(name: "e.tsv", text: "")
        }
    }

    @Test func fileWithoutHeaderIsAnError() {
        #expect(throws: TSVTable.FormatError.self) { try TSVTable(name: "e.tsv", text: "# only comments\n") }
    }
}

@Suite struct ActorDataTests {
    @Test func datedRolesParseAndAnswerByDay() throws {
        let role = try #require(DatedRole("foreign_minister@CHN@2013-03@2022-12"))
        #expect(role.role == "foreign_minister")
        #expect(role.scope == "CHN")
        #expect(role.isHeld(on: 20130301))
        #expect(!role.isHeld(on: 20130228))
        #expect(role.isHeld(on: 20221231))
        #expect(!role.isHeld(on: 20230101))
        let open = try #require(DatedRole("foreign_minister@CHN@2023-07-25@"))
        #expect(open.isHeld(on: 20261122))
        #expect(!open.isHeld(on: 20230724))
        #expect(DatedRole("foreign_minister@CHN@2013-xx@") == nil)
        #expect(DatedRole("no-at-signs") == nil)
        #expect(DatedRole("@CHN@@") == nil)
        #expect(DatedRole("spokesperson@KREMLIN@@@") == nil)
        let undated = try #require(DatedRole("spokesperson@KREMLIN@@"))
        #expect(undated.scope == "KREMLIN" && undated.start == nil && undated.end == nil)
    }

    /// The byte parser reads dates as `split` + `Int` did.
    @Test func partialDatesParseAsBefore() {
        func reference(_ text: String) -> [Int?]? {
            let parts = text.split(separator: "-")
            guard (1...3).contains(parts.count), let y = Int(parts[0]) else { return nil }
            let month = parts.count > 1 ? Int(parts[1]) : nil
            let day = parts.count > 2 ? Int(parts[2]) : nil
            if parts.count > 1 && month == nil || parts.count > 2 && day == nil { return nil }
            return [y, month, day]
        }
        let inputs = [
            "2013", "2013-03", "2013-03-14", "2013--03", "-2013", "2013-", "+2013-+3", "2013-03-14-01", "", "-",
            "20x3", "2013-0x", "٢٠١٣", " 2013", "2013 ", "+", "2013-+", "0000-00-00", "99999999999999999999",
        ]
        for input in inputs {
            let parsed = PartialDate(input).map { [$0.year, $0.month, $0.day] }
            #expect(parsed == reference(input), "\(input)")
        }
        #expect(PartialDate("2013-03")?.earliest == 20130301)
        #expect(PartialDate("2013-03")?.latest == 20130331)
    }

    @Test func nisbaFormsInflectEveryWord() {
        let forms = Set(NisbaForms.forms(of: "كوري شمالي"))
        #expect(forms.contains("الكورية الشمالية"))
        #expect(forms.contains("كوريون شماليون"))
        #expect(Set(NisbaForms.forms(of: "صيني")).isSuperset(of: ["صيني", "الصيني", "الصينية", "الصينيين", "صينيات"]))
    }

    @Test func unknownFileKindIsAnError() {
        #expect(throws: TSVTable.FormatError.self) {
            try KnowledgeBase(files: [DataFile(name: "mystery.tsv", text: "a\tb\n")])
        }
    }
}

@Suite struct PhraseKeysTests {
    /// The byte fast path for plain Arabic phrases gives the tokenizer's keys: checked on every
    /// cell of every embedded data file, and on phrases it must refuse.
    @Test func plainPathAgreesWithTheTokenizer() throws {
        var checked = 0
        for file in DataFiles.embedded where file.name.hasSuffix(".tsv") {
            let table = try TSVTable(name: file.name, text: file.text)
            for row in table.rows {
                for column in table.columns {
                    for phrase in row.list(column) {
                        let plain = PhraseKeys.plainKeys(phrase)
                        if let plain { #expect(plain == PhraseKeys.tokenizedKeys(phrase), "\(file.name): \(phrase)") }
                        checked += plain == nil ? 0 : 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
        #expect(PhraseKeys.plainKeys("وزارة الخارجية") == ["وزاره", "الخارجيه"])
        #expect(PhraseKeys.plainKeys("إدارة") == ["اداره"])
        for refused in ["أ ف ب", "CCTV", "أ.ف.ب", "مُحمد", "شي  جين", " شي", "شي ", "قمة 2022", "مكة\u{0640}"] {
            if refused == "أ ف ب" {
                #expect(PhraseKeys.plainKeys(refused) == ["ا", "ف", "ب"])
            } else {
                #expect(PhraseKeys.plainKeys(refused) == nil, "\(refused)")
            }
            #expect(PhraseKeys.keys(refused) == PhraseKeys.tokenizedKeys(refused))
        }
    }
}

@Suite struct EmbeddedKnowledgeTests {
    let kb = KnowledgeBase.embedded

    func actors(named name: String) -> [Actor] {
        kb.names.values(for: PhraseKeys.keys(name)).map { kb.actors[Int($0)] }
    }

    @Test func loadsWithoutWarningsAboutItsOwnData() {
        #expect(kb.actors.count > 3000)
        #expect(kb.agencies.count >= 60)
        #expect(kb.country("CHN")?.nameEn == "China")
    }

    @Test func spellingsAndAlefFormsResolveToOneActor() {
        #expect(actors(named: "أمريكا").first?.country == "USA")
        #expect(actors(named: "امريكا").first?.country == "USA")
        #expect(actors(named: "الصين").first?.id == "Q148")
    }

    @Test func capitalsAreMetonymsCarryingTheirCountry() throws {
        let beijing = try #require(actors(named: "بكين").first)
        #expect(beijing.isMetonym)
        #expect(beijing.country == "CHN")
        #expect(beijing.type == .gpe)
    }

    @Test func nisbaAdjectivesPointAtTheirCountry() {
        let hits = kb.adjectives.values(for: PhraseKeys.keys("الصينية"))
        #expect(hits.map { kb.actors[Int($0)].country } == ["CHN"])
    }

    /// Trigger files are read on another thread and put in the trie after the other files: a
    /// user's file still adds its forms and the forms derived from them, and its errors still
    /// name it.
    @Test func userTriggerFileAddsItsDerivedForms() throws {
        let user = DataFile(
            name: "event_triggers_mine.tsv", text: "form\tpos\tplover\tmode\tcameo\nصافح\tverb\tCONSULT\tmeet\t043\n")
        #expect(kb.lexicons.eventTriggers.values(for: PhraseKeys.keys("صافح")).isEmpty)
        let custom = try KnowledgeBase.withUserFiles([user])
        let past = custom.lexicons.eventTriggers.values(for: PhraseKeys.keys("صافحت"))
        #expect(past.map(\.cameo) == ["043"])
        let future = custom.lexicons.eventTriggers.values(for: PhraseKeys.keys("سيصافح"))
        #expect(future.map(\.future) == [true])
        #expect(future.first?.form == "صافح")
        #expect(custom.lexicons.eventTriggers.values(for: PhraseKeys.keys("اتصال هاتفي")).map(\.cameo) == ["041"])
        let broken = DataFile(name: "event_triggers_bad.tsv", text: "form\tpos\nصافح\tverb\n")
        #expect(
            throws: TSVTable.FormatError(
                file: "event_triggers_bad.tsv", line: 1, message: "header lacks the required column 'cameo'")
        ) {
            try KnowledgeBase.withUserFiles([broken])
        }
    }

    @Test func userFileOverridesAnEntryById() throws {
        let user = DataFile(
            name: "people_mine.tsv",
            text:
                "id\tname_en\tnames_ar\tshort_ar\tcountry\tcameo\troles\nkb:test-person\tSamer Haddad\tسامر الحداد\tالحداد\tJOR\tJORGOV\tforeign_minister@JOR@2030-01@\n"
        )
        let custom = try KnowledgeBase.withUserFiles([user])
        let ids = custom.names.values(for: PhraseKeys.keys("سامر الحداد")).map { custom.actors[Int($0)].id }
        #expect(ids == ["kb:test-person"])
        #expect(custom.actors.count == kb.actors.count + 1)
        let replaced = try KnowledgeBase.withUserFiles([
            user, DataFile(name: "people_fix.tsv", text: "id\tnames_ar\nkb:test-person\tسامر حداد\n", order: 2),
        ])
        #expect(replaced.actors.first { $0.id == "kb:test-person" }?.nameAr == "سامر حداد")
    }

    /// Files of one order load by name, so an id listed in two files resolves the same way in
    /// every process (the embedded files come from a dictionary, in no fixed order).
    @Test func sameOrderFilesLoadByName() throws {
        let head = "id\tname_en\tnames_ar\tshort_ar\tcountry\tcameo\troles\n"
        let a = DataFile(name: "people_a.tsv", text: head + "kb:test-twice\tTwice\tمنير الدوري\t\tEGY\t\t\n")
        let b = DataFile(name: "people_b.tsv", text: head + "kb:test-twice\tTwice\tمنير الدوري\t\tJOR\t\t\n")
        for files in [[a, b], [b, a]] {
            let kb = try KnowledgeBase(files: files)
            #expect(kb.actors.first { $0.id == "kb:test-twice" }?.country == "JOR")
        }
    }
}

@Suite struct PhraseTrieTests {
    @Test func longestMatchWinsAndValuesAreKept() {
        var trie = PhraseTrie<Int>()
        trie.insert(["وزير", "الخارجيه"], 1)
        trie.insert(["وزير"], 2)
        trie.insert(["وزير", "الخارجيه", "الصيني"], 3)
        let words = ["وزير", "الخارجيه", "الروسي"]
        let m = trie.longestMatch(first: words[0]) { k in k < words.count ? words[k] : nil }
        #expect(m?.length == 2)
        #expect(m?.values == [1])
        #expect(trie.values(for: ["وزير"]) == [2])
        #expect(trie.values(for: ["الخارجيه"]) == [])
        #expect(trie.hasPrefix("وزير"))
        #expect(!trie.hasPrefix("الخارجيه"))
    }

    @Test func vocabularyIdsAreSharedAndByteExact() {
        let v = Vocabulary()
        var a = PhraseTrie<Int>(vocabulary: v)
        var b = PhraseTrie<Int>(vocabulary: v)
        a.insert(["بكين"], 1)
        b.insert(["بكين", "وموسكو"], 2)
        #expect(v.count == 2)
        #expect(v.id(of: "بكين") == 0)
        #expect(v.id(of: "موسكو") == -1)
        #expect(a.longestMatch(firstID: v.id(of: "بكين"), nextID: { _ in nil })?.values == [1])
    }
}

/// XCTest runs beside Swift Testing; one case keeps its count.
final class KnowledgeXCTests: XCTestCase {
    func testEveryEmbeddedFileHasAKnownKind() {
        for file in DataFiles.embedded { XCTAssertNotNil(file.kind, file.name) }
    }
}

@Suite struct WordIDSetTests {
    @Test func holdsExactlyTheIdsInserted() {
        var set = WordIDSet()
        for id: Int32 in [0, 63, 64, 200, 200] { set.insert(id) }
        set.insert(-1)
        #expect([0, 63, 64, 200].allSatisfy { set.contains($0) })
        #expect(![1, 62, 65, 199, 201, 100_000, -1].contains { set.contains($0) })
        #expect(!WordIDSet().contains(0))
        #expect(set.ids == [0, 63, 64, 200])
    }
}
