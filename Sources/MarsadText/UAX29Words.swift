/// Word segmentation close to Unicode UAX #29 (rules WB4–WB13b), as Lucene's StandardTokenizer
/// applies it; only segments holding a letter or digit are words. Used by `LuceneArabic`, not on
/// the hot path.
enum UAX29Words {
    private enum WordBreak {
        case letter, numeric, midLetter, midNumLet, midNum, extendNumLet, extend, other
    }

    private static func wordBreak(_ scalar: Unicode.Scalar) -> WordBreak {
        switch scalar.value {
        case 0x3A, 0xB7, 0x0387, 0x055F, 0x05F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A: return .midLetter
        case 0x27, 0x2E, 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E: return .midNumLet
        case 0x2C, 0x3B, 0x037E, 0x0589, 0x060C, 0x060D, 0x066C, 0x07F8, 0x2044, 0xFE10, 0xFE14,
            0xFE50, 0xFE54, 0xFF0C, 0xFF1B:
            return .midNum
        case 0x066B: return .numeric
        case 0x5F, 0x202F, 0x203F, 0x2040, 0x2054, 0xFE33, 0xFE34, 0xFE4D...0xFE4F, 0xFF3F:
            return .extendNumLet
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .decimalNumber: return .numeric
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return .extend
        default: return .other
        }
    }

    static func words(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let classes = scalars.map(wordBreak)
        var words: [String] = []
        /// Index of the next scalar that is not Extend/Format (WB4), from `k`.
        func next(_ k: Int) -> Int {
            var j = k
            while j < scalars.count && classes[j] == .extend { j += 1 }
            return j
        }
        func isWordy(_ c: WordBreak) -> Bool { c == .letter || c == .numeric || c == .extendNumLet }
        var k = 0
        while k < scalars.count {
            guard isWordy(classes[k]) else {
                k += 1
                continue
            }
            let start = k
            var hasContent = classes[k] != .extendNumLet
            var lastSignificant = classes[k]
            k = next(k + 1)
            while k < scalars.count {
                let c = classes[k]
                if isWordy(c) {
                    hasContent = hasContent || c != .extendNumLet
                    lastSignificant = c
                    k = next(k + 1)
                    continue
                }
                let after = next(k + 1)
                guard after < scalars.count else { break }
                let afterClass = classes[after]
                let joinsLetters =
                    lastSignificant == .letter && afterClass == .letter
                    && (c == .midLetter || c == .midNumLet)
                let joinsNumbers =
                    lastSignificant == .numeric && afterClass == .numeric
                    && (c == .midNum || c == .midNumLet)
                guard joinsLetters || joinsNumbers else { break }
                lastSignificant = afterClass
                k = next(after + 1)
            }
            // Trailing Extend scalars belong to the word (WB4).
            if hasContent {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[start..<k])
                words.append(String(s))
            }
        }
        return words
    }
}
