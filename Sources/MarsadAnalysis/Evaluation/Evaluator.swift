import MarsadKnowledge
import MarsadText

/// Scores analysis records against gold annotations (`shared/gold/README.md`).
///
/// Matching rules, field by field:
/// - `published`: right when the record's date at the gold's precision equals the gold date and
///   the record is at least that precise (a null gold date wants a null record).
/// - `headline`, `outlet`, `dateline`: exact text after normalisation (harakat, alef forms, ة/ه).
/// - `agencies`: a gold agency (as written) is found when a credited agency's name or one of its
///   mentions equals it after normalisation.
/// - `boilerplate_removed`: gold boilerplate lines outside the body (recall), and our boilerplate
///   lines that the gold calls boilerplate or a repeat (precision).
/// - `content_kept`: every other line of the article (less repeats of gold duplicate
///   paragraphs) inside the body; precision counts body lines that are gold content.
/// - `duplicates`: repeated paragraphs reported as duplicates.
/// - `entities`: one-to-one, by English name, Arabic canonical name, or a shared mention form;
///   only entities with a mention count (an actor a quotation or event names without one is no
///   recognition in the text).
/// - `mentions`: the gold mention forms of matched entities found among our mention texts.
/// - `quotes`: same speaker (English or Arabic name, or our entity aligned with the gold speaker's
///   entity by the entities' matching) and text overlap ≥ 0.5 (word Dice);
///   `quotes_direct` the same over direct quotations.
/// - `events`: same PLOVER type, at least one source and one target in common (by name or by the
///   entity alignment), and
///   compatible dates (equal at the coarser precision, or either undated).
public struct Evaluator {
    let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase = .embedded) { self.knowledge = knowledge }

    public func evaluate(gold: GoldDocument, record: AnalysisRecord, text: SourceText, into report: inout EvalReport) {
        let doc = gold.doc
        report.documents += 1
        scorePublished(gold, record, doc, &report)
        scoreText("headline", gold.headline, record.headline?.text, doc, &report)
        scoreText("outlet", gold.outlet, record.outlet?.name, doc, &report)
        scoreText("dateline", gold.dateline?.city, record.dateline?.city, doc, &report)
        scoreAgencies(gold, record, doc, &report)
        scoreLines(gold, record, text, doc, &report)
        let entityPairs = scoreEntities(gold, record, doc, &report)
        scoreQuotes(gold, record, entityPairs, doc, &report)
        scoreEvents(gold, record, entityPairs, doc, &report)
    }

    // MARK: fields

    func scorePublished(_ gold: GoldDocument, _ record: AnalysisRecord, _ doc: String, _ report: inout EvalReport) {
        let goldDate = gold.published?.date
        let ours = record.published
        let right: Bool
        if let goldDate {
            let precision = DatePrecision(rawValue: gold.published?.precision ?? "") ?? precisionOf(goldDate)
            if let ours, ours.precision >= precision, String(ours.date.prefix(goldDate.count)) == goldDate {
                right = true
            } else {
                right = false
            }
        } else {
            right = ours == nil
        }
        report.add("published", tp: right ? 1 : 0, predicted: 1, gold: 1)
        if !right {
            report.miss(
                doc, "published",
                "gold \(goldDate ?? "null"), ours \(ours.map { "\($0.date) (\($0.basis.rawValue))" } ?? "null")")
        }
    }

    func precisionOf(_ date: String) -> DatePrecision {
        switch date.count {
        case 4: .year
        case 7: .month
        default: .day
        }
    }

    func scoreText(_ field: String, _ gold: String?, _ ours: String?, _ doc: String, _ report: inout EvalReport) {
        let right = gold.map(norm) == ours.map(norm)
        report.add(field, tp: right && gold != nil ? 1 : 0, predicted: ours == nil ? 0 : 1, gold: gold == nil ? 0 : 1)
        if !right { report.miss(doc, field, "gold \(gold ?? "null"), ours \(ours ?? "null")") }
    }

    func scoreAgencies(_ gold: GoldDocument, _ record: AnalysisRecord, _ doc: String, _ report: inout EvalReport) {
        var matched = Set<Int>()
        var tp = 0
        for g in gold.agencies {
            let key = norm(g)
            if let i = record.agencies.indices.first(where: { i in
                !matched.contains(i)
                    && (norm(record.agencies[i].nameAr) == key
                        || record.agencies[i].mentions.contains { norm($0.text) == key })
            }) {
                matched.insert(i)
                tp += 1
            } else {
                report.miss(doc, "agencies", "missed \(g)")
            }
        }
        for i in record.agencies.indices where !matched.contains(i) {
            report.miss(doc, "agencies", "extra \(record.agencies[i].nameAr)")
        }
        report.add("agencies", tp: tp, predicted: record.agencies.count, gold: gold.agencies.count)
    }

    func scoreLines(
        _ gold: GoldDocument, _ record: AnalysisRecord, _ text: SourceText, _ doc: String, _ report: inout EvalReport
    ) {
        let lines = Paragraphs.lines(in: text)
        let inBody = { (r: Range<Int>) in record.body.contains { $0.start <= r.lowerBound && r.upperBound <= $0.end } }
        let ourBoilerplate = { (r: Range<Int>) in
            record.boilerplate.contains { $0.start == r.lowerBound && $0.end == r.upperBound }
        }
        let ourDuplicate = { (r: Range<Int>) in
            record.duplicates.contains { $0.start == r.lowerBound && $0.end == r.upperBound }
        }
        let goldBoilerplate = Set(gold.boilerplateLines.map(trimmed))
        let goldDuplicates = Set(gold.duplicateParagraphs.map(trimmed))
        var seen = Set<String>()
        var bpTP = 0, bpGold = 0, bpPred = 0
        var keptTP = 0, keptGold = 0, bodyLines = 0
        var dupTP = 0, dupGold = 0, dupPred = 0
        for line in lines {
            let s = trimmed(text.slice(line))
            let isRepeat = goldDuplicates.contains(s) && seen.contains(s)
            seen.insert(s)
            let body = inBody(line)
            if body { bodyLines += 1 }
            if ourBoilerplate(line) {
                bpPred += 1
                if goldBoilerplate.contains(s) || isRepeat {
                    bpTP += 1
                } else {
                    report.miss(doc, "boilerplate_removed", "content marked boilerplate: \(s.prefix(80))")
                }
            }
            if ourDuplicate(line) { dupPred += 1 }
            if goldBoilerplate.contains(s) {
                bpGold += 1
                if body { report.miss(doc, "boilerplate_removed", "left in body: \(s.prefix(80))") }
            } else if isRepeat {
                dupGold += 1
                if ourDuplicate(line) || ourBoilerplate(line) {
                    dupTP += 1
                } else {
                    report.miss(doc, "duplicates", "repeat kept: \(s.prefix(80))")
                }
            } else {
                keptGold += 1
                if body { keptTP += 1 } else { report.miss(doc, "content_kept", "content lost: \(s.prefix(80))") }
            }
        }
        // Recall: gold boilerplate lines out of the body; precision: our boilerplate lines that
        // the gold calls boilerplate (or repeats).
        let bpOut = lines.filter { goldBoilerplate.contains(trimmed(text.slice($0))) && !inBody($0) }.count
        report.add("boilerplate_removed", tp: bpOut, correct: bpTP, predicted: bpPred, gold: bpGold)
        // Precision: body lines that are gold content (headline and body, not furniture).
        let bodyContent = lines.filter { l in inBody(l) && !goldBoilerplate.contains(trimmed(text.slice(l))) }.count
        report.add(
            "content_kept", tp: keptTP, correct: min(bodyContent, bodyLines), predicted: bodyLines, gold: keptGold)
        report.add("duplicates", tp: dupTP, predicted: dupPred, gold: dupGold)
    }

    /// Returns gold entity index → record entity index.
    func scoreEntities(_ gold: GoldDocument, _ record: AnalysisRecord, _ doc: String, _ report: inout EvalReport)
        -> [Int: Int]
    {
        var pairs: [Int: Int] = [:]
        var used = Set<Int>()
        let recognised = record.entities.indices.filter { !record.entities[$0].mentions.isEmpty }
        for (gi, g) in gold.entities.enumerated() {
            let goldMentions = Set(g.mentions.map(norm))
            let candidates = recognised.filter { !used.contains($0) }
            let match =
                candidates.first { i in
                    let e = record.entities[i]
                    if let en = g.canonicalEn, let ours = e.nameEn, en.lowercased() == ours.lowercased() { return true }
                    if let ar = g.canonicalAr, norm(ar) == norm(e.nameAr) { return true }
                    return false
                }
                ?? candidates.first { i in record.entities[i].mentions.contains { goldMentions.contains(norm($0.text)) }
                }
            if let match {
                pairs[gi] = match
                used.insert(match)
            } else {
                report.miss(doc, "entities", "missed \(g.canonicalEn ?? g.canonicalAr ?? "?") (\(g.type))")
            }
        }
        for i in recognised where !used.contains(i) {
            report.miss(
                doc, "entities",
                "extra \(record.entities[i].nameEn ?? record.entities[i].nameAr) (\(record.entities[i].type))")
        }
        report.add("entities", tp: pairs.count, predicted: recognised.count, gold: gold.entities.count)
        // Mentions of matched entities (gold forms found among ours), and of unmatched ones as misses.
        var mentionTP = 0, mentionGold = 0, mentionPred = 0
        for (gi, g) in gold.entities.enumerated() {
            let forms = Set(g.mentions.map(norm))
            mentionGold += forms.count
            guard let ri = pairs[gi] else { continue }
            let ours = Set(record.entities[ri].mentions.map { norm($0.text) })
            mentionPred += ours.count
            let found = forms.intersection(ours)
            mentionTP += found.count
            for missed in g.mentions where !found.contains(norm(missed)) {
                report.miss(doc, "mentions", "missed \(missed) of \(g.canonicalEn ?? g.canonicalAr ?? "?")")
            }
        }
        report.add("mentions", tp: mentionTP, predicted: mentionPred, gold: mentionGold)
        return pairs
    }

    /// Gold names → ids of our entities aligned to that gold entity (by the entity scoring's
    /// alignment), so a speaker or actor matches however we named it.
    func alignedIDs(_ gold: GoldDocument, _ record: AnalysisRecord, _ pairs: [Int: Int]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for (gi, ri) in pairs {
            for name in [gold.entities[gi].canonicalEn, gold.entities[gi].canonicalAr].compactMap({ $0?.lowercased() })
            {
                out[name, default: []].insert(record.entities[ri].id)
            }
        }
        return out
    }

    func scoreQuotes(
        _ gold: GoldDocument, _ record: AnalysisRecord, _ pairs: [Int: Int], _ doc: String, _ report: inout EvalReport
    ) {
        let aligned = alignedIDs(gold, record, pairs)
        let names: [String: Set<String>] = Dictionary(
            record.entities.map { e in (e.id, Set([e.nameEn?.lowercased(), norm(e.nameAr)].compactMap { $0 })) },
            uniquingKeysWith: { a, b in a.union(b) })
        for direct in [false, true] {
            let field = direct ? "quotes_direct" : "quotes"
            let goldQuotes = gold.quotes.filter { !direct || $0.kind == "direct" }
            let ours = record.quotes.filter { !direct || $0.kind == "direct" }
            var used = Set<Int>()
            var tp = 0
            for g in goldQuotes {
                let speakers = Set((g.speakerEn ?? "").lowercased().components(separatedBy: " and "))
                let match = ours.indices.first { i in
                    guard !used.contains(i) else { return false }
                    let q = ours[i]
                    let ourNames = q.speaker.flatMap { names[$0] } ?? []
                    let alignedSpeaker =
                        q.speaker.map { id in speakers.contains { aligned[$0]?.contains(id) ?? false } } ?? false
                    let sameSpeaker =
                        g.speakerEn == nil ? q.speaker == nil : (alignedSpeaker || !ourNames.isDisjoint(with: speakers))
                    return sameSpeaker && dice(words(g.text), words(q.text)) >= 0.5
                }
                if let match {
                    used.insert(match)
                    tp += 1
                } else if !direct {
                    report.miss(doc, "quotes", "missed \(g.kind) by \(g.speakerEn ?? "?"): \(g.text.prefix(60))")
                }
            }
            report.add(field, tp: tp, predicted: ours.count, gold: goldQuotes.count)
        }
    }

    func scoreEvents(
        _ gold: GoldDocument, _ record: AnalysisRecord, _ pairs: [Int: Int], _ doc: String, _ report: inout EvalReport
    ) {
        let names: [String: Set<String>] = Dictionary(
            record.entities.map { e in (e.id, Set([e.nameEn?.lowercased(), norm(e.nameAr)].compactMap { $0 })) },
            uniquingKeysWith: { a, b in a.union(b) })
        // Our actor ids answer to their own names and to the gold names aligned with them.
        var alignedNames: [String: Set<String>] = [:]
        for (name, ids) in alignedIDs(gold, record, pairs) {
            for id in ids { alignedNames[id, default: []].insert(name) }
        }
        let actorNames = { (ids: [String]) in
            ids.reduce(into: Set<String>()) {
                $0.formUnion(names[$1] ?? [$1.lowercased()])
                $0.formUnion(alignedNames[$1] ?? [])
            }
        }
        var used = Set<Int>()
        var tp = 0
        for g in gold.events {
            let type = g.plover?.split(separator: "/").first.map { String($0).trimmingSpaces } ?? ""
            let sources = Set(g.sourceEn.map { $0.lowercased() })
            let targets = Set(g.targetEn.map { $0.lowercased() })
            let match = record.events.indices.first { i in
                guard !used.contains(i) else { return false }
                let e = record.events[i]
                guard (e.plover ?? "") == type else { return false }
                guard sources.isEmpty || !actorNames(e.source).isDisjoint(with: sources) else { return false }
                guard targets.isEmpty || !actorNames(e.target).isDisjoint(with: targets) else { return false }
                if let gd = g.date, let ed = e.date {
                    let n = min(gd.count, ed.count)
                    return gd.prefix(n) == ed.prefix(n)
                }
                return true
            }
            if let match {
                used.insert(match)
                tp += 1
            } else {
                report.miss(
                    doc, "events",
                    "missed \(g.plover ?? "null") \(g.sourceEn.joined(separator: "+")) → \(g.targetEn.joined(separator: "+")) \(g.date ?? "")"
                )
            }
        }
        report.add("events", tp: tp, predicted: record.events.count, gold: gold.events.count)
    }

    // MARK: text helpers

    func norm(_ s: String) -> String { PhraseKeys.keys(s).joined(separator: " ") }
    func trimmed(_ s: String) -> String { s.trimmingSpaces }
    func words(_ s: String) -> [String] { PhraseKeys.keys(s) }
    func dice(_ a: [String], _ b: [String]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        var counts: [String: Int] = [:]
        for w in a { counts[w, default: 0] += 1 }
        var shared = 0
        for w in b where (counts[w] ?? 0) > 0 {
            counts[w]! -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
