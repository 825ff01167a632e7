// What a scalar is for tokenising and splitting. Scalars below U+0800 (ASCII, Latin, Greek,
// Cyrillic, Hebrew, Arabic: every one- or two-byte UTF-8 sequence) are looked up in one table;
// the rest go through a few range checks and, rarely, the Unicode general category.

@usableFromInline
enum ScalarClass: UInt8, Sendable {
    case space  // horizontal whitespace
    case lineBreak  // LF, CR, VT, FF, NEL, U+2028, U+2029
    case ignorable  // bidi and zero-width controls, other control and format characters
    case joiner  // ZWNJ and ZWJ: inside an Arabic word (or emoji sequence) they join
    case arabicLetter
    case arabicMark  // harakat, Quranic marks, tatweel
    case digit  // any decimal digit (Nd)
    case letter  // any non-Arabic letter (Latin, Greek, Cyrillic, CJK...)
    case mark  // other combining marks
    case punctuation
    case quote
    case symbol
    case emojiExtender  // variation selectors, skin tones, keycap, tag characters

    @inline(__always) @usableFromInline
    static func of(_ v: UInt32) -> ScalarClass {
        if v < 0x800 { return table[Int(v)] }
        return classifyWide(v)
    }

    /// True for the quotation marks the tokenizer always keeps as tokens of their own.
    static func isQuotationMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A, 0x2E42, 0x300C...0x300F,
            0x301D...0x301F, 0xFF02, 0xFF07:
            return true
        default:
            return false
        }
    }

    static let table: [ScalarClass] = (0..<0x800).map { classifyByRule(UInt32($0)) }

    private static func classifyByRule(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x09, 0x20, 0xA0: return .space
        case 0x0A...0x0D, 0x85: return .lineBreak
        case 0x00...0x1F, 0x7F...0x9F, 0xAD: return .ignorable
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x2D: return .punctuation
        case 0x0600...0x06FF: return arabicBlock(v)
        case 0x0750...0x077F: return .arabicLetter
        default: break
        }
        if isQuotationMark(v) { return .quote }
        return byCategory(v)
    }

    /// The Arabic block, spelled out because Unicode's categories do not say what matters here
    /// (tatweel is a modifier letter, the decimal separator is punctuation only between digits).
    private static func arabicBlock(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x0600...0x0605, 0x061C: return .ignorable
        case 0x0606...0x060B, 0x060E, 0x060F, 0x066A, 0x066D, 0x06DD, 0x06DE, 0x06E9, 0x06FD, 0x06FE:
            return .symbol
        case 0x060C, 0x060D, 0x061B, 0x061D...0x061F, 0x066B, 0x066C, 0x06D4: return .punctuation
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
            0x06E7, 0x06E8, 0x06EA...0x06ED:
            return .arabicMark
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        default: return .arabicLetter
        }
    }

    @inline(never)
    static func classifyWide(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x2028, 0x2029: return .lineBreak
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF: return .ignorable
        case 0x200C, 0x200D: return .joiner
        case 0x2010...0x2017, 0x2020...0x2027: return .punctuation
        case 0x2018...0x201F, 0x2039, 0x203A: return .quote
        case 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F: return .emojiExtender
        case 0x0870...0x08FF, 0xFB50...0xFDFF, 0x1EE00...0x1EEFF:
            return arabicByCategory(v)
        case 0xFE70...0xFE7F: return .arabicMark  // spacing forms of the harakat
        case 0xFE80...0xFEFC: return .arabicLetter
        default: break
        }
        if isQuotationMark(v) { return .quote }
        return byCategory(v)
    }

    private static func arabicByCategory(_ v: UInt32) -> ScalarClass {
        switch byCategory(v) {
        case .letter: return .arabicLetter
        case .mark: return .arabicMark
        case let other: return other
        }
    }

    private static func byCategory(_ v: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(v) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .otherPunctuation:
            return .punctuation
        case .initialPunctuation, .finalPunctuation: return .quote
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        case .control, .format: return .ignorable
        default: return .symbol
        }
    }
}
