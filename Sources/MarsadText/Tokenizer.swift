/// Splits a text into tokens in one pass over its UTF-8 bytes.
///
/// - Arabic word: letters with their harakat and tatweel, and ZWNJ/ZWJ between letters.
///   Never punctuation, digits or Latin letters.
/// - Latin word (any non-Arabic script): letters, combining marks and digits, and a hyphen
///   between them when a letter or digit follows (Covid-19, F-16, COVID19 are one token).
/// - Number, in any digit set: digits and a single separator between digits
///   (. , ٫ ٬ / - :), so 3.5, 3,5, ٣٫٥, 1,000, 04/02/2026, 04-02-2026, 10:30 are one token.
/// - Punctuation: one token per mark (، ؛ ؟ . ...).
/// - Quote: every quotation mark, ASCII apostrophe included, is a token of its own.
/// - Symbol: emoji (with their modifiers and ZWJ sequences, flag pairs) and other symbols.
/// Whitespace, control, bidi and zero-width characters are skipped.
public enum Tokenizer {
    public static func tokenize(_ text: SourceText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.bytes.count / 6)
        forEachToken(in: text) { tokens.append($0) }
        return tokens
    }

    /// Streams the tokens without building an array.
    public static func forEachToken(in text: SourceText, _ body: (Token) -> Void) {
        text.bytes.withUnsafeBufferPointer { p in
            ScalarClass.table.withUnsafeBufferPointer { table in
                var scanner = Scanner(p: p, table: table)
                scanner.run(body)
            }
        }
    }
}

/// The tokenizer's cursor: byte and scalar positions advance together.
private struct Scanner {
    let p: UnsafeBufferPointer<UInt8>
    let table: UnsafeBufferPointer<ScalarClass>
    var i = 0  // byte
    var s = 0  // scalar

    init(p: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<ScalarClass>) {
        self.p = p
        self.table = table
    }

    /// The scalar at byte `j`: value, class, byte length.
    @inline(__always)
    func peek(_ j: Int) -> (v: UInt32, c: ScalarClass, length: Int) {
        let b = p[j]
        if b < 0x80 { return (UInt32(b), table[Int(b)], 1) }
        let (v, length) = UTF8Scalars.decode(p, j)
        let c = v < 0x800 ? table[Int(v)] : ScalarClass.classifyWide(v)
        return (v, c, length)
    }

    mutating func run(_ body: (Token) -> Void) {
        let n = p.count
        while i < n {
            let (v, c, length) = peek(i)
            let byteStart = i
            let start = s
            let kind: TokenKind
            switch c {
            case .space, .lineBreak, .ignorable, .joiner, .emojiExtender:
                i += length
                s += 1
                continue
            case .arabicLetter, .arabicMark:
                kind = scanArabic() ? .arabic : .symbol
            case .letter:
                scanLatin()
                kind = .latin
            case .digit:
                scanNumber()
                kind = .number
            case .punctuation:
                advance(length)
                kind = .punctuation
            case .quote:
                advance(length)
                kind = .quote
            case .symbol, .mark:
                scanSymbol(v, length)
                kind = .symbol
            }
            body(Token(kind: kind, start: start, end: s, byteStart: byteStart, byteEnd: i))
        }
    }

    @inline(__always)
    mutating func advance(_ length: Int) {
        i += length
        s += 1
    }

    /// Letters, marks, tatweel, and joiners followed by more of the word. Returns whether the
    /// run held a letter (a lone tatweel or haraka is a symbol).
    mutating func scanArabic() -> Bool {
        var hasLetter = false
        let n = p.count
        while i < n {
            let (_, c, length) = peek(i)
            switch c {
            case .arabicLetter:
                hasLetter = true
                advance(length)
            case .arabicMark:
                advance(length)
            case .joiner:
                guard i + length < n else { return hasLetter }
                let next = peek(i + length).c
                guard next == .arabicLetter || next == .arabicMark else { return hasLetter }
                advance(length)
            default:
                return hasLetter
            }
        }
        return hasLetter
    }

    mutating func scanLatin() {
        let n = p.count
        while i < n {
            let (v, c, length) = peek(i)
            switch c {
            case .letter, .mark, .digit:
                advance(length)
            case .punctuation where v == 0x2D || v == 0x2010 || v == 0x2011:
                // An inner hyphen joins when a letter or digit follows.
                guard i + length < n else { return }
                let next = peek(i + length).c
                guard next == .letter || next == .digit else { return }
                advance(length)
            default:
                return
            }
        }
    }

    mutating func scanNumber() {
        let n = p.count
        while i < n {
            let (v, c, length) = peek(i)
            if c == .digit {
                advance(length)
                continue
            }
            switch v {
            case 0x2E, 0x2C, 0x066B, 0x066C, 0x2F, 0x2D, 0x3A:
                // A single separator between digits.
                guard i + length < n, peek(i + length).c == .digit else { return }
                advance(length)
            default:
                return
            }
        }
    }

    /// A symbol with what extends it: variation selectors, skin tones, keycaps, tags, the
    /// second regional indicator of a flag, and ZWJ followed by another symbol.
    mutating func scanSymbol(_ first: UInt32, _ firstLength: Int) {
        advance(firstLength)
        let n = p.count
        var regional = (0x1F1E6...0x1F1FF).contains(first)
        while i < n {
            let (v, c, length) = peek(i)
            if c == .emojiExtender {
                advance(length)
            } else if regional, (0x1F1E6...0x1F1FF).contains(v) {
                regional = false
                advance(length)
            } else if v == 0x200D, i + length < n, peek(i + length).c == .symbol {
                advance(length)
                let next = peek(i)
                advance(next.length)
            } else {
                return
            }
        }
    }
}
