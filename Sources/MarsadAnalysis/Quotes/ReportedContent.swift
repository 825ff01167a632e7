import MarsadKnowledge
import MarsadText

/// The extent of reported content: where a reported clause ends and what it is trimmed of.
extension QuotePass {
    func finish(
        _ cueTokens: Range<Int>, _ cue: SpeechCue, sentence s: Int, speakerID: String?, speakerIndex: Int?,
        speaker: EntityMention?, via: [String], contentStart: Int?, inherited: Bool, speakers: [String] = [],
        speakerToken: Int? = nil, subjectEnd: Int? = nil, unknown: Bool = false
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
        } else if cue.kind == "verb" && takesObject(cue) || cue.kind == "stance" {
            // دعا X البلدين إلى …، أكد X ضرورة …، مؤكدا ثقته …: the object is the content.
            var a = cueTokens.upperBound
            if let sp = speaker, sp.tokens.lowerBound >= cueTokens.upperBound { a = c.endToken(sp) }
            if let e = subjectEnd, e > a { a = e }
            a = skipTimes(a, end)
            if a < end, !c.isStop(a), !c.isComma(a), !c.isQuoteMark(a) || isParticiple(cue) || cue.kind == "stance",
                speaker != nil || speakers.count >= 2 || isParticiple(cue)
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
        // A cue whose speaker is named but unknown is kept (speaker nil): it ends the speaker
        // before it as the one continuations refer to.
        guard speakerID != nil || content != nil || quoteBefore != nil || unknown else { return nil }
        if content == nil && quoteBefore == nil && !(cue.direction != "before" && speaker != nil) && !unknown {
            return nil
        }
        return Attribution(
            cue: cueTokens, speaker: speakerID, speakerMention: speakerIndex,
            speakers: speakers.count >= 2 ? speakers : [], speakerToken: speakerToken, via: via, content: content,
            sentence: s, quoteBefore: quoteBefore, inherited: inherited)
    }

    /// The reported content ends at the sentence end, at the next reporting cue of the sentence,
    /// or after a quotation that the narrator's own clause follows (”، وتعهد …; ” لكنه …).
    func contentEnd(from start: Int, sentence: Range<Int>) -> Int {
        let trie = c.kb.lexicons.speechCues
        var t = start
        var quote = spans.firstIndex { $0.close >= start } ?? spans.count
        while t < sentence.upperBound {
            while quote < spans.count && spans[quote].close < t { quote += 1 }
            let inQuote = quote < spans.count && spans[quote].open < t && t < spans[quote].close
            if quote < spans.count, spans[quote].close == t, spans[quote].open >= start,
                narratorResumes(after: t, sentence: sentence)
            {
                return t + 1
            }
            // A participle (مؤكدا، مشيرا إلى) opens an adverbial clause of the main verb.
            if !inQuote, t > start, !inName(t),
                let hit = TrieScanner.match(trie, in: c.doc, at: t, limit: sentence.upperBound),
                let v = hit.values.first,
                (v.kind == "verb" || v.kind == "stance") && isParticiple(v)
                    || (c.isComma(t - 1) || KeyBytes.hasPrefix(c.doc.keys[t], "و"))
                        && (v.kind == "verb" || v.kind == "frame" || v.kind == "stance")
            {
                return t
            }
            t += 1
        }
        return sentence.upperBound
    }

    /// Whether the words after a closing quotation mark open a clause of the narrator: a
    /// contrast (لكنه), or a comma and a new و clause that is not another أن clause of the report.
    func narratorResumes(after close: Int, sentence: Range<Int>) -> Bool {
        var k = close + 1
        var comma = false
        while k < sentence.upperBound, c.isComma(k) {
            comma = true
            k += 1
        }
        guard k < sentence.upperBound, c.doc.tokens[k].kind == .arabic else { return false }
        let key = c.doc.keys[k]
        if KeyBytes.hasPrefix(key, "لكن") { return true }
        guard comma, KeyBytes.hasPrefix(key, "و") else { return false }
        // وأن … continues the report; وسـ … is still the speaker's future.
        let rest = String(key.unicodeScalars.dropFirst())
        return !KeyBytes.hasPrefix(rest, "س") && !QuotePass.anWords.contains(rest)
    }

    /// Trims punctuation at both ends, keeping the marks of quotations (a stray mark goes).
    func trim(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, c.isTrimmable(a) && !(c.isQuoteMark(a) && spans.contains { $0.open == a }) {
            a += 1
        }
        while b > a,
            c.isTrimmable(b - 1) && !(c.isQuoteMark(b - 1) && spans.contains { $0.close == b - 1 })
        {
            b -= 1
        }
        return a..<b
    }
}
