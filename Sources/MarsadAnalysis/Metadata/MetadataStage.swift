import MarsadKnowledge
import MarsadText

/// Reads the article's own metadata from its text: the dateline (`بكين - 4 - 2 (كونا) --`,
/// `موسكو (أ ف ب) –`), the outlet's source tag (`المستقلة/-`), credited agencies, and the date
/// lines (`التاريخ : 04/02/2026` is explicit; a bare date line is a page date).
public struct MetadataStage: Sendable {
    let knowledge: KnowledgeBase
    /// Words that label a line as the article's date.
    static let dateLabels: Set<String> = ["التاريخ", "تاريخ", "نشر", "بتاريخ", "published", "updated", "date", "النشر"]

    public init(knowledge: KnowledgeBase = .embedded) { self.knowledge = knowledge }

    /// What this stage found that the publication-date stage needs.
    public struct Findings: Sendable {
        public var explicitDate: (date: CivilDate, evidence: TextSpan)?
        public var datelineDayMonth: (day: Int, month: Int, evidence: TextSpan)?
    }

    public func run(_ doc: inout Document) -> Findings {
        var findings = Findings()
        let firstContent = doc.lineRoles.indices.first { doc.lineRoles[$0] == .body }
        var outlet: (name: String, tokens: Range<Int>)?
        var datelineAgency: Range<Int>?
        if let lead = firstContent {
            if let tag = sourceTag(doc: doc, line: lead) { outlet = tag }
            if let dateline = dateline(doc: doc, line: lead) {
                doc.record.dateline = Dateline(
                    city: doc.slice(dateline.city), start: dateline.city.lowerBound, end: dateline.city.upperBound)
                datelineAgency = dateline.agency
                if let dm = dateline.dayMonth { findings.datelineDayMonth = (dm.day, dm.month, doc.span(dm.span)) }
            }
        }
        // Credited agencies, in order of first mention.
        let credits = AgencyCredits(knowledge: knowledge).find(in: doc)
        var order: [Int] = []
        var mentions: [Int: [TextSpan]] = [:]
        for credit in credits {
            if mentions[credit.agency] == nil { order.append(credit.agency) }
            mentions[credit.agency, default: []].append(doc.span(tokenRange(doc, credit.tokens)))
        }
        var agencies = order.map { a -> AgencyCredit in
            let agency = knowledge.agencies[a]
            return AgencyCredit(
                id: agency.id, nameAr: agency.nameAr, nameEn: agency.nameEn.isEmpty ? nil : agency.nameEn,
                mentions: mentions[a] ?? [])
        }
        // The outlet: its source tag, else the first credit of a sources block, else the wire
        // of the dateline when the page is the wire's own copy (no website furniture).
        if outlet == nil, let block = sourceBlockCredit(doc: doc, credits: credits) { outlet = block }
        if outlet == nil, let wire = datelineAgency, !hasWebsiteFurniture(doc) {
            outlet = (doc.slice(tokenRange(doc, wire)), wire)
        }
        if let outlet {
            let range = tokenRange(doc, outlet.tokens)
            doc.record.outlet = NamedSpan(name: outlet.name, start: range.lowerBound, end: range.upperBound)
            let covered = agencies.contains { a in
                a.mentions.contains { $0.start <= range.lowerBound && range.upperBound <= $0.end }
            }
            if !covered {
                // An outlet the agency list does not know is still a credited source.
                agencies.insert(
                    AgencyCredit(
                        id: "local:\(outlet.name)", nameAr: outlet.name, nameEn: nil, mentions: [doc.span(range)]),
                    at: 0)
            }
        }
        doc.record.agencies = agencies
        readDateLines(&doc, findings: &findings)
        return findings
    }

    func tokenRange(_ doc: Document, _ tokens: Range<Int>) -> Range<Int> {
        doc.tokens[tokens.lowerBound].start..<doc.tokens[tokens.upperBound - 1].end
    }

    /// `NAME/-` or `NAME /` + dash opening the lead line: the outlet's own tag.
    func sourceTag(doc: Document, line: Int) -> (name: String, tokens: Range<Int>)? {
        let range = doc.lines[line].tokens
        var i = range.lowerBound
        while i < range.upperBound && i - range.lowerBound < 4 && !doc.keys[i].isEmpty { i += 1 }
        guard i > range.lowerBound, i + 1 < range.upperBound, doc.tokenText(i) == "/" else { return nil }
        let dash = doc.tokenText(i + 1)
        guard dash == "-" || dash == "–" || dash == "—" else { return nil }
        let words = range.lowerBound..<i
        return (doc.slice(tokenRange(doc, words)), words)
    }

    struct DatelineMatch {
        var city: Range<Int>
        var agency: Range<Int>
        var dayMonth: (day: Int, month: Int, span: Range<Int>)?
    }

    /// `CITY (AGENCY) –` or `CITY - D - M (AGENCY) --` at the start of the lead line.
    func dateline(doc: Document, line: Int) -> DatelineMatch? {
        let range = doc.lines[line].tokens
        var i = range.lowerBound
        while i < range.upperBound && i - range.lowerBound < 3 && doc.tokens[i].kind == .arabic { i += 1 }
        guard i > range.lowerBound else { return nil }
        let city = doc.tokens[range.lowerBound].start..<doc.tokens[i - 1].end
        var dayMonth: (Int, Int, Range<Int>)?
        // Optional `- 4 - 2`.
        if i + 3 < range.upperBound, isDash(doc.tokenText(i)), doc.tokens[i + 1].kind == .number,
            isDash(doc.tokenText(i + 2)), doc.tokens[i + 3].kind == .number,
            let d = Numerals.int(doc.tokenText(i + 1)), let m = Numerals.int(doc.tokenText(i + 3)),
            (1...31).contains(d), (1...12).contains(m)
        {
            dayMonth = (d, m, doc.tokens[i + 1].start..<doc.tokens[i + 3].end)
            i += 4
        }
        guard i < range.upperBound, doc.tokenText(i) == "(" else { return nil }
        var j = i + 1
        while j < range.upperBound && doc.tokenText(j) != ")" && j - i <= 6 { j += 1 }
        guard j < range.upperBound, doc.tokenText(j) == ")", j > i + 1 else { return nil }
        // The parenthesis must name an agency the list knows, so `CITY (…)` prose is not a dateline.
        guard TrieScanner.match(knowledge.agencyNames, in: doc, at: i + 1, limit: j) != nil else { return nil }
        return DatelineMatch(
            city: city, agency: (i + 1)..<j, dayMonth: dayMonth.map { (day: $0.0, month: $0.1, span: $0.2) })
    }

    func isDash(_ s: String) -> Bool { s == "-" || s == "–" || s == "—" }

    func sourceBlockCredit(doc: Document, credits: [AgencyCredits.Credit]) -> (name: String, tokens: Range<Int>)? {
        for (i, role) in doc.lineRoles.enumerated() {
            guard case .boilerplate("credit") = role else { continue }
            let key = doc.lines[i].tokens.map { doc.keys[$0] }.filter { !$0.isEmpty }
            if key == ["المصادر"] || key == ["المصدر"] { continue }
            // The first name on the first credit line: up to a dash or comma.
            let range = doc.lines[i].tokens
            var j = range.lowerBound
            while j < range.upperBound && !doc.keys[j].isEmpty { j += 1 }
            guard j > range.lowerBound else { continue }
            return (doc.slice(tokenRange(doc, range.lowerBound..<j)), range.lowerBound..<j)
        }
        return nil
    }

    /// Share buttons, comment forms and navigation mark a website's page, not a wire copy.
    func hasWebsiteFurniture(_ doc: Document) -> Bool {
        doc.lineRoles.contains {
            if case .boilerplate(let reason) = $0 {
                return ["share", "comment form", "navigation", "follow", "read more", "related"].contains(reason)
            }
            return false
        }
    }

    /// Date lines: labelled → the explicit publication date; bare → a date printed on the page.
    func readDateLines(_ doc: inout Document, findings: inout Findings) {
        for mention in doc.timeMentions {
            guard case .absolute(let year?, let month?, let day?) = mention.meaning,
                let date = CivilDate.valid(year: year, month: month, day: day),
                let line = doc.lineIndex(containing: mention.start),
                case .boilerplate("date line") = doc.lineRoles[line]
            else { continue }
            let lineRange = doc.lines[line].range
            let labelled = doc.lines[line].tokens.contains { MetadataStage.dateLabels.contains(doc.keys[$0]) }
            if labelled && findings.explicitDate == nil {
                findings.explicitDate = (date, doc.span(lineRange))
            }
            doc.record.pageDates.append(
                PageDate(
                    date: date.iso, start: lineRange.lowerBound, end: lineRange.upperBound, text: doc.slice(lineRange)))
        }
    }
}
