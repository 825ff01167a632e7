/// A port of Apache Lucene's Arabic analysis (ArabicNormalizer, ArabicStemmer, ArabicAnalyzer),
/// kept exact so that results can be compared with Lucene-based systems. Words are handled as
/// UTF-16 code units, as Lucene's `char[]` buffers are.
///
/// The analyzer chain is Lucene's: a UAX #29-style word tokenizer, lower-casing, decimal digits
/// to ASCII, stop words removed *before* normalisation (the list is not normalised), the
/// normaliser, stem-exclusion keywords, the stemmer. The stop-word list is a parameter.
public enum LuceneArabic {
    static let alef: UInt16 = 0x0627
    static let alefMadda: UInt16 = 0x0622
    static let alefHamzaAbove: UInt16 = 0x0623
    static let alefHamzaBelow: UInt16 = 0x0625
    static let yeh: UInt16 = 0x064A
    static let dotlessYeh: UInt16 = 0x0649
    static let tehMarbuta: UInt16 = 0x0629
    static let heh: UInt16 = 0x0647
    static let removed: Set<UInt16> = [
        0x0640,  // tatweel
        0x064B, 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652,  // harakat, shadda, sukun
    ]

    static let prefixes: [[UInt16]] = ["ال", "وال", "بال", "كال", "فال", "لل", "و"].map {
        Array($0.utf16)
    }
    static let suffixes: [[UInt16]] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"].map {
        Array($0.utf16)
    }

    // MARK: Normaliser

    public static func normalize(_ word: String) -> String {
        String(decoding: normalize(Array(word.utf16)), as: UTF16.self)
    }

    static func normalize(_ s: [UInt16]) -> [UInt16] {
        var out: [UInt16] = []
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case alefMadda, alefHamzaAbove, alefHamzaBelow: out.append(alef)
            case dotlessYeh: out.append(yeh)
            case tehMarbuta: out.append(heh)
            case _ where removed.contains(c): break
            default: out.append(c)
            }
        }
        return out
    }

    // MARK: Stemmer

    /// Lucene's stemmer. It expects normalised input, as in Lucene's chain.
    public static func stem(_ word: String) -> String {
        String(decoding: stem(Array(word.utf16)), as: UTF16.self)
    }

    static func stem(_ s: [UInt16]) -> [UInt16] {
        var word = s[...]
        // stemPrefix: the first prefix (in list order) that fits is removed.
        for prefix in prefixes where startsWithCheckLength(word, prefix) {
            word = word.dropFirst(prefix.count)
            break
        }
        // stemSuffix: every suffix in list order, each removed when it fits.
        for suffix in suffixes where endsWithCheckLength(word, suffix) {
            word = word.dropLast(suffix.count)
        }
        return Array(word)
    }

    private static func startsWithCheckLength(_ s: ArraySlice<UInt16>, _ prefix: [UInt16]) -> Bool {
        if prefix.count == 1 && s.count < 4 { return false }  // و needs 3 letters after it
        if s.count < prefix.count + 2 { return false }  // the others need 2
        return s.starts(with: prefix)
    }

    private static func endsWithCheckLength(_ s: ArraySlice<UInt16>, _ suffix: [UInt16]) -> Bool {
        if s.count < suffix.count + 2 { return false }  // 2 letters must remain
        return s.suffix(suffix.count).elementsEqual(suffix)
    }

    /// Lucene's ArabicStemFilter over a word sequence: words in `keywords` (marked by a
    /// SetKeywordMarkerFilter) are left as they are.
    public static func stemFilter(_ words: [String], keywords: Set<String> = []) -> [String] {
        words.map { keywords.contains($0) ? $0 : stem($0) }
    }

    // MARK: Analyzer

    /// Lucene's ArabicAnalyzer: terms of `text`, in order. `stemExclusions` are terms (after
    /// normalisation) left unstemmed, as Lucene's SetKeywordMarkerFilter marks them.
    public static func analyze(
        _ text: String, stopwords: Set<String>, stemExclusions: Set<String> = []
    ) -> [String] {
        var terms: [String] = []
        for word in UAX29Words.words(in: text) {
            let lowered = asciiDigits(lowercased(word))
            if stopwords.contains(lowered) { continue }
            let normalized = normalize(Array(lowered.utf16))
            terms += stemFilter(
                [String(decoding: normalized, as: UTF16.self)], keywords: stemExclusions)
        }
        return terms
    }

    /// Java's `Character.toLowerCase` per code point: the simple (one-to-one) mapping.
    private static func lowercased(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            out.append(lower.count == 1 ? lower.first! : scalar)
        }
        return String(out)
    }

    /// Lucene's DecimalDigitFilter: any decimal digit → 0–9.
    private static func asciiDigits(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if let d = Numerals.digitValue(scalar) {
                out.append(Unicode.Scalar(UInt8(0x30 + d)))
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
