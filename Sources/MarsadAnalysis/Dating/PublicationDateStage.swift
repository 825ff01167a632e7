import MarsadKnowledge
import MarsadText

/// Decides the publication date, best evidence first: an explicit date line; the dateline's day
/// and month (with a year from the input or the text); the date given with the input (a crawl
/// time is an upper bound: `اليوم الأربعاء` crawled on a Friday means that Wednesday); a date
/// inferred from the text's own clues; a date printed on the page. Null where nothing supports one.
struct PublicationDateStage {
    let knowledge: KnowledgeBase
    /// Input fields that carry a publication or crawl date.
    static let metaDateFields = ["date", "published", "date_published", "pubDate", "date_extracted"]

    func run(_ doc: inout Document, findings: MetadataStage.Findings, sentences: [Range<Int>]) {
        doc.record.published = decide(doc, findings: findings, sentences: sentences)
        if let published = doc.record.published, published.precision == .day {
            doc.anchor = CivilDate(iso: published.date)
        }
    }

    func decide(_ doc: Document, findings: MetadataStage.Findings, sentences: [Range<Int>]) -> PublishedDate? {
        if let explicit = findings.explicitDate {
            return PublishedDate(
                date: explicit.date.iso, precision: .day, basis: .explicit, evidence: [explicit.evidence])
        }
        let given = givenDate(doc)
        let inferred = DateInference(knowledge: knowledge).infer(doc, sentences: sentences)
        if let dm = findings.datelineDayMonth {
            // The year: from the input's date, else the text's own inference, else a page date.
            let year =
                given?.date.year ?? inferred.flatMap { Int($0.date.prefix(4)) }
                ?? doc.record.pageDates.first.flatMap { Int($0.date.prefix(4)) }
            if let year, let date = CivilDate.valid(year: year, month: dm.month, day: dm.day) {
                return PublishedDate(date: date.iso, precision: .day, basis: .dateline, evidence: [dm.evidence])
            }
        }
        if let given {
            // "Today, Wednesday" in an article crawled later names the day itself.
            if let today = todayWeekday(doc), let day = latest(weekday: today.weekday, notAfter: given.date),
                given.date.dayNumber - day.dayNumber <= 6
            {
                return PublishedDate(date: day.iso, precision: .day, basis: .given, evidence: [today.evidence])
            }
            return PublishedDate(date: given.date.iso, precision: .day, basis: .given, evidence: [])
        }
        if let inferred {
            return PublishedDate(
                date: inferred.date, precision: inferred.precision, basis: .inferred, evidence: inferred.evidence)
        }
        if let page = doc.record.pageDates.first {
            return PublishedDate(
                date: page.date, precision: .day, basis: .page,
                evidence: [TextSpan(text: page.text, start: page.start, end: page.end)])
        }
        return nil
    }

    func givenDate(_ doc: Document) -> (date: CivilDate, field: String)? {
        for field in PublicationDateStage.metaDateFields {
            if let value = doc.meta[field], let date = CivilDate(iso: value) { return (date, field) }
        }
        return nil
    }

    /// `اليوم الأربعاء`: a weekday mention that starts with اليوم.
    func todayWeekday(_ doc: Document) -> (weekday: Int, evidence: TextSpan)? {
        for m in doc.timeMentions {
            guard case .dayOffset(0) = m.meaning, let w = m.weekday else { continue }
            return (w, doc.span(m.start..<m.end))
        }
        return nil
    }

    func latest(weekday: Int, notAfter date: CivilDate) -> CivilDate? {
        for back in 0..<7 {
            let d = date.adding(days: -back)
            if d.weekday == weekday { return d }
        }
        return nil
    }
}
