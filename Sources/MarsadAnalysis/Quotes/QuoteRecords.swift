import MarsadKnowledge
import MarsadText

/// A quotation record in the making, with its tokens.
struct PendingQuote {
    var record: QuoteRecord
    var tokens: Range<Int>
}

/// Assembling the records: each quotation takes the speaker of the attribution that holds or
/// introduces it; each attribution with content gives an indirect quotation.
extension QuotePass {
    mutating func run() -> [QuoteRecord] {
        findAttributions(quotedSpans())
        markRelays()
        let (direct, directInside) = directQuotes()
        var pending = direct + indirectQuotes(skipping: directInside)
        pending.sort { ($0.record.start, $0.record.kind) < ($1.record.start, $1.record.kind) }
        return withoutRepeats(pending).map(\.record)
    }

    /// Each quotation with the speaker of the attribution that holds or introduces it, or of a
    /// continuation; and the attributions whose content is only a quotation.
    func directQuotes() -> (quotes: [PendingQuote], directInside: Set<Int>) {
        var records: [PendingQuote] = []
        var directInside = Set<Int>()  // attribution indices whose content is only a quotation
        var lastSpeaker: (id: String, sentence: Int, via: [String], speakers: [String])?
        var lastDirect: (id: String, sentence: Int, via: [String], speakers: [String])?
        var a = 0
        // Walk attributions and quotations in text order so that continuations see the last speaker.
        var quoteIndex = 0
        func sentence(_ t: Int) -> Int { Int(c.sentenceOf[t]) }
        while a < attributions.count || quoteIndex < spans.count {
            let nextQuote = quoteIndex < spans.count ? spans[quoteIndex].open : Int.max
            let nextAttribution = a < attributions.count ? attributions[a].cue.lowerBound : Int.max
            if nextAttribution <= nextQuote {
                let at = attributions[a]
                if let speaker = at.speaker, !at.nested { lastSpeaker = (speaker, at.sentence, at.via, at.speakers) }
                a += 1
                continue
            }
            let q = spans[quoteIndex]
            quoteIndex += 1
            let s = sentence(q.inner.lowerBound)
            if isName(q) || inSpeakerZone(q)
                || attributions.contains(where: {
                    $0.sentence == s && isSubjectName(q, cue: $0.cue, end: c.sentences[$0.sentence].upperBound)
                })
            {
                continue
            }
            var chosen: Attribution?
            var cue: TextSpan?
            var via: [String] = []
            // 0. A quotation opening with a reporting verb (البلدين “يعتقدان أن …”) is the words
            // of that verb's subject; whoever reports the clause relays it.
            var chosenIndex: Int?
            if let i = attributions.firstIndex(where: {
                $0.cue.lowerBound == q.inner.lowerBound && $0.speaker != nil && !$0.inherited
            }) {
                chosen = attributions[i]
                if let outer = attributions.last(where: { $0.content?.contains(q.open) ?? false }),
                    let relay = outer.speaker, relay != attributions[i].speaker
                {
                    via = outer.via + [relay]
                }
            }
            // 1. Inside an attribution's content: the innermost (the shortest content holding it).
            let openedByCue = chosen != nil
            for (i, at) in attributions.enumerated() where !openedByCue {
                guard let content = at.content, at.speaker != nil, content.contains(q.open) else { continue }
                if let k = chosenIndex, let best = attributions[k].content, best.count <= content.count { continue }
                chosenIndex = i
                chosen = at
            }
            if let i = chosenIndex, let content = attributions[i].content, onlyQuotation(content, q) {
                directInside.insert(i)
            }
            // 2. A cue right after it («…»، قال X), when the quotation opens its sentence (not
            // مثل “الجلابية”، قال …).
            if chosen == nil, opensSentence(q) || q.open > 0 && c.isColon(q.open - 1),
                let at = attributions.first(where: { $0.quoteBefore == q.close && $0.speaker != nil })
            {
                chosen = at
            }
            // 3. A cue earlier in its sentence.
            if chosen == nil, s >= 0,
                let at = attributions.last(where: {
                    $0.sentence == s && $0.cue.upperBound <= q.open && $0.speaker != nil
                })
            {
                chosen = at
            }
            if let at = chosen {
                cue = c.doc.span(c.doc.tokens[at.cue.lowerBound].start..<c.doc.tokens[at.cue.upperBound - 1].end)
                lastDirect = (at.speaker!, s, at.via, at.speakers)
                records.append(pending(q, speaker: at.speaker, cue: cue, via: via + at.via, speakers: at.speakers))
                continue
            }
            // A quotation whose own cue names nobody known has an unknown speaker, not the last one.
            if attributions.contains(where: { at in
                at.speaker == nil && (at.quoteBefore == q.close || at.content.map { $0.contains(q.open) } ?? false)
            }) {
                continue
            }
            // Without a cue, a short quoted phrase is a name or a scare quote, not speech.
            var words = 0
            for t in q.inner where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin { words += 1 }
            if words < 3 { continue }
            // Without a cue, a quotation inside a sentence is a title or a scare quote; speech
            // opens its sentence (a continuation) or follows a colon (X: «…»).
            let afterColon = q.open > 0 && c.isColon(q.open - 1)
            guard afterColon || opensSentence(q) else { continue }
            // 4. The name right before the colon (X: «…»).
            if s >= 0, afterColon,
                let m = subject(in: c.sentences[s].lowerBound..<max(c.sentences[s].lowerBound, q.open)),
                !(m.type != .person && isQualifier(m)), c.endToken(m) >= q.open - 2, let id = c.speakerID(m)
            {
                lastDirect = (id, s, [], [])
                records.append(pending(q, speaker: id, cue: nil, via: []))
                continue
            }
            // 5. A continuation of the last quotation's speaker, else of the last speaker.
            var continued: (id: String, sentence: Int, via: [String], speakers: [String])?
            if let last = lastDirect, s >= 0, s - last.sentence <= 1 { continued = last }
            if continued == nil, let last = lastSpeaker, s >= 0, s - last.sentence <= 2 { continued = last }
            if let last = continued {
                lastDirect = (last.id, s, last.via, last.speakers)
                records.append(pending(q, speaker: last.id, cue: nil, via: last.via, speakers: last.speakers))
            }
        }
        return (records, directInside)
    }

    /// Each attribution with reported content of its own, as an indirect quotation.
    func indirectQuotes(skipping directInside: Set<Int>) -> [PendingQuote] {
        var records: [PendingQuote] = []
        for (i, at) in attributions.enumerated() {
            guard let speaker = at.speaker, let content = at.content, !directInside.contains(i), !at.stance, !at.relay
            else {
                continue
            }
            // A cue inside a quotation speaking for the quotation's own speaker is part of it; so
            // is one opening it (“يعتقدان أن …”): the quotation is the record.
            if at.inQuotation && at.inherited { continue }
            if spans.contains(where: { $0.inner.lowerBound == at.cue.lowerBound }) { continue }
            if frameOnly(content, spans) { continue }
            // Content that opens with a quotation is that quotation (قال: «…» then narration).
            if let q = spans.first(where: { $0.open == content.lowerBound }), q.close < content.upperBound, !isName(q) {
                continue
            }
            var wordCount = 0
            for t in content where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin { wordCount += 1 }
            if wordCount < 2 { continue }
            let range = c.doc.tokens[content.lowerBound].start..<c.doc.tokens[content.upperBound - 1].end
            let cue = c.doc.span(c.doc.tokens[at.cue.lowerBound].start..<c.doc.tokens[at.cue.upperBound - 1].end)
            records.append(
                PendingQuote(
                    record: QuoteRecord(
                        speaker: speaker, kind: "indirect", cue: cue, text: c.doc.slice(range),
                        start: range.lowerBound, end: range.upperBound, via: at.via,
                        speakers: at.speakers.isEmpty ? nil : at.speakers),
                    tokens: content))
        }
        return records
    }

    /// An institution's statement whose content is only a named person's report (جاء في بيان
    /// الوزارة أن الوزير X قال …) relays that report: the institution goes into the report's
    /// `via` and gives no quotation of its own. A person reporting another's words (قال X إن Y
    /// أبلغه …) is a quotation in its own right.
    mutating func markRelays() {
        for a in attributions.indices {
            guard let outer = attributions[a].content, let relay = attributions[a].speaker, !isPerson(relay) else {
                continue
            }
            for b in attributions.indices where b != a {
                let inner = attributions[b]
                guard inner.speaker != nil, !inner.inherited, !inner.stance, let content = inner.content,
                    outer.contains(inner.cue.lowerBound), content.upperBound >= outer.upperBound,
                    let start = inner.speakerToken
                else { continue }
                // The report opens the content: at most a title word before its speaker.
                guard start >= outer.lowerBound, start - outer.lowerBound <= 2, start < inner.cue.lowerBound else {
                    continue
                }
                attributions[a].relay = true
                if !attributions[b].via.contains(relay) { attributions[b].via.insert(relay, at: 0) }
                break
            }
        }
    }

    /// Whether an entity id names a person of the article (or of the knowledge base).
    func isPerson(_ id: String) -> Bool {
        if let m = c.doc.entityMentions.first(where: { $0.id == id }) { return m.type == .person }
        return false
    }

    /// Whether a quotation lies between a cue and the start of its content (وقال "الحداد": …).
    func inSpeakerZone(_ q: QuotedSpan) -> Bool {
        attributions.contains { at in
            guard let content = at.content, at.cue.upperBound <= q.open, q.close < content.lowerBound else {
                return false
            }
            return at.sentence == Int(c.sentenceOf[q.open])
        }
    }

    /// Whether only punctuation or an earlier quotation stands before `q` in its sentence.
    func opensSentence(_ q: QuotedSpan) -> Bool {
        let s = Int(c.sentenceOf[q.open])
        guard s >= 0 else { return false }
        var t = q.open - 1
        while t >= c.sentences[s].lowerBound {
            if c.isQuoteMark(t), let earlier = spans.last(where: { $0.close == t }) {
                t = earlier.open - 1
                continue
            }
            let kind = c.doc.tokens[t].kind
            if kind == .arabic || kind == .latin || kind == .number { return false }
            t -= 1
        }
        return true
    }

    /// Quotations less those of a repeated paragraph: a paragraph repeated verbatim or nearly
    /// (a page's closing repeat) repeats its quotations; the first is kept. The same words in
    /// two different paragraphs are two occasions and both stay.
    func withoutRepeats(_ quotes: [PendingQuote]) -> [PendingQuote] {
        var kept: [PendingQuote] = []
        for q in quotes {
            let repeated = kept.contains { k in
                guard k.record.kind == q.record.kind, k.record.speaker == q.record.speaker else { return false }
                let lineK = c.lineOf[k.tokens.lowerBound]
                let lineQ = c.lineOf[q.tokens.lowerBound]
                guard lineK != lineQ, lineK >= 0, lineQ >= 0 else { return false }
                guard wordDice(k.tokens, q.tokens) >= 0.75 else { return false }
                return wordDice(c.doc.lines[Int(lineK)].tokens, c.doc.lines[Int(lineQ)].tokens) >= 0.75
            }
            if !repeated { kept.append(q) }
        }
        return kept
    }

    /// Dice coefficient of the words (normalised keys) of two token ranges.
    func wordDice(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        // Ranges of very different lengths cannot reach the thresholds used: skip the hashing.
        if 2 * min(a.count, b.count) < max(a.count, b.count) { return 0 }
        func hashes(_ r: Range<Int>) -> [UInt64] {
            var out: [UInt64] = []
            for t in r
            where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin
                || c.doc.tokens[t].kind == .number
            {
                out.append(ByteHash.of(c.doc.keys[t]))
            }
            return out.sorted()
        }
        return MultisetDice.of(hashes(a), hashes(b))
    }

    func pending(_ q: QuotedSpan, speaker: String?, cue: TextSpan?, via: [String], speakers: [String] = [])
        -> PendingQuote
    {
        let range = c.doc.tokens[q.inner.lowerBound].start..<c.doc.tokens[q.inner.upperBound - 1].end
        return PendingQuote(
            record: QuoteRecord(
                speaker: speaker, kind: "direct", cue: cue, text: c.doc.slice(range), start: range.lowerBound,
                end: range.upperBound, via: via, speakers: speakers.isEmpty ? nil : speakers),
            tokens: q.inner)
    }

    /// Whether the content outside its quotations is only their frame, so the quotations alone
    /// are recorded: at most two words (يعقد في “…”), or a short subject or verb frame before a
    /// quotation that completes the clause (إن العلاقات “صمدت …”، يتعين على البلدين “مواصلة …”).
    /// A quotation opening with a purpose لـ (للعمل مع X “لتحقيق …”) is an adjunct: the clause
    /// before it stands on its own.
    func frameOnly(_ content: Range<Int>, _ spans: [QuotedSpan]) -> Bool {
        var words = 0
        var inside = false
        var t = content.lowerBound
        var quoted = 0
        var wordsAfterLastQuote = 0
        var lastQuote: QuotedSpan?
        while t < content.upperBound {
            if let q = spans.first(where: { $0.open == t }) {
                inside = true
                lastQuote = q
                wordsAfterLastQuote = 0
            }
            let kind = c.doc.tokens[t].kind
            if kind == .arabic || kind == .latin || kind == .number {
                if inside {
                    quoted += 1
                } else {
                    words += 1
                    wordsAfterLastQuote += 1
                }
            }
            if inside, spans.contains(where: { $0.close == t }) { inside = false }
            t += 1
        }
        guard quoted > 0 else { return false }
        if words <= 2 { return true }
        guard let q = lastQuote, wordsAfterLastQuote == 0, words <= 5 else { return false }
        return !opensWithPurpose(q)
    }

    /// Whether a quotation opens with the purpose preposition لـ on a verbal noun (لتحقيق، لقيادة).
    func opensWithPurpose(_ q: QuotedSpan) -> Bool {
        let t = q.inner.lowerBound
        guard c.doc.tokens[t].kind == .arabic else { return false }
        let key = c.doc.keys[t]
        guard KeyBytes.hasPrefix(key, "ل"), key.unicodeScalars.count >= 5 else { return false }
        return !c.keyIs(t, QuotePass.lamWords)
    }

    /// Whether `content` is only the quotation `q` (with punctuation around it).
    func onlyQuotation(_ content: Range<Int>, _ q: QuotedSpan) -> Bool {
        guard content.lowerBound <= q.open, q.close < content.upperBound else { return false }
        for t in content.lowerBound..<q.open where !c.isTrimmable(t) { return false }
        for t in (q.close + 1)..<content.upperBound where !c.isTrimmable(t) { return false }
        return true
    }
}
