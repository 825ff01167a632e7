import MarsadKnowledge
import MarsadText

/// The date and context of an event.
///
/// Date, first found: the clause's own time expression; the occasion the sentence names
/// before the trigger (خلال ذلك اللقاء، في الاتصال: the date of that call or meeting); the
/// nearest time of the sentence; the time told just before (منذ ذلك الحين); none for a
/// background clause (وكان … قد، منذ); else the publication date. A statement (intent, praise,
/// appeal) is dated when it was made: times inside what was said are not its date.
extension EventPass {
    func date(_ d: inout EventDraft) {
        let sentence = c.sentences[d.sentence]
        let excluded = d.spoken ? d.speech?.content : nil
        if let year = anniversary(d.hit, sentence) {
            d.date = String(year)
            d.precision = .year
        } else if let time = clauseTime(d.hit, sentence, excluding: excluded) {
            d.date = time.value
            d.precision = time.precision
        } else if let occasion = occasionDate(d.hit, sentence) {
            (d.date, d.precision) = occasion
        } else if let time = nearestTime(sentence, d.hit.head, excluding: excluded) {
            d.date = time.value
            d.precision = time.precision
        } else if let before = sinceThen(d.sentence) {
            (d.date, d.precision) = before
        } else if d.spoken, let said = lastSaid(by: d.sources, before: d.sentence) {
            // وقال بوتين: «…» after وأشاد بوتين يوم الاثنين: the same remarks.
            (d.date, d.precision) = said
        } else if !isBackground(sentence, d.hit.head), let p = published {
            d.date = p.date
            d.precision = p.precision
        }
    }

    func setContext(_ d: inout EventDraft) {
        let sentence = c.sentences[d.sentence]
        let head = d.hit.head
        var context: [String] = []
        for k in max(sentence.lowerBound, head - 3)..<head where grammar.isA(k, .negation) {
            context.append("negated")
            break
        }
        if !context.contains("negated") && inNegatedReport(head) { context.append("negated") }
        let stated = d.spoken && d.trigger.plover == "AGREE"  // an intent is about the future already
        if !stated {
            var future = d.hit.trigger.future
            for k in max(sentence.lowerBound, head - 4)..<head where grammar.isA(k, .future) || isFutureVerb(k) {
                future = true
            }
            if future { context.append("future") }
        }
        var k = head - 1
        while k >= sentence.lowerBound, !c.isStop(k) {
            if grammar.isA(k, .conditional) {
                context.append("hypothetical")
                break
            }
            k -= 1
        }
        if let date = d.date, let pd = PartialDate(date), let pub = publishedDay,
            monthIndex(pub) - monthIndex(pd.latest) >= 2
        {
            context.append("historical")
        }
        d.context = context
    }

    /// The time expression of the trigger's own clause (between commas and clause breaks).
    func clauseTime(_ hit: TriggerHit, _ sentence: Range<Int>, excluding: Range<Int>?) -> TimeExpression? {
        var lo = hit.head
        while lo > sentence.lowerBound, !c.isComma(lo - 1), !c.isStop(lo - 1), !grammar.isA(lo - 1, .clauseBreak) {
            lo -= 1
        }
        let hi = clauseEnd(from: hit.end, sentence: sentence, limit: sentence.upperBound)
        guard lo < hi else { return nil }
        let from = c.doc.tokens[lo].start
        let to = c.doc.tokens[max(lo, hi - 1)].end
        return nearest(in: from..<to, to: c.doc.tokens[hit.head].start, excluding: excluding)
    }

    /// The nearest resolved, dated time expression in a scalar range, outside `excluding`.
    func nearest(in range: Range<Int>, to at: Int, excluding: Range<Int>?) -> TimeExpression? {
        let skip = excluding.map { c.doc.tokens[$0.lowerBound].start..<c.doc.tokens[$0.upperBound - 1].end }
        var best: TimeExpression?
        var bestDistance = Int.max
        for time in times where time.start >= range.lowerBound && time.end <= range.upperBound {
            guard time.kind != "duration" && time.kind != "ordinal" else { continue }
            if let skip, skip.contains(time.start) { continue }
            let distance = abs(time.start - at)
            if distance < bestDistance {
                best = time
                bestDistance = distance
            }
        }
        return best
    }

    /// The resolved time expression of the sentence nearest the trigger.
    func nearestTime(_ sentence: Range<Int>, _ head: Int, excluding: Range<Int>?) -> TimeExpression? {
        let lo = c.doc.tokens[sentence.lowerBound].start
        let hi = c.doc.tokens[sentence.upperBound - 1].end
        return nearest(in: lo..<hi, to: c.doc.tokens[head].start, excluding: excluding)
    }

    /// The date of the call or meeting the sentence names as its occasion before the trigger
    /// (وخلال ذلك اللقاء، من جهته قال بوتين خلال الاتصال): the last such event told.
    func occasionDate(_ hit: TriggerHit, _ sentence: Range<Int>) -> (String?, DatePrecision?)? {
        let trie = c.kb.lexicons.eventTriggers
        var k = sentence.lowerBound
        while k < hit.head {
            if grammar.isA(k, .occasion) || grammar.isA(k, .anaphor) {
                for n in (k + 1)...min(k + 2, hit.head) where n < hit.head {
                    if let h = TrieScanner.match(trie, in: c.doc, at: n, limit: hit.head),
                        h.values[0].plover == "CONSULT"
                    {
                        // خلال الاتصال: the last call; ذلك اللقاء: the last meeting or visit.
                        let phone = h.values[0].mode == "phone"
                        let consults = coded.filter { $0.trigger.plover == "CONSULT" && $0.date != nil }
                        if let event = consults.last(where: { ($0.trigger.mode == "phone") == phone }) ?? consults.last
                        {
                            return (event.date, event.precision)
                        }
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// The year of the act whose anniversary the clause names (الذكرى ال30 لتأسيس الشراكة):
    /// the year of the sentence (العام الحالي) or of publication, less the ordinal.
    func anniversary(_ hit: TriggerHit, _ sentence: Range<Int>) -> Int? {
        for m in c.doc.timeMentions where m.tokens.upperBound == hit.head || m.tokens.upperBound == hit.head - 1 {
            guard case .ordinal(let n) = m.meaning, let first = m.tokens.first,
                c.keyIs(first, EventPass.anniversaryWords)
            else { continue }
            let lo = c.doc.tokens[sentence.lowerBound].start
            let hi = c.doc.tokens[sentence.upperBound - 1].end
            let year =
                times.first(where: { $0.start >= lo && $0.end <= hi && $0.precision == .year })
                .flatMap { $0.value.flatMap { Int($0.prefix(4)) } }
                ?? published.flatMap { Int($0.date.prefix(4)) }
            return year.map { $0 - n }
        }
        return nil
    }

    /// The date of the last statement by the same speaker in the three sentences before, when a
    /// time expression dated it.
    func lastSaid(by sources: [String], before s: Int) -> (String?, DatePrecision?)? {
        guard
            let prior = coded.last(where: {
                $0.spoken && $0.sentence < s && $0.sentence >= s - 3 && $0.sources == sources
            }),
            prior.sentence >= 0, prior.date != nil, prior.date != published?.date
        else { return nil }
        return (prior.date, prior.precision)
    }

    /// منذ ذلك الحين at the head of the sentence: the last date told in the two sentences before.
    func sinceThen(_ s: Int) -> (String?, DatePrecision?)? {
        let sentence = c.sentences[s]
        var found = false
        for k in sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 3)
        where grammar.isA(k, .sinceThen) {
            found = true
        }
        guard found else { return nil }
        var p = s - 1
        while p >= max(0, s - 2) {
            let prior = c.sentences[p]
            let lo = c.doc.tokens[prior.lowerBound].start
            let hi = c.doc.tokens[prior.upperBound - 1].end
            if let time = times.last(where: {
                $0.start >= lo && $0.end <= hi && $0.kind != "duration" && $0.kind != "ordinal"
            }) {
                return (time.value, time.precision)
            }
            p -= 1
        }
        return nil
    }

    /// A background clause (وكان … قد، منذ أن) tells of the past: undated without its own date.
    func isBackground(_ sentence: Range<Int>, _ head: Int) -> Bool {
        for k in max(sentence.lowerBound, head - 8)..<head {
            if c.keyIs(k, "قد") && k > sentence.lowerBound { return true }
            if grammar.isA(k, .background) && !grammar.isA(k, .adverb) && k > sentence.lowerBound + 1 { return true }
        }
        for k in sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 2)
        where grammar.isA(k, .background) || grammar.isA(k, .sinceThen) {
            return true
        }
        return false
    }

    func monthIndex(_ yyyymmdd: Int) -> Int { yyyymmdd / 10000 * 12 + yyyymmdd / 100 % 100 }

    /// A present verb with the future prefix سـ (سيعقد، ستزور) just before the trigger.
    func isFutureVerb(_ k: Int) -> Bool {
        let key = c.doc.keys[k].unicodeScalars
        guard key.count >= 4, let first = key.first, first == "\u{0633}" else { return false }
        let second = key[key.index(after: key.startIndex)]
        return second == "\u{064A}" || second == "\u{062A}" || second == "\u{0646}"
    }

    /// Whether the trigger lies in the content of a denial (نفى أن …).
    func inNegatedReport(_ t: Int) -> Bool {
        for at in attributions {
            guard let content = at.content, content.contains(t) else { continue }
            let key = c.doc.keys[at.cue.lowerBound]
            if KeyBytes.hasSuffix(key, "نفي") || KeyBytes.hasSuffix(key, "نفت") || KeyBytes.hasSuffix(key, "نفوا")
                || key.contains("ينفي")
                || key.contains("تنفي")
            {
                return true
            }
        }
        return false
    }
}
