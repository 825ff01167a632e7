import MarsadKnowledge
import MarsadText

/// Quotation marks paired into quoted spans.
extension QuotePass {
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
                    } else if let from = lostOpening(after: lastClose, before: t), var span = trimmed(from, t),
                        span.inner.count >= 3
                    {
                        // A closing mark whose opening mark was lost (machine translation, typing):
                        // the quotation runs from the colon that announced it (وتابع: …") or, when
                        // the paragraph opens with it, from the paragraph start.
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

    /// Where a quotation ending at a closing mark `close` without an opening one starts (the
    /// token before its text): after the last colon since the previous quotation (وتابع: …”);
    /// else after a previous quotation of the paragraph, the speech going on (”. ونسمع … »);
    /// else at the paragraph start only when the paragraph before ended in a quotation (speech
    /// over several paragraphs); else nowhere: the mark is a stray, and a narrative paragraph
    /// (أعلنت الوزارة … ”) is not made a quotation.
    func lostOpening(after lastClose: Int, before close: Int) -> Int? {
        var k = close - 1
        while k > lastClose {
            if c.isColon(k) { return k }
            k -= 1
        }
        let lineStart = c.doc.lines[Int(c.lineOf[close])].tokens.lowerBound
        if lastClose >= lineStart { return lastClose }
        var p = lineStart - 1
        while p >= 0, c.lineOf[p] >= 0, !c.doc.lineRoles[Int(c.lineOf[p])].isContent { p -= 1 }
        while p >= 0, c.isTrimmable(p) && !c.isQuoteMark(p) { p -= 1 }
        return p >= 0 && c.isQuoteMark(p) ? lastClose : nil
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

    // MARK: names in quotation marks

    /// Whether a quotation is a name, not speech: exactly an entity's name («الأمم المتحدة»), a
    /// title after a naming noun (فيلم “…”، كتابه «…»، بعنوان «…»), or an addressee after a
    /// detached لـ (لـ«الأنباء»).
    func isName(_ q: QuotedSpan) -> Bool {
        let first = q.inner.lowerBound
        if let m = c.mention(at: first), m.kind == .name, m.tokens.lowerBound == first,
            m.tokens.upperBound == q.inner.upperBound
        {
            return true
        }
        let doc = c.doc
        let names = c.kb.lexicons.quotationHeads
        for back in 1...3 where q.open - back >= 0 {
            let t = q.open - back
            if doc.tokens[t].kind != .arabic { continue }
            if let hit = TrieScanner.match(names, in: doc, at: t, limit: q.open), hit.tokens.upperBound == q.open,
                hit.values.contains(where: { $0.kind == "name" })
            {
                return true
            }
        }
        if q.open > 0, doc.tokens[q.open - 1].kind == .arabic, c.keyIs(q.open - 1, QuotePass.lamPreposition) {
            return true
        }
        return false
    }

    /// Whether a quotation met between a cue and its content is a name: a name by `isName`, or a
    /// short one followed by the content's start (a colon, إن/أن, a quotation) or a preposition.
    func isZoneName(_ q: QuotedSpan, end: Int) -> Bool {
        if isName(q) { return true }
        var words = 0
        for t in q.inner where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin { words += 1 }
        guard words <= 4 else { return false }
        var k = q.close + 1
        while k < end, c.isComma(k) { k += 1 }
        guard k < end else { return false }
        return c.isColon(k) || c.isQuoteMark(k) || c.keyIs(k, QuotePass.anWords) || c.keyIs(k, QuotePass.prepositions)
    }
}
