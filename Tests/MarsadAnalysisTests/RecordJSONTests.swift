import Foundation
import MarsadText
import Testing

@testable import MarsadAnalysis

/// The record's own JSON writer must say exactly what the Codable form says.
@Suite struct RecordJSONTests {
    func sampleRecord() -> AnalysisRecord {
        var r = AnalysisRecord(
            doc: DocInfo(
                id: "ab", source: "a\"b\\c.txt", length: 10,
                meta: ["url": "http://x/y", "note": "tab\there\nline \u{1}"]))
        r.headline = TextSpan(text: "عنوان «مقتبس»", start: 0, end: 13)
        r.published = PublishedDate(
            date: "2026-02-04", precision: .day, basis: .inferred, evidence: [TextSpan(text: "يوم", start: 1, end: 4)])
        r.pageDates = [PageDate(date: "2024-11-03", start: 0, end: 5, text: "الأحد")]
        r.outlet = NamedSpan(name: "كونا", start: 3, end: 7)
        r.agencies = [
            AgencyCredit(id: "local:x", nameAr: "س", nameEn: nil, mentions: [TextSpan(text: "س", start: 1, end: 2)])
        ]
        r.dateline = Dateline(city: "بكين", start: 0, end: 4)
        r.body = [Span(start: 0, end: 9)]
        r.boilerplate = [BoilerplateSpan(start: 9, end: 10, text: "x", reason: "share")]
        r.duplicates = [DuplicateSpan(start: 5, end: 6, of: Span(start: 1, end: 2))]
        r.sentences = [Span(start: 0, end: 4)]
        r.times = [
            TimeExpression(text: "أمس", start: 1, end: 4, value: nil, precision: nil, relative: true, kind: "relative")
        ]
        r.entities = [
            EntityRecord(
                id: "Q1", type: "PERSON", nameAr: "شخص", nameEn: nil, country: "CHN", cameo: nil, roles: [],
                mentions: [TextSpan(text: "وشخص", start: 2, end: 6)])
        ]
        r.quotes = [
            QuoteRecord(speaker: nil, kind: "direct", cue: nil, text: "\"نعم\"", start: 1, end: 3, via: ["xinhua"])
        ]
        r.events = [
            EventRecord(
                plover: nil, mode: nil, cameo: "010", source: ["Q1"], target: [], date: nil, precision: .year,
                context: ["future"], location: nil, evidence: TextSpan(text: "ق", start: 0, end: 1))
        ]
        return r
    }

    @Test func writerRoundTripsThroughJSONDecoder() throws {
        let record = sampleRecord()
        let decoded = try JSONDecoder().decode(AnalysisRecord.self, from: Data(record.jsonBytes()))
        #expect(decoded == record)
    }

    @Test func writerAndEncoderAgree() throws {
        let record = sampleRecord()
        let ours = try JSONSerialization.jsonObject(with: Data(record.jsonBytes())) as? NSDictionary
        let foundation = try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? NSDictionary
        #expect(ours == foundation)
    }

    @Test func keysFollowTheSpecOrderAndNullsAreWritten() {
        let empty = AnalysisRecord(doc: DocInfo(id: "i", source: "s", length: 0, meta: [:]))
        let text = String(decoding: empty.jsonBytes(), as: UTF8.self)
        #expect(
            text
                == #"{"schema":"marsad.analysis/1","doc":{"id":"i","source":"s","length":0,"meta":{}},"headline":null,"published":null,"page_dates":[],"outlet":null,"agencies":[],"dateline":null,"body":[],"boilerplate":[],"duplicates":[],"sentences":[],"times":[],"entities":[],"quotes":[],"events":[]}"#
        )
    }

    @Test func analysedArticleRoundTrips() throws {
        let text = "التاريخ : 04/02/2026\nبكين - 4 - 2 (كونا) -- قال المتحدث إن الاجتماع عقد أمس.\nشارك القصة"
        let record = Analyzer().analyze(source: "t.txt", text: SourceText(text))
        #expect(try JSONDecoder().decode(AnalysisRecord.self, from: Data(record.jsonBytes())) == record)
    }
}
