import MarsadKnowledge
import MarsadText

/// Finds quotations and reported speech and fills `doc.record.quotes`.
///
/// - **Attributions** come from the reporting cues of `speech_cues.tsv` (verbs, their
///   participles, nouns and frames), matched over token ids with proclitic peeling. After a
///   verb or noun cue the speaker is the first entity that may speak (a name, or a title
///   resolved to its holder) before the complement (أن، إن، بأن، إلى أن، على أن، عن، `:`);
///   else the subject before the cue (SVO), else — for participles (مؤكدا، مشيرا إلى) and
///   subjectless continuations (وأضاف، وتابع، وقالت) — the sentence's subject or the last
///   speaker. The reported content runs from the complement to the next cue in the sentence
///   or the sentence end. A frame (بحسب، وفقا لـ، نقلا عن، حسبما ذكرت) names the speaker
///   after it; its content is the rest of the sentence, or the clause before it.
/// - **Relays**: `نقلت الوكالة عن X القول إن` — the actor before عن relays, X speaks.
/// - **Direct quotations** are the spans between quotation marks (“ ” « » " „), paired left to
///   right and robust to unbalanced or mirrored marks, across sentence ends. Each takes the
///   speaker of the attribution whose content holds it, else of a cue right after it
///   («…»، قال X), else of a cue earlier in its sentence, else the sentence's subject, else —
///   a continuation — the last speaker of the last two sentences.
public struct QuoteStage: Sendable {
    let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase = .embedded) { self.knowledge = knowledge }

    public func run(_ doc: inout Document) {
        doc.record.quotes = QuoteStage.quotes(in: ClauseContext(doc: doc, kb: knowledge)).quotes
    }

    /// The quotations of a document and the attributions found on the way: the event stage
    /// reads who said each clause from them, so the analyser finds them once for both.
    static func quotes(in context: ClauseContext) -> (quotes: [QuoteRecord], attributions: [Attribution]) {
        var pass = QuotePass(context: context)
        let quotes = pass.run()
        return (quotes, pass.attributions)
    }
}

/// A reported-speech cue with its speaker and content.
struct Attribution {
    var cue: Range<Int>
    var speaker: String?
    var speakerMention: Int?
    var via: [String]
    /// Tokens of the reported content, when the cue has one.
    var content: Range<Int>?
    var sentence: Int
    /// A closing quotation mark just before the cue («…»، قال X): the cue attributes that quote.
    var quoteBefore: Int?
    /// Inside the content of an earlier attribution (nested speech): not a new last speaker.
    var nested = false
}

/// A span between quotation marks: token indices of the marks.
struct QuotedSpan {
    var open: Int
    var close: Int
    /// Inner tokens after trimming.
    var inner: Range<Int>
}

struct QuotePass {
    let c: ClauseContext
    var attributions: [Attribution] = []

    init(context: ClauseContext) { c = context }

    /// Complement words that introduce a reported clause (normalised keys).
    static let anWords = [
        "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اني", "انهن", "بان", "بانه", "بانها", "بانهم",
        "بانهما", "باننا", "القول", "بالقول", "قائلا", "قائله", "قوله", "قولها", "قولهم",
    ]
    /// Words that announce the content and may be followed by إن (القول إن، قائلا إن).
    static let sayingWords = ["القول", "بالقول", "قائلا", "قائله", "قوله", "قولها", "قولهم"]
    /// Words opening the content after a frame (وفقا لـX، فإن …).
    static let faInna = ["فان", "فانه", "فانها", "فانهم", "فانهما", "ان", "انه"]
    static let prepositions = ["الي", "علي", "عن", "من", "ب", "بشان", "حول"]
    /// Words that may stand between a cue and its speaker or complement.
    static let relayWord = "عن"
    static let relayPronouns = ["عنه", "عنها", "عنهما", "عنهم"]

    mutating func run() -> [QuoteRecord] {
        let spans = quotedSpans()
        findAttributions(spans)
        var records: [QuoteRecord] = []
        var directInside = Set<Int>()  // attribution indices whose content is only a quotation
        var lastSpeaker: (id: String, sentence: Int, via: [String])?
        var lastDirect: (id: String, sentence: Int, via: [String])?
        var a = 0
        // Walk attributions and quotations in text order so that continuations see the last speaker.
        var quoteIndex = 0
        func sentence(_ t: Int) -> Int { Int(c.sentenceOf[t]) }
        while a < attributions.count || quoteIndex < spans.count {
            let nextQuote = quoteIndex < spans.count ? spans[quoteIndex].open : Int.max
            let nextAttribution = a < attributions.count ? attributions[a].cue.lowerBound : Int.max
            if nextAttribution <= nextQuote {
                let at = attributions[a]
                if let speaker = at.speaker, !at.nested { lastSpeaker = (speaker, at.sentence, at.via) }
                a += 1
                continue
            }
            let q = spans[quoteIndex]
            quoteIndex += 1
            let s = sentence(q.inner.lowerBound)
            var chosen: Attribution?
            var cue: TextSpan?
            // 1. Inside an attribution's content (the innermost).
            for (i, at) in attributions.enumerated() {
                guard let content = at.content, at.speaker != nil, content.contains(q.open) else { continue }
                if chosen == nil || at.cue.lowerBound > chosen!.cue.lowerBound {
                    chosen = at
                    if onlyQuotation(content, q) { directInside.insert(i) }
                }
            }
            // 2. A cue right after it.
            if chosen == nil, let at = attributions.first(where: { $0.quoteBefore == q.close && $0.speaker != nil }) {
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
                lastDirect = (at.speaker!, s, at.via)
                records.append(record(q, speaker: at.speaker, cue: cue, via: at.via))
                continue
            }
            // Without a cue, a short quoted phrase is a name or a scare quote, not speech.
            var words = 0
            for t in q.inner where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin { words += 1 }
            if words < 3 { continue }
            // 4. The sentence's subject before the quotation.
            if s >= 0, let m = subject(in: c.sentences[s].lowerBound..<max(c.sentences[s].lowerBound, q.open)),
                let id = c.speakerID(m)
            {
                lastDirect = (id, s, [])
                records.append(record(q, speaker: id, cue: nil, via: []))
                continue
            }
            // 5. A continuation of the last quotation's speaker, else of the last speaker.
            var continued: (id: String, sentence: Int, via: [String])?
            if let last = lastDirect, s >= 0, s - last.sentence <= 1 { continued = last }
            if continued == nil, let last = lastSpeaker, s >= 0, s - last.sentence <= 2 { continued = last }
            if let last = continued {
                lastDirect = (last.id, s, last.via)
                records.append(record(q, speaker: last.id, cue: nil, via: last.via))
            }
        }
        for (i, at) in attributions.enumerated() {
            guard let speaker = at.speaker, let content = at.content, !directInside.contains(i) else { continue }
            if frameOnly(content, spans) { continue }
            // Content that opens with a quotation is that quotation (قال: «…» then narration).
            if let q = spans.first(where: { $0.open == content.lowerBound }), q.close < content.upperBound { continue }
            var wordCount = 0
            for t in content where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin { wordCount += 1 }
            if wordCount < 2 { continue }
            let range = c.doc.tokens[content.lowerBound].start..<c.doc.tokens[content.upperBound - 1].end
            let cue = c.doc.span(c.doc.tokens[at.cue.lowerBound].start..<c.doc.tokens[at.cue.upperBound - 1].end)
            records.append(
                QuoteRecord(
                    speaker: speaker, kind: "indirect", cue: cue, text: c.doc.slice(range), start: range.lowerBound,
                    end: range.upperBound, via: at.via))
        }
        records.sort { ($0.start, $0.kind) < ($1.start, $1.kind) }
        // A repeated paragraph repeats its quotations: keep the first.
        var kept: [QuoteRecord] = []
        for r in records
        where !kept.contains(where: { $0.kind == r.kind && $0.speaker == r.speaker && $0.text == r.text }) {
            kept.append(r)
        }
        return kept
    }

    func record(_ q: QuotedSpan, speaker: String?, cue: TextSpan?, via: [String]) -> QuoteRecord {
        let range = c.doc.tokens[q.inner.lowerBound].start..<c.doc.tokens[q.inner.upperBound - 1].end
        return QuoteRecord(
            speaker: speaker, kind: "direct", cue: cue, text: c.doc.slice(range), start: range.lowerBound,
            end: range.upperBound, via: via)
    }

    /// Whether the content outside quotation marks is at most two words (يعقد في “…”): the
    /// quotation alone is recorded.
    func frameOnly(_ content: Range<Int>, _ spans: [QuotedSpan]) -> Bool {
        var words = 0
        var inside = false
        var t = content.lowerBound
        var quoted = 0
        while t < content.upperBound {
            if spans.contains(where: { $0.open == t }) { inside = true }
            let kind = c.doc.tokens[t].kind
            if kind == .arabic || kind == .latin || kind == .number {
                if inside { quoted += 1 } else { words += 1 }
            }
            if inside, spans.contains(where: { $0.close == t }) { inside = false }
            t += 1
        }
        return quoted > 0 && words <= 2
    }

    /// Whether `content` is only the quotation `q` (with punctuation around it).
    func onlyQuotation(_ content: Range<Int>, _ q: QuotedSpan) -> Bool {
        guard content.lowerBound <= q.open, q.close < content.upperBound else { return false }
        for t in content.lowerBound..<q.open where !c.isTrimmable(t) { return false }
        for t in (q.close + 1)..<content.upperBound where !c.isTrimmable(t) { return false }
        return true
    }

    // MARK: quotation marks

    enum MarkDirection { case open, close, either }

    /// Which way a mark faces, by its spacing: attached to the word after it and not to the one
    /// before, it opens (` “كلمة`); attached before and not after, it closes (`كلمة” `). Mirrored
    /// and straight marks in machine-translated text make the glyph alone unreliable.
    func direction(_ t: Int) -> MarkDirection {
        let tokens = c.doc.tokens
        let line = c.lineOf[t]
        let before = t > 0 && c.lineOf[t - 1] == line && tokens[t - 1].end == tokens[t].start
        let nextIsWord =
            t + 1 < tokens.count && c.lineOf[t + 1] == line && tokens[t + 1].start == tokens[t].end
            && (tokens[t + 1].kind == .arabic || tokens[t + 1].kind == .latin || tokens[t + 1].kind == .number)
        let beforeIsWord = before && tokens[t - 1].kind != .quote
        if nextIsWord && !beforeIsWord { return .open }
        if beforeIsWord && !nextIsWord { return .close }
        switch c.scalar(t) {
        case 0xAB, 0x201E: return .open
        case 0xBB, 0x201D: return .close
        default: return .either
        }
    }

    func quotedSpans() -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var open: Int?
        let doc = c.doc
        let content = doc.lines.indices.filter { doc.lineRoles[$0].isContent }
        for (n, l) in content.enumerated() {
            let line = doc.lines[l]
            var lastClose = line.tokens.lowerBound - 1
            for t in line.tokens where c.isQuoteMark(t) {
                let dir = direction(t)
                guard let o = open else {
                    if dir != .close {
                        open = t
                    } else if var span = trimmed(lastClose, t), span.inner.count >= 3 {
                        // A closing mark whose opening mark was lost (machine translation): the
                        // quotation runs from the last closing mark or the paragraph start.
                        span.open = span.inner.lowerBound
                        spans.append(span)
                        lastClose = t
                    }
                    continue
                }
                if dir == .open || t - o > 400 {
                    // The earlier quotation was never closed: it ends at its last clause break, if any.
                    var k = t - 1
                    while k > o, !c.isComma(k) { k -= 1 }
                    if k > o, c.lineOf[k] == c.lineOf[o], let span = trimmed(o, k) { spans.append(span) }
                    open = t
                    continue
                }
                if let span = trimmed(o, t) { spans.append(span) }
                open = nil
                lastClose = t
            }
            // A quotation open at the end of a paragraph runs on only into a paragraph that does
            // not open one of its own (the convention of multi-paragraph quotations), once.
            if let o = open {
                let next = n + 1 < content.count ? doc.lines[content[n + 1]].tokens : 0..<0
                let nextOpens = !next.isEmpty && c.isQuoteMark(next.lowerBound) && direction(next.lowerBound) != .close
                if nextOpens {
                    if let span = trimmed(o, line.tokens.upperBound) { spans.append(span) }
                    open = nil
                } else if c.lineOf[o] != Int32(l) {
                    open = nil
                }
            }
        }
        return spans
    }

    func trimmed(_ open: Int, _ close: Int) -> QuotedSpan? {
        var a = open + 1
        var b = close
        while a < b, c.isTrimmable(a) { a += 1 }
        while b > a, c.isTrimmable(b - 1) { b -= 1 }
        guard a < b else { return nil }
        // A quotation needs a word.
        var hasWord = false
        for t in a..<b where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin { hasWord = true; break }
        return hasWord ? QuotedSpan(open: open, close: close, inner: a..<b) : nil
    }

    // MARK: attributions

    mutating func findAttributions(_ spans: [QuotedSpan]? = nil) {
        let spans = spans ?? quotedSpans()
        let trie = c.kb.lexicons.speechCues
        var last: Speaker?
        var q = 0
        for (s, sentence) in c.sentences.enumerated() {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard c.doc.keyIDs[i] >= 0 || c.doc.peelIDs[2 * i] >= 0,
                    let hit = TrieScanner.match(trie, in: c.doc, at: i, limit: sentence.upperBound)
                else {
                    i += 1
                    continue
                }
                // Skip a cue inside an entity name or a title (بيان in a name is not a statement).
                if c.mentionAt[i] >= 0 && c.doc.entityMentions[Int(c.mentionAt[i])].kind == .name || c.roleOwner[i] >= 0
                {
                    i += 1
                    continue
                }
                while q < spans.count && spans[q].close < i { q += 1 }
                let insideQuote = q < spans.count && spans[q].open < i
                // Nested: inside the content of the last attribution of the sentence.
                let outer = attributions.last { $0.sentence == s && !$0.nested && ($0.content?.contains(i) ?? false) }
                let sentenceSpeaker = attributions.last {
                    $0.sentence == s && !$0.nested && $0.speaker != nil && $0.content != nil
                }.map { Speaker(id: $0.speaker!, mention: $0.speakerMention, via: $0.via) }
                let cue = hit.values[0]
                if var at = attribution(
                    hit.tokens, cue, sentence: s, last: insideQuote ? nil : last,
                    sentenceSpeaker: outer == nil ? sentenceSpeaker : nil)
                {
                    at.nested = outer != nil || insideQuote
                    if let sp = at.speaker, !at.nested {
                        last = Speaker(id: sp, mention: at.speakerMention, via: at.via)
                    }
                    attributions.append(at)
                    // Cues inside the frame (في بيان after قال) are not attributions of their own.
                    i = max(hit.tokens.upperBound, at.content?.lowerBound ?? hit.tokens.upperBound)
                } else {
                    i = hit.tokens.upperBound
                }
            }
        }
    }

    struct Speaker {
        var id: String
        var mention: Int?
        var via: [String]
    }

    func isParticiple(_ cue: SpeechCue) -> Bool {
        guard cue.kind == "verb" else { return false }
        let scalars = cue.form.unicodeScalars
        guard scalars.count >= 5, let last = scalars.last else { return false }
        return last == "ا" || last == "ة" || last == "\u{064B}"
    }

    /// The first mention that may speak in `range`, not an addressee.
    func subject(in range: Range<Int>) -> EntityMention? {
        var t = range.lowerBound
        while t < range.upperBound {
            if let (_, m) = c.actingMention(at: t) {
                if !c.isPrepositional(m) && !(t > 0 && c.keyIs(t - 1, ["مع", "الي", "علي", "ضد", "عن", "من", "بين"])) {
                    return m
                }
                t = max(t + 1, c.endToken(m))
            } else {
                t += 1
            }
        }
        return nil
    }

    func attribution(
        _ cueTokens: Range<Int>, _ cue: SpeechCue, sentence s: Int, last: Speaker?, sentenceSpeaker: Speaker?
    ) -> Attribution? {
        let sentence = c.sentences[s]
        let end = sentence.upperBound
        var speaker: EntityMention?
        var speakerIndex: Int?
        var via: [String] = []
        var contentStart: Int?
        var j = cueTokens.upperBound
        let limit = min(end, j + 14)
        let isFrame = cue.kind == "frame"
        var sawColon = false
        var weakSpeaker = false
        var relayedFrom: Speaker?
        // Look right: speaker, then the complement.
        while j < limit {
            if c.isStop(j) { break }
            if c.isColon(j) {
                contentStart = j + 1
                sawColon = true
                break
            }
            if c.isQuoteMark(j) {
                if speaker != nil || !isFrame { contentStart = j }
                break
            }
            if c.keyIs(j, QuotePass.anWords) {
                contentStart = j + 1
                if c.keyIs(j, QuotePass.sayingWords), j + 1 < end, c.keyIs(j + 1, QuotePass.anWords) {
                    contentStart = j + 2
                }
                break
            }
            if !isFrame, speaker == nil, c.keyIs(j, QuotePass.relayPronouns), let main = sentenceSpeaker ?? last {
                // نقل عنه …: the speaker is the one named before; actors named next relay.
                relayedFrom = main
                j += 1
                continue
            }
            if relayedFrom != nil, let (_, m) = c.actingMention(at: j) {
                if let id = c.speakerID(m), !via.contains(id) { via.append(id) }
                j = max(j + 1, c.endToken(m))
                continue
            }
            if let (index, m) = c.actingMention(at: j),
                speaker == nil || weakSpeaker && m.type == .person && index != speakerIndex
                    || c.keyIs(j - 1, [QuotePass.relayWord])
            {
                if c.isPrepositional(m) && !isFrame
                    && !(c.doc.keys[m.tokens.lowerBound].hasPrefix("ل") && cue.kind == "frame")
                {
                    j = max(j + 1, c.endToken(m))
                    continue
                }
                if let sp = speaker, c.keyIs(j - 1, [QuotePass.relayWord]) {
                    // نقلت الوكالة عن X: the first actor relays, X speaks.
                    if let id = c.speakerID(sp) { via.append(id) }
                }
                // A name right after a title word is its complement (مستشار بوتين … يوري أوشاكوف).
                // A later person in apposition then speaks; so does one after a title-led name.
                weakSpeaker = speaker == nil && (c.roleOwner[j] >= 0 || afterTitle(m))
                speaker = m
                speakerIndex = index
                j = max(j + 1, c.endToken(m))
                if isFrame && cue.direction != "before" { break }
                continue
            }
            if c.isComma(j) {
                if speaker == nil && !isFrame { break }
                // A clause break before another cue (تصريح ترامب، قائلا إن) ends the frame.
                if j + 1 < end, TrieScanner.match(c.kb.lexicons.speechCues, in: c.doc, at: j + 1, limit: end) != nil {
                    break
                }
            }
            if speaker != nil, c.keyIs(j, QuotePass.prepositions),
                !(c.keyIs(j, [QuotePass.relayWord]) && j + 1 < end && c.actingMention(at: j + 1) != nil)
            {
                // أعرب X عن …، دعا X إلى …، أشار X إلى أن …
                let next = j + 1
                if next < end, c.keyIs(next, QuotePass.anWords) {
                    contentStart = next + 1
                } else if complementHeads(cue).contains(c.doc.keys[j]) {
                    contentStart = next
                }
                if contentStart != nil { break }
            }
            // A preposition before any speaker (وأكد على أن …، وأعرب عن …): the subject is not
            // after the verb; the complement starts here.
            if speaker == nil, !isFrame, c.keyIs(j, [QuotePass.relayWord]), j + 1 < end,
                c.actingMention(at: j + 1) != nil, j > cueTokens.upperBound
            {
                // نقلت الوكالة عن X: an unnamed relay (the agency credited by the article).
                if let agency = creditedAgency(before: cueTokens.lowerBound) { via.append(agency) }
                j += 1
                continue
            }
            if speaker == nil, c.keyIs(j, QuotePass.prepositions), !isFrame {
                if j + 1 < end, c.keyIs(j + 1, QuotePass.anWords) {
                    contentStart = j + 2
                } else if complementHeads(cue).contains(c.doc.keys[j]) {
                    contentStart = j + 1
                }
                break
            }
            j += 1
        }
        _ = sawColon
        // The subject before the cue (SVO), or the sentence's subject for participles.
        let conjoined =
            !isFrame && c.doc.keyIDs[cueTokens.lowerBound] < 0
            && (c.doc.keys[cueTokens.lowerBound].hasPrefix("و") || c.doc.keys[cueTokens.lowerBound].hasPrefix("ف"))
        if speaker == nil {
            if isParticiple(cue) || conjoined {
                // The participle's subject is the main clause's speaker or subject.
                if let main = sentenceSpeaker {
                    return finish(
                        cueTokens, cue, sentence: s, speakerID: main.id, speakerIndex: main.mention, speaker: nil,
                        via: main.via, contentStart: contentStart)
                }
                if let m = subject(in: sentence.lowerBound..<cueTokens.lowerBound) { speaker = m }
            } else if !isFrame {
                // SVO: the nearest subject in the clause before the cue (not for وقال/فأضاف,
                // which open a clause of their own).
                var b = cueTokens.lowerBound - 1
                let stop = max(sentence.lowerBound, cueTokens.lowerBound - 8)
                while b >= stop {
                    if c.isComma(b) || c.isQuoteMark(b) || c.isStop(b) { break }
                    if let (index, m) = c.actingMention(at: b), !c.isPrepositional(m) {
                        speaker = m
                        speakerIndex = index
                        break
                    }
                    b -= 1
                }
            }
        }
        if let main = relayedFrom {
            return finish(
                cueTokens, cue, sentence: s, speakerID: main.id, speakerIndex: main.mention, speaker: nil, via: via,
                contentStart: contentStart)
        }
        var speakerID = speaker.flatMap { c.speakerID($0) }
        if speakerID == nil, !isFrame, let last {
            speakerID = last.id
            speakerIndex = last.mention
            if via.isEmpty { via = last.via }
        }
        return finish(
            cueTokens, cue, sentence: s, speakerID: speakerID, speakerIndex: speakerIndex, speaker: speaker, via: via,
            contentStart: contentStart)
    }

    func finish(
        _ cueTokens: Range<Int>, _ cue: SpeechCue, sentence s: Int, speakerID: String?, speakerIndex: Int?,
        speaker: EntityMention?, via: [String], contentStart: Int?
    ) -> Attribution? {
        let sentence = c.sentences[s]
        let end = sentence.upperBound
        let isFrame = cue.kind == "frame"
        var quoteBefore: Int?
        var k = cueTokens.lowerBound - 1
        while k >= sentence.lowerBound, c.isComma(k) || c.isTrimmable(k) && !c.isQuoteMark(k) { k -= 1 }
        if k >= 0, c.isQuoteMark(k) { quoteBefore = k }
        // The content.
        var content: Range<Int>?
        if let start = contentStart {
            content = start..<contentEnd(from: start, sentence: sentence)
        } else if isFrame, speaker != nil {
            let frameAtStart = cueTokens.lowerBound - sentence.lowerBound <= 1
            if frameAtStart, let sp = speaker {
                var a = c.endToken(sp)
                while a < end, c.isComma(a) || c.keyIs(a, QuotePass.faInna) { a += 1 }
                content = a..<contentEnd(from: a, sentence: sentence)
            } else if cue.direction != "before" {
                content = sentence.lowerBound..<cueTokens.lowerBound
            }
        } else if cue.kind == "verb", takesObject(cue) {
            // دعا X البلدين إلى …، أكد X ضرورة …، مؤكدا ثقته …: the object is the content.
            var a = cueTokens.upperBound
            if let sp = speaker, sp.tokens.lowerBound >= cueTokens.upperBound { a = c.endToken(sp) }
            a = skipTimes(a, end)
            if a < end, !c.isStop(a), !c.isComma(a), !c.isQuoteMark(a) || isParticiple(cue),
                speaker != nil || isParticiple(cue)
            {
                content = a..<contentEnd(from: a, sentence: sentence)
            }
        }
        if let r = content {
            let trimmed = trim(r)
            content =
                trimmed.isEmpty
                    || !trimmed.contains(where: { c.doc.tokens[$0].kind == .arabic || c.doc.tokens[$0].kind == .latin })
                ? nil : trimmed
        }
        guard speakerID != nil || content != nil || quoteBefore != nil else { return nil }
        if content == nil && quoteBefore == nil && !(cue.direction != "before" && speaker != nil) { return nil }
        return Attribution(
            cue: cueTokens, speaker: speakerID, speakerMention: speakerIndex, via: via, content: content, sentence: s,
            quoteBefore: quoteBefore)
    }

    /// The entity id of the first agency the article credits (what الوكالة refers to).
    func creditedAgency(before token: Int) -> String? {
        // The agency named last before the cue, else the first one the article credits.
        let start = c.doc.tokens[token].start
        for m in c.doc.entityMentions.reversed() where m.start < start && m.kind == .name {
            if let id = m.id, id.hasPrefix("kb:agency-") || c.doc.record.agencies.contains(where: { $0.id == id }) {
                return id
            }
        }
        guard let agency = c.doc.record.agencies.first else { return nil }
        if let e = c.doc.record.entities.first(where: {
            $0.nameAr == agency.nameAr || $0.id == agency.id || $0.id == "kb:agency-" + agency.id
        }) {
            return e.id
        }
        return nil
    }

    /// The first words of the cue's complements, as keys (على أن → على).
    func complementHeads(_ cue: SpeechCue) -> [String] {
        cue.complements.compactMap { PhraseKeys.keys($0).first }
    }

    /// Whether a verb takes its content as an object or after a preposition (أكد ضرورة،
    /// دعا إلى، أعرب عن) rather than only after أن or a colon (قال).
    func takesObject(_ cue: SpeechCue) -> Bool {
        if cue.complements.isEmpty { return true }
        return cue.complements.contains { $0.hasPrefix("على") || $0.hasPrefix("إلى") || $0 == "ب" }
    }

    /// Skips time expressions and commas (أكد X اليوم الأربعاء ضرورة …).
    func skipTimes(_ from: Int, _ end: Int) -> Int {
        var a = from
        let times = c.doc.timeMentions
        while a < end {
            let start = c.doc.tokens[a].start
            if c.isComma(a) { a += 1; continue }
            if let t = times.first(where: { $0.start <= start && start < $0.end }) {
                while a < end, c.doc.tokens[a].start < t.end { a += 1 }
                continue
            }
            break
        }
        return a
    }

    /// Whether a title word stands right before the mention (مستشار بوتين، المتحدث باسم الكرملين).
    func afterTitle(_ m: EntityMention) -> Bool {
        let t = m.tokens.lowerBound
        for back in 1...3 where t - back >= 0 {
            if let hit = TrieScanner.match(c.kb.titles, in: c.doc, at: t - back, limit: t), hit.tokens.upperBound == t {
                return true
            }
        }
        return false
    }

    /// The reported content ends at the sentence end or at the next reporting cue of the sentence.
    func contentEnd(from start: Int, sentence: Range<Int>) -> Int {
        let trie = c.kb.lexicons.speechCues
        var t = start
        var inQuote = false
        while t < sentence.upperBound {
            if c.isQuoteMark(t) { inQuote.toggle() }
            if !inQuote, t > start, c.isComma(t - 1) || c.doc.keys[t].hasPrefix("و"),
                let hit = TrieScanner.match(trie, in: c.doc, at: t, limit: sentence.upperBound),
                let v = hit.values.first,
                v.kind == "verb" || v.kind == "frame"
            {
                return t
            }
            t += 1
        }
        return sentence.upperBound
    }

    func trim(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, c.isTrimmable(a) && !c.isQuoteMark(a) { a += 1 }
        while b > a, c.isTrimmable(b - 1) && !c.isQuoteMark(b - 1) { b -= 1 }
        return a..<b
    }
}
