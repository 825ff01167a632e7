/// Sentences as scalar ranges, trimmed of surrounding whitespace, built on the tokens.
///
/// A sentence ends at . ! ? ؟ … ۔ (a run of them counts as one) and at every line break.
/// Closing quotation marks and brackets right after the terminal stay with the sentence, so
/// «...». and «... .» keep their marks, and so does a stop after them («...؟».).
/// A full stop is not an end after a single letter (د. م. ص. أ. and أ.ف.ب., J. Smith, U.S.)
/// unless it is the era after a year (2003م.), inside Latin initials spelt in Arabic
/// (بي. بي. سي.), after a known Latin abbreviation (Mr. Dr. etc.), after a list number opening
/// the sentence ("1."), or when a Latin word, a digit, or a lower-case Latin word follows.
/// Numbers such as 3.5 and 04.02.2026 are single tokens and never split.
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
                // Closing marks and further terminals glued to the run: «...؟». keeps all three.
                while last + 1 < tokens.count, isAdjacent(tokens[last], tokens[last + 1]),
                    isClosing(tokens[last + 1], p) || terminalKind(tokens[last + 1], p) != nil
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
                if let letter = singleLetter(previous, p) {
                    // م and هـ after a year mark the era (2003م.): the stop can end the sentence.
                    let isEra =
                        (letter == 0x0645 || letter == 0x0647) && k - 2 >= first
                        && tokens[k - 2].kind == .number
                    if !isEra { return false }  // د. م. ص. أ.
                } else if isLetterName(previous, text) {
                    // Latin initials spelt in Arabic: بي. بي. سي.
                    let afterInitial =
                        k - 3 >= first && terminalKind(tokens[k - 2], p) == .fullStop
                        && isAdjacent(tokens[k - 3], tokens[k - 2]) && isInitial(tokens[k - 3], text, p)
                    let beforeInitial =
                        last + 2 < tokens.count && isInitial(tokens[last + 1], text, p)
                        && isAdjacent(tokens[last + 1], tokens[last + 2])
                        && terminalKind(tokens[last + 2], p) == .fullStop
                    if afterInitial || beforeInitial { return false }
                }
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

    /// The letter of a one-letter Arabic word (هـ counts as one), or nil.
    private static func singleLetter(_ token: Token, _ p: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var letter: UInt32?
        var i = token.byteStart
        while i < token.byteEnd {
            let (v, length) = UTF8Scalars.decode(p, i)
            if ScalarClass.of(v) == .arabicLetter {
                if letter != nil { return nil }
                letter = v
            }
            i += length
        }
        return letter
    }

    /// A single letter, Arabic or Latin, or a Latin letter's Arabic name.
    private static func isInitial(_ token: Token, _ text: SourceText, _ p: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        switch token.kind {
        case .arabic: return singleLetter(token, p) != nil || isLetterName(token, text)
        case .latin: return token.length == 1
        default: return false
        }
    }

    /// Arabic names of Latin letters, as normalised keys (بي سي إن إم ...).
    static let letterNames: Set<[UInt8]> = Set(
        [
            "ايه", "اي", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جاي", "جيه", "كي", "كيه", "ال", "ام",
            "ان", "او", "كيو", "ار", "اس", "تي", "يو", "في", "فيه", "دبليو", "اكس", "واي", "زد", "زي",
        ].map { Array($0.utf8) })
    static let keyNormalizer = ArabicNormalizer()

    private static func isLetterName(_ token: Token, _ text: SourceText) -> Bool {
        guard token.kind == .arabic, token.length <= 6 else { return false }
        return keyNormalizer.withKey(of: token, in: text) { letterNames.contains(Array($0)) }
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
