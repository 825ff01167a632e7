import MarsadKnowledge
import MarsadText

/// Infers a publication date from the text's own clues, anchored on the calendar of dated world
/// events (`world_events.tsv`): an ordinal anniversary of a dated event, a numbered office's
/// inauguration, a known event "this week" or "last year", the day of a named event, the lead's
/// weekday and relative months. Each clue narrows an interval of days; the result has the
/// precision the intersection allows, or nothing.
struct DateInference {
    let knowledge: KnowledgeBase

    /// Content sentences that count as the lead (the report's own day is told there).
    static let leadSentences = 3
    static let anniversaryWords: Set<String> = ["الذكري", "ذكري"]
    static let beforeWords: Set<String> = ["قبيل", "قبل", "اقتراب", "عشيه"]
    static let afterWords: Set<String> = ["بعد", "عقب"]

    struct Result {
        var date: String
        var precision: DatePrecision
        var evidence: [TextSpan]
    }

    func infer(_ doc: Document, sentences: [Range<Int>]) -> Result? {
        let clues = self.clues(doc, sentences: sentences)
        return decide(clues)
    }

    // MARK: clues

    func clues(_ doc: Document, sentences: [Range<Int>]) -> [DateClue] {
        var clues: [DateClue] = []
        let content = contentTokenRanges(doc)
        let leadLimit = leadEnd(doc, sentences: sentences)
        for range in content {
            for hit in TrieScanner.scan(knowledge.lexicons.worldEventCues, in: doc, tokens: range) {
                let sentence = sentenceRange(containing: doc.tokens[hit.tokens.lowerBound].start, sentences)
                guard let event = pickEvent(hit.values.map(Int.init), cue: hit.tokens, doc: doc, sentence: sentence)
                else { continue }
                clues += eventClues(
                    event, cue: hit.tokens, doc: doc, sentence: sentence,
                    inLead: doc.tokens[hit.tokens.lowerBound].start < leadLimit)
            }
        }
        for mention in doc.timeMentions where isContent(doc, mention.start) {
            switch mention.meaning {
            case .ordinal(let n):
                clues += officeClues(ordinal: n, mention: mention, doc: doc, sentences: sentences, leadLimit: leadLimit)
            case .weekday(let w, future: false) where mention.start < leadLimit:
                clues.append(DateClue(constraint: .weekday(w), evidence: doc.span(mention.start..<mention.end)))
            case .dayOffset(0) where mention.start < leadLimit && mention.weekday != nil:
                // اليوم الأربعاء: the lead's day is that weekday.
                clues.append(
                    DateClue(constraint: .weekday(mention.weekday!), evidence: doc.span(mention.start..<mention.end)))
            default: break
            }
        }
        return clues
    }

    func eventClues(_ event: WorldEvent, cue: Range<Int>, doc: Document, sentence: Range<Int>, inLead: Bool)
        -> [DateClue]
    {
        guard let date = CivilDate(iso: event.date) else { return [] }
        var clues: [DateClue] = []
        let cueStart = doc.tokens[cue.lowerBound].start
        let cueEnd = doc.tokens[cue.upperBound - 1].end
        // An ordinal anniversary: (قبيل) الذكرى (السنوية) الرابعة لـ EVENT.
        if let ordinal = doc.timeMentions.last(where: { m in
            if case .ordinal = m.meaning {
                return m.end <= cueStart && cue.lowerBound - m.tokens.upperBound <= 2 && m.start >= sentence.lowerBound
            }
            return false
        }), case .ordinal(let n) = ordinal.meaning,
            let anniversaryWord = (max(0, ordinal.tokens.lowerBound - 3)..<ordinal.tokens.upperBound).last(where: {
                DateInference.anniversaryWords.contains(doc.keys[$0])
            })
        {
            let anniversary = CivilDate(
                year: date.year + n, month: date.month,
                day: min(date.day, CivilDate.daysIn(month: date.month, year: date.year + n)))
            let before = (max(0, anniversaryWord - 3)..<anniversaryWord).map { doc.keys[$0] }
            let window: DayInterval
            if before.contains(where: DateInference.beforeWords.contains) {
                window = DayInterval(lower: anniversary.adding(days: -45), upper: anniversary)
            } else if before.contains(where: DateInference.afterWords.contains) {
                window = DayInterval(lower: anniversary, upper: anniversary.adding(days: 45))
            } else {
                window = DayInterval(lower: anniversary.adding(days: -45), upper: anniversary.adding(days: 45))
            }
            let start = doc.tokens[max(0, anniversaryWord - 3)].start
            clues.append(
                DateClue(constraint: .within(window), evidence: doc.span(max(start, sentence.lowerBound)..<cueEnd)))
        }
        // A relative period next to the event: هذا الأسبوع، العام الماضي.
        for m in doc.timeMentions where m.start >= sentence.lowerBound && m.end <= sentence.upperBound {
            guard case .relativePeriod(let unit, let offset, _) = m.meaning else { continue }
            let near =
                (m.start >= cueEnd && m.tokens.lowerBound - cue.upperBound <= 8)
                || (m.end <= cueStart && cue.lowerBound - m.tokens.upperBound <= 8)
            guard near else { continue }
            let evidence = doc.span(min(m.start, cueStart)..<max(m.end, cueEnd))
            switch (unit, offset) {
            case (.week, 0):
                // The event's week under any convention (Saturday, Sunday or Monday start).
                let saturday = date.adding(days: -(date.weekday % 7))
                clues.append(
                    DateClue(
                        constraint: .within(DayInterval(lower: saturday, upper: saturday.adding(days: 8))),
                        evidence: evidence))
            case (.year, let k):
                clues.append(DateClue(constraint: .within(.year(date.year - k)), evidence: evidence))
            case (.month, let k):
                let month = CivilDate(year: date.year, month: date.month, day: 1).adding(months: -k)
                let end = month.adding(months: 1).adding(days: -1)
                clues.append(DateClue(constraint: .within(DayInterval(lower: month, upper: end)), evidence: evidence))
            default: break
            }
        }
        // The lead's day told by the event: يوم حفل الافتتاح، بعد يوم من EVENT.
        if inLead, let day = reportDay(relativeTo: date, before: cue.lowerBound, doc: doc, sentence: sentence) {
            clues.append(
                DateClue(
                    constraint: .reportDay(day),
                    evidence: doc.span(max(sentence.lowerBound, doc.tokens[max(0, cue.lowerBound - 6)].start)..<cueEnd))
            )
        }
        return clues
    }

    /// `الرئيس السابع والأربعين` (+ country): the inauguration of that holder.
    func officeClues(ordinal n: Int, mention: TimeMention, doc: Document, sentences: [Range<Int>], leadLimit: Int)
        -> [DateClue]
    {
        let candidates = knowledge.lexicons.worldEvents.filter { $0.ordinal == n && $0.ordinalOf != nil }
        guard !candidates.isEmpty, mention.tokens.lowerBound > 0 else { return [] }
        // A title must end right before the ordinal's number words (or open the mention itself).
        var titleRole: String?
        for start in max(0, mention.tokens.lowerBound - 4)...mention.tokens.lowerBound {
            if let hit = TrieScanner.match(knowledge.titles, in: doc, at: start, limit: mention.tokens.upperBound - 1),
                hit.tokens.upperBound >= mention.tokens.lowerBound
                    || hit.tokens.upperBound == mention.tokens.lowerBound, let t = hit.values.first
            {
                titleRole = knowledge.roleTitles[Int(t)].role
                break
            }
        }
        guard let role = titleRole else { return [] }
        let sentence = sentenceRange(containing: mention.start, sentences)
        let countries = countriesNamed(in: doc, range: sentence)
        let matching = candidates.filter { event in
            let parts = event.ordinalOf!.split(separator: ":").map(String.init)
            guard parts.count == 2, parts[1] == role else { return false }
            return countries.isEmpty || countries[parts[0]] != nil
        }
        guard matching.count == 1, let date = CivilDate(iso: matching[0].date) else { return [] }
        let evidence = doc.span(
            sentence.lowerBound < mention.start
                ? max(sentence.lowerBound, doc.tokens[max(0, mention.tokens.lowerBound - 12)].start)..<mention.end
                : mention.start..<mention.end)
        if mention.start < leadLimit,
            let day = reportDay(relativeTo: date, before: mention.tokens.lowerBound, doc: doc, sentence: sentence)
        {
            return [DateClue(constraint: .reportDay(day), evidence: evidence)]
        }
        // Being the holder means the term has begun.
        return [
            DateClue(
                constraint: .within(DayInterval(lower: date, upper: date.adding(days: 4 * 366))), evidence: evidence)
        ]
    }

    /// `يوم EVENT` → that day; `بعد يوم من … EVENT` → the day after; `قبل يومين من` → two days before.
    func reportDay(relativeTo date: CivilDate, before limit: Int, doc: Document, sentence: Range<Int>) -> CivilDate? {
        let first = max(0, limit - 12)
        var i = limit - 1
        while i >= first, doc.tokens[i].start >= sentence.lowerBound {
            let key = doc.keys[i]
            if key == "من", i >= 2 {
                // بعد (N) يوم/يومين/أيام من
                var j = i - 1
                var days: Int?
                switch doc.keys[j] {
                case "يوم": days = 1
                case "يومين", "يومان": days = 2
                case "اسبوع": days = 7
                case "ايام": if j >= 1, let n = Numerals.int(doc.tokenText(j - 1)) { days = n; j -= 1 }
                default: break
                }
                if let days, j >= 1 {
                    let word = doc.keys[j - 1]
                    if DateInference.afterWords.contains(word) { return date.adding(days: days) }
                    if DateInference.beforeWords.contains(word) { return date.adding(days: -days) }
                }
            }
            i -= 1
        }
        // يوم right before the event's name (يوم حفل الافتتاح): the same day.
        if limit >= 1 {
            for k in max(0, limit - 2)..<limit
            where doc.keys[k] == "يوم" || doc.keys[k] == "بيوم" || doc.keys[k] == "ويوم" {
                return date
            }
        }
        return nil
    }

    // MARK: deciding

    func decide(_ clues: [DateClue]) -> Result? {
        var interval: DayInterval?
        var evidence: [TextSpan] = []
        // Narrow clues first, so a loose clue that conflicts is the one left out.
        let windows = clues.compactMap { c -> (DayInterval, TextSpan)? in
            if case .within(let w) = c.constraint { return (w, c.evidence) }
            return nil
        }.sorted { $0.0.days < $1.0.days }
        for (window, span) in windows {
            if let current = interval {
                guard let narrowed = current.intersected(with: window) else { continue }
                interval = narrowed
            } else {
                interval = window
            }
            evidence.append(span)
        }
        let weekdays = clues.compactMap { c -> (Int, TextSpan)? in
            if case .weekday(let w) = c.constraint { return (w, c.evidence) }
            return nil
        }
        for clue in clues {
            guard case .reportDay(let day) = clue.constraint else { continue }
            if let interval, interval.intersected(with: DayInterval(lower: day, upper: day)) == nil { continue }
            if let w = weekdays.first, w.0 != day.weekday { continue }
            return Result(date: day.iso, precision: .day, evidence: [clue.evidence] + weekdays.prefix(1).map(\.1))
        }
        guard let found = interval else { return nil }
        if let w = weekdays.first {
            let days = found.days(on: w.0)
            if days.count == 1 { return Result(date: days[0].iso, precision: .day, evidence: evidence + [w.1]) }
        }
        if found.days == 1 { return Result(date: found.lower.iso, precision: .day, evidence: evidence) }
        if found.lower.year == found.upper.year && found.lower.month == found.upper.month {
            return Result(date: found.lower.iso(.month), precision: .month, evidence: evidence)
        }
        if found.lower.year == found.upper.year {
            return Result(date: found.lower.iso(.year), precision: .year, evidence: evidence)
        }
        return nil
    }

    // MARK: helpers

    func pickEvent(_ candidates: [Int], cue: Range<Int>, doc: Document, sentence: Range<Int>) -> WorldEvent? {
        let events = candidates.map { knowledge.lexicons.worldEvents[$0] }
        if events.count == 1 && events[0].place == nil { return events[0] }
        // An event with a place counts only where the sentence names that place; of several,
        // the one whose place is named nearest the cue (`… الشتوية في العاصمة الصينية`).
        let named = events.contains { $0.place != nil } ? countriesNamed(in: doc, range: sentence) : [:]
        let eligible = events.filter { e in e.place.map { named[$0] != nil } ?? true }
        if eligible.count == 1 { return eligible[0] }
        let placed = eligible.filter { $0.place != nil }
        let distances = placed.map { e in named[e.place!]!.map { abs($0 - cue.lowerBound) }.min() ?? Int.max }
        guard let best = distances.min(), distances.filter({ $0 == best }).count == 1 else { return nil }
        return placed[distances.firstIndex(of: best)!]
    }

    /// The countries named in a scalar range (by name, capital, place or nisba adjective),
    /// ISO3 → token indices where they are named.
    func countriesNamed(in doc: Document, range: Range<Int>) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        let tokens = doc.tokenRange(covering: range)
        for trie in [knowledge.names, knowledge.adjectives] {
            for hit in TrieScanner.scan(trie, in: doc, tokens: tokens) {
                for v in hit.values {
                    if let c = knowledge.actors[Int(v)].country { out[c, default: []].append(hit.tokens.lowerBound) }
                }
            }
        }
        return out
    }

    func sentenceRange(containing offset: Int, _ sentences: [Range<Int>]) -> Range<Int> {
        sentences.first { $0.contains(offset) } ?? offset..<(offset + 1)
    }

    func contentTokenRanges(_ doc: Document) -> [Range<Int>] {
        doc.lines.indices.filter { doc.lineRoles[$0].isContent }.map { doc.lines[$0].tokens }
    }

    func isContent(_ doc: Document, _ offset: Int) -> Bool {
        doc.lineIndex(containing: offset).map { doc.lineRoles[$0].isContent } ?? false
    }

    /// Offset where the lead ends: after the first few content sentences (headline included).
    func leadEnd(_ doc: Document, sentences: [Range<Int>]) -> Int {
        let content = sentences.filter { isContent(doc, $0.lowerBound) }
        return content.count > DateInference.leadSentences
            ? content[DateInference.leadSentences].lowerBound : doc.text.scalarCount
    }
}
