/// Sentences as scalar ranges, trimmed of surrounding whitespace, built on the tokens.
///
/// A sentence ends at . ! ? ؟ … ۔ (a run of them counts as one) and at every line break.
/// Closing quotation marks and brackets right after the terminal stay with the sentence, so
/// «...». and «... .» keep their marks. A full stop is not an end after a single letter
/// (د. م. ص. أ. and أ.ف.ب., J. Smith, U.S.), after a known Latin abbreviation (Mr. Dr. etc.),
/// after a list number opening the sentence ("1."), or when a Latin word, a digit, or a
/// lower-case Latin word follows. Numbers such as 3.5 and 04.02.2026 are single tokens and
/// never split.
public enum SentenceSplitter {
    public static func sentences(in text: SourceText) -> [Range<Int>] {
        let tokens = Tokenizer.tokenize(text)
        var sentences: [Range<Int>] = []
        guard !tokens.isEmpty else { return sentences }
        text.bytes.withUnsafeBufferPointer { p in
            var first = 0  // index of the current sentence's first token
            var k = 0
            while k < tokens.count {
                // A line break before token k closes the sentence.
                if k > first, hasLineBreak(p, tokens[k - 1].byteEnd, tokens[k].byteStart) {
                    sentences.append(tokens[first].start..<tokens[k - 1].end)
                    first = k
                }
                guard let terminal = terminalKind(tokens[k], p) else {
                    k += 1
                    continue
                }
                // The run of terminals, then the closing marks glued to it.
                var last = k
                var onlyFullStops = terminal == .fullStop
                while last + 1 < tokens.count, isAdjacent(tokens[last], tokens[last + 1]),
                    let more = terminalKind(tokens[last + 1], p)
                {
                    last += 1
                    onlyFullStops = onlyFullStops && more == .fullStop
                }
                let isEllipsis = onlyFullStops && last > k
                while last + 1 < tokens.count, isAdjacent(tokens[last], tokens[last + 1]),
                    isClosing(tokens[last + 1], p)
                {
                    last += 1
                }
                if terminal == .fullStop && !isEllipsis && onlyFullStops
                    && !fullStopEnds(at: k, last: last, first: first, tokens, text, p)
                {
                    k = last + 1
                    continue
                }
                sentences.append(tokens[first].start..<tokens[last].end)
                first = last + 1
                k = last + 1
            }
            if first < tokens.count {
                sentences.append(tokens[first].start..<tokens[tokens.count - 1].end)
            }
        }
        return sentences
    }

    private enum Terminal { case fullStop, other }

    private static func terminalKind(_ token: Token, _ p: UnsafeBufferPointer<UInt8>) -> Terminal? {
        guard token.kind == .punctuation else { return nil }
        switch UTF8Scalars.decode(p, token.byteStart).value {
        case 0x2E: return .fullStop
        case 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2047...0x2049, 0xFF01, 0xFF1F: return .other
        default: return nil
        }
    }

    private static func isClosing(_ token: Token, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let v = UTF8Scalars.decode(p, token.byteStart).value
        switch token.kind {
        case .quote:
            // Opening marks do not close: « ‹ “ „ ‚ ‘ (‘ and “ close in some styles, but after
            // a terminal with no space the mark is far likelier to close a quotation).
            return v != 0xAB && v != 0x2039 && v != 0x201E && v != 0x201A
        case .punctuation:
            return v == 0x29 || v == 0x5D || v == 0x7D || v == 0xFD3E || v == 0xFF09
        default:
            return false
        }
    }

    private static func isAdjacent(_ a: Token, _ b: Token) -> Bool { a.byteEnd == b.byteStart }

    /// Whether the full stop at token `k` ends the sentence.
    private static func fullStopEnds(
        at k: Int, last: Int, first: Int, _ tokens: [Token], _ text: SourceText,
        _ p: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if k > first, isAdjacent(tokens[k - 1], tokens[k]) {
            let previous = tokens[k - 1]
            switch previous.kind {
            case .arabic:
                if letterCount(previous, p) == 1 { return false }  // د. م. ص.
            case .latin:
                if previous.length == 1 { return false }  // J. Smith, U.S.
                if isAbbreviation(previous, p) { return false }
            case .number:
                if k - 1 == first { return false }  // "1." opening a list item
            default:
                break
            }
        }
        guard last + 1 < tokens.count else { return true }
        let next = tokens[last + 1]
        if isAdjacent(tokens[last], next) {
            // Glued to what follows: a domain, a version, a digit... Arabic text with a missing
            // space after the stop still ends.
            if next.kind == .latin || next.kind == .number { return false }
        } else if next.kind == .latin, let b = p[next.byteStart...].first, b >= 0x61 && b <= 0x7A {
            return false  // "etc. and", lower case continues the sentence
        }
        return true
    }

    /// Arabic letters of a word, marks and tatweel not counted (هـ counts one).
    private static func letterCount(_ token: Token, _ p: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = token.byteStart
        while i < token.byteEnd {
            let (v, length) = UTF8Scalars.decode(p, i)
            if ScalarClass.of(v) == .arabicLetter { count += 1 }
            i += length
        }
        return count
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp",
        "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "vol", "fig", "approx", "dept",
        "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mt", "ft", "rev", "hon", "pres", "univ", "al",
    ]

    private static func isAbbreviation(_ token: Token, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.byteEnd - token.byteStart <= 6 else { return false }
        var word = ""
        for b in p[token.byteStart..<token.byteEnd] {
            word.unicodeScalars.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b + 0x20 : b))
        }
        return abbreviations.contains(word)
    }

    private static func hasLineBreak(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            let b = p[i]
            if b == 0x0A || b == 0x0D { return true }
            if b >= 0x80 {
                let (v, length) = UTF8Scalars.decode(p, i)
                if v == 0x85 || v == 0x2028 || v == 0x2029 { return true }
                i += length
            } else {
                i += 1
            }
        }
        return false
    }
}
