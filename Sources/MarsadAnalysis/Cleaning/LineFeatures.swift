import MarsadText

/// What the cleaner reads of one line: its normalised key, word count and shape.
struct LineFeatures {
    /// Normalised word keys joined by single spaces (punctuation and quotes dropped).
    var key: String
    var words: [String]
    /// The words' hashes, sorted: similarity by merging, without allocating per pair.
    var sortedHashes: [Int]
    /// Byte hash of `key`, for exact-repeat lookups.
    var keyHash: UInt64
    /// Ends with sentence punctuation (. ! ? ؟ … or a closing quote after one).
    var endsSentence: Bool
    /// Every word is a single letter (sign-off codes such as `س ل ق / ن ع ع`).
    var allSingleLetters: Bool
    /// Share of word tokens written in Latin script.
    var latinShare: Double

    init(doc: Document, line: Int) {
        let range = doc.lines[line].tokens
        var words: [String] = []
        var latin = 0
        var singles = 0
        for i in range where !doc.keys[i].isEmpty {
            words.append(doc.keys[i])
            if doc.tokens[i].kind == .latin { latin += 1 }
            if doc.tokens[i].kind == .arabic && doc.keys[i].unicodeScalars.count == 1 { singles += 1 }
        }
        self.words = words
        sortedHashes = words.map { Int(truncatingIfNeeded: ByteHash.of($0)) }.sorted()
        key = words.joined(separator: " ")
        keyHash = ByteHash.of(key)
        allSingleLetters = words.count >= 3 && singles == words.count
        latinShare = words.isEmpty ? 0 : Double(latin) / Double(words.count)
        endsSentence = LineFeatures.endsWithTerminal(doc: doc, tokens: range)
    }

    static func endsWithTerminal(doc: Document, tokens range: Range<Int>) -> Bool {
        var i = range.upperBound - 1
        while i >= range.lowerBound {
            let token = doc.tokens[i]
            if token.kind == .quote || (token.kind == .punctuation && isClosingBracket(doc.tokenText(i))) {
                i -= 1
                continue
            }
            guard token.kind == .punctuation else { return false }
            let t = doc.tokenText(i)
            return t.unicodeScalars.contains { ".!?؟…".unicodeScalars.contains($0) }
        }
        return false
    }

    static func isClosingBracket(_ s: String) -> Bool { s == ")" || s == "]" || s == "}" }
}
