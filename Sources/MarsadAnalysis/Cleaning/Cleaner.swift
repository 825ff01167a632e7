import MarsadKnowledge
import MarsadText

/// Separates the article's content from web page furniture: boilerplate phrases from the
/// lexicon (`boilerplate.tsv`), line features for lines the lexicon does not know (sign-off
/// codes, photo captions and their credits, source blocks, short trailing furniture), repeated
/// paragraphs, and the headline. Content is never dropped: a line is boilerplate only on
/// positive evidence.
public struct Cleaner: Sendable {
    /// Whole-line phrases by the byte hash of their key.
    let lineMatches: [UInt64: (key: String, reason: String)]
    /// `prefix` and `contains` phrases by their first word, so a line is checked only against
    /// the phrases that can start at one of its words.
    let phrasesByFirstWord: [String: [(words: [String], match: BoilerplatePhrase.Match, reason: String)]]
    let knowledge: KnowledgeBase

    /// Longest line (in words) that a `prefix`/`contains` phrase may mark as furniture.
    static let shortLineWords = 16
    /// Lines at least this similar (multiset Dice of words) are duplicates.
    static let duplicateSimilarity = 0.9
    /// Photo-credit words that close a caption line after a dash: `… - غيتي`.
    static let creditWords: Set<String> = [
        "غيتي", "getty", "images", "رويترز", "reuters", "afp", "epa", "ap", "اي بي ايه", "الاناضول", "shutterstock",
        "ارشيفيه", "ارشيف",
    ]

    public init(knowledge: KnowledgeBase = .embedded) {
        self.knowledge = knowledge
        var lineMatches: [UInt64: (key: String, reason: String)] = [:]
        var byFirst: [String: [(words: [String], match: BoilerplatePhrase.Match, reason: String)]] = [:]
        for p in knowledge.lexicons.boilerplate {
            if p.match == .line {
                let h = ByteHash.of(p.key)
                if lineMatches[h] == nil { lineMatches[h] = (p.key, p.reason) }
                continue
            }
            let words = p.key.split(separator: " ").map(String.init)
            if let first = words.first { byFirst[first, default: []].append((words, p.match, p.reason)) }
        }
        self.lineMatches = lineMatches
        phrasesByFirstWord = byFirst
    }

    public func run(_ doc: inout Document) {
        let features = doc.lines.indices.map { LineFeatures(doc: doc, line: $0) }
        var roles = [LineRole](repeating: .body, count: doc.lines.count)
        for i in doc.lines.indices {
            if let reason = boilerplateReason(features[i]) { roles[i] = .boilerplate(reason: reason) }
        }
        markDateLines(doc: doc, features: features, roles: &roles)
        markSourceBlock(doc: doc, features: features, roles: &roles)
        markCaptions(doc: doc, features: features, roles: &roles)
        markTrailingFurniture(features: features, roles: &roles)
        markDuplicates(features: features, roles: &roles)
        markHeadline(doc: doc, features: features, roles: &roles)
        doc.lineRoles = roles
        fillRecord(&doc)
    }

    /// The lexicon's verdict on a line, or a sign-off code.
    func boilerplateReason(_ f: LineFeatures) -> String? {
        if f.words.isEmpty { return nil }
        if let reason = lineMatches[f.keyHash], ByteHash.equal(reason.key, f.key) { return reason.reason }
        if f.allSingleLetters { return "sign-off" }
        guard f.words.count <= Cleaner.shortLineWords else { return nil }
        for (i, word) in f.words.enumerated() {
            guard let candidates = phrasesByFirstWord[word] else { continue }
            for p in candidates {
                // A prefix phrase must open the line; a contains phrase may stand anywhere.
                if p.match == .prefix && i > 0 { continue }
                guard i + p.words.count <= f.words.count else { continue }
                if f.words[i..<(i + p.words.count)].elementsEqual(p.words) { return p.reason }
            }
        }
        return nil
    }

    /// A line that is a date and little else (`الأحد 3 نوفمبر 2024`, `التاريخ : 04/02/2026`).
    func markDateLines(doc: Document, features: [LineFeatures], roles: inout [LineRole]) {
        for mention in doc.timeMentions {
            guard case .absolute(_, let month, _) = mention.meaning, month != nil,
                let line = doc.lineIndex(containing: mention.start), roles[line] == .body
            else { continue }
            let lineTokens = doc.lines[line].tokens
            let outside = lineTokens.filter { !mention.tokens.contains($0) && !doc.keys[$0].isEmpty }.count
            if outside <= 2 && features[line].words.count <= 10 { roles[line] = .boilerplate(reason: "date line") }
        }
    }

    /// `المصادر:` / `المصدر:` and the short credit lines after it.
    func markSourceBlock(doc: Document, features: [LineFeatures], roles: inout [LineRole]) {
        for i in doc.lines.indices where features[i].key == "المصادر" || features[i].key == "المصدر" {
            roles[i] = .boilerplate(reason: "credit")
            var j = i + 1
            while j < doc.lines.count, features[j].words.count <= 8, !features[j].endsSentence {
                roles[j] = .boilerplate(reason: "credit")
                j += 1
            }
        }
    }

    /// A line that ends in a photo credit after a dash (`… - غيتي`), and any line that repeats
    /// such a caption, is a caption.
    func markCaptions(doc: Document, features: [LineFeatures], roles: inout [LineRole]) {
        var captions: [Int] = []
        for i in doc.lines.indices where roles[i] == .body && !features[i].endsSentence {
            if endsWithCredit(doc: doc, line: i) {
                roles[i] = .boilerplate(reason: "caption")
                captions.append(i)
            }
        }
        for c in captions {
            for i in doc.lines.indices where i != c && roles[i] == .body && !features[i].endsSentence {
                if MultisetDice.of(features[i].sortedHashes, features[c].sortedHashes)
                    >= Cleaner.duplicateSimilarity
                {
                    roles[i] = .boilerplate(reason: "caption")
                }
            }
        }
    }

    /// Words that open a photo credit in parentheses: `(الصورة: غيتي)`.
    static let photoWords: Set<String> = ["الصوره", "صوره", "photo", "image", "تصوير"]

    func endsWithCredit(doc: Document, line: Int) -> Bool {
        let range = doc.lines[line].tokens
        // `… (الصورة: غيتي)`: a closing parenthesis whose group opens with a photo word.
        if let last = range.last, doc.tokenText(last) == ")" {
            var open = last - 1
            while open > range.lowerBound && doc.tokenText(open) != "(" { open -= 1 }
            if doc.tokenText(open) == "(", open + 1 < last, Cleaner.photoWords.contains(doc.keys[open + 1]) {
                return true
            }
        }
        // Find the last dash; what follows must be one or two credit words.
        var i = range.upperBound - 1
        var after: [String] = []
        while i >= range.lowerBound {
            let t = doc.tokens[i]
            if t.kind == .punctuation || t.kind == .symbol {
                let s = doc.tokenText(i)
                if s == "-" || s == "–" || s == "—" { break }
                if s == "/" || s == "|" { break }
                return false
            }
            if !doc.keys[i].isEmpty { after.insert(doc.keys[i], at: 0) }
            if after.count > 2 { return false }
            i -= 1
        }
        guard i > range.lowerBound, !after.isEmpty else { return false }
        return Cleaner.creditWords.contains(after.joined(separator: " "))
            || after.allSatisfy { Cleaner.creditWords.contains($0) }
    }

    /// Very short lines after the last paragraph of running text (buttons, links, "Close").
    func markTrailingFurniture(features: [LineFeatures], roles: inout [LineRole]) {
        guard let lastProse = features.indices.last(where: { roles[$0] == .body && features[$0].words.count > 8 })
        else { return }
        for i in features.indices where i > lastProse && roles[i] == .body {
            if features[i].words.count <= 4 && !features[i].endsSentence || features[i].words.count <= 2 {
                roles[i] = .boilerplate(reason: "navigation")
            }
        }
    }

    /// Exact and near (≥ 90%) repeats of an earlier line.
    func markDuplicates(features: [LineFeatures], roles: inout [LineRole]) {
        var firstByKey: [UInt64: Int] = [:]
        for i in features.indices where !features[i].words.isEmpty {
            if let first = firstByKey[features[i].keyHash], ByteHash.equal(features[first].key, features[i].key) {
                if roles[i] == .body { roles[i] = .duplicate(of: first) }
                continue
            }
            if firstByKey[features[i].keyHash] == nil { firstByKey[features[i].keyHash] = i }
            guard roles[i] == .body, features[i].words.count >= 4 else { continue }
            for j in 0..<i where roles[j].isContent && features[j].words.count >= 4 {
                let a = features[i].words.count
                let b = features[j].words.count
                guard min(a, b) * 10 >= max(a, b) * 8 else { continue }
                if MultisetDice.of(features[i].sortedHashes, features[j].sortedHashes)
                    >= Cleaner.duplicateSimilarity
                {
                    roles[i] = .duplicate(of: j)
                    break
                }
            }
        }
    }

    /// The title of a collection article, or the first content line of a text file when it
    /// reads like a headline: short, no sentence punctuation at its end, followed by more text.
    func markHeadline(doc: Document, features: [LineFeatures], roles: inout [LineRole]) {
        guard let first = roles.indices.first(where: { roles[$0] == .body }) else { return }
        if doc.hasTitle {
            if first == 0 { roles[0] = .headline }
            return
        }
        let f = features[first]
        let hasMore = roles.indices.contains { $0 > first && roles[$0] == .body }
        if hasMore && !f.endsSentence && (3...25).contains(f.words.count) && !startsWithDateline(doc: doc, line: first)
        {
            roles[first] = .headline
        }
    }

    /// A line opening with `CITY (AGENCY)` is the lead paragraph, not a headline.
    func startsWithDateline(doc: Document, line: Int) -> Bool {
        let range = doc.lines[line].tokens
        var i = range.lowerBound
        var words = 0
        while i < range.upperBound && words <= 4 {
            if doc.tokenText(i) == "(" { return words >= 1 }
            if !doc.keys[i].isEmpty { words += 1 }
            i += 1
        }
        return false
    }

    func fillRecord(_ doc: inout Document) {
        var body: [Span] = []
        var boilerplate: [BoilerplateSpan] = []
        var duplicates: [DuplicateSpan] = []
        for (i, role) in doc.lineRoles.enumerated() {
            let range = doc.lines[i].range
            switch role {
            case .body: body.append(Span(start: range.lowerBound, end: range.upperBound))
            case .headline:
                body.append(Span(start: range.lowerBound, end: range.upperBound))
                doc.record.headline = doc.span(range)
            case .boilerplate(let reason):
                boilerplate.append(
                    BoilerplateSpan(
                        start: range.lowerBound, end: range.upperBound, text: doc.slice(range), reason: reason))
            case .duplicate(let of):
                let original = doc.lines[of].range
                duplicates.append(
                    DuplicateSpan(
                        start: range.lowerBound, end: range.upperBound,
                        of: Span(start: original.lowerBound, end: original.upperBound)))
            }
        }
        doc.record.body = body
        doc.record.boilerplate = boilerplate
        doc.record.duplicates = duplicates
    }
}
