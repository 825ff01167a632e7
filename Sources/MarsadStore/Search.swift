import GRDB
import MarsadKnowledge
import MarsadText

/// Search terms of the knowledge base's function words (`stopwords.txt`).
let stopTerms: Set<String> = Set(KnowledgeBase.embedded.lexicons.stopwords.map { SearchStemmer.stem($0) })

/// The index's view of a text: every word and number token's search term (MarsadText key,
/// then `SearchStemmer`), space separated. The FTS table's `ascii` tokenizer splits this stream
/// at spaces; a query goes through the same path, so both sides agree by construction.
public enum SearchTerms {
    static let normalizer = ArabicNormalizer()

    public static func stream(of text: SourceText) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.byteCount)
        Tokenizer.forEachToken(in: text) { token in
            switch token.kind {
            case .arabic, .latin, .number:
                normalizer.withSearchTerm(of: token, in: text) { term in
                    guard !term.isEmpty else { return }
                    if !out.isEmpty { out.append(0x20) }
                    out.append(contentsOf: term)
                }
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The search terms of a piece of query text (one entry per word token).
    static func terms(of string: String) -> [String] {
        let text = SourceText(string)
        var out: [String] = []
        var buffer: [UInt8] = []
        Tokenizer.forEachToken(in: text) { token in
            switch token.kind {
            case .arabic, .latin, .number:
                normalizer.searchTerm(of: token, in: text, into: &buffer)
                if !buffer.isEmpty { out.append(String(decoding: buffer, as: UTF8.self)) }
            default: break
            }
        }
        return out
    }
}

/// A user's search query, parsed into our own terms. Syntax:
/// - words: all must occur (in any form: clitics, harakat, alef forms and plural endings do not
///   matter);
/// - `"several words"`: a phrase;
/// - `A OR B`: either;
/// - `word*`: any word starting so.
/// Anything else (quotes, parentheses, FTS5 operators such as NEAR, SQL) is read as text: only
/// terms we made ever reach the FTS5 query, each quoted.
public struct SearchQuery: Sendable, Equatable {
    /// One searchable item: a phrase of terms (a single word is a phrase of one).
    public struct Item: Sendable, Equatable {
        public var terms: [String]
        public var prefix: Bool
    }

    /// Clauses that must all match; each clause is a list of alternatives (OR).
    public var clauses: [[Item]]

    public enum ParseError: Error, CustomStringConvertible, Equatable, Sendable {
        case empty
        case unclosedQuote
        case danglingOr

        public var description: String {
            switch self {
            case .empty: "the query has no words to search for"
            case .unclosedQuote: "the query opens a phrase with \" but never closes it"
            case .danglingOr: "OR needs a word or phrase on both sides"
            }
        }
    }

    public init(_ query: String) throws(ParseError) {
        // Split into raw pieces: phrases between double quotes, words elsewhere.
        enum Piece { case or, phrase(String), word(String, prefix: Bool) }
        var pieces: [Piece] = []
        var scalars = Array(query.unicodeScalars)
        // Typographic double quotes count as ASCII ones.
        for i in scalars.indices where scalars[i] == "\u{201C}" || scalars[i] == "\u{201D}" { scalars[i] = "\"" }
        var i = 0
        var current = String.UnicodeScalarView()
        func flushWord() {
            guard !current.isEmpty else { return }
            var word = String(current)
            current = String.UnicodeScalarView()
            if word == "OR" {
                pieces.append(.or)
                return
            }
            var prefix = false
            if word.hasSuffix("*") {
                while word.hasSuffix("*") { word.removeLast() }
                prefix = true
            }
            pieces.append(.word(word, prefix: prefix))
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" {
                flushWord()
                guard let close = scalars[(i + 1)...].firstIndex(of: "\"") else { throw .unclosedQuote }
                var inner = String.UnicodeScalarView()
                inner.append(contentsOf: scalars[(i + 1)..<close])
                pieces.append(.phrase(String(inner)))
                i = close + 1
            } else if c.properties.isWhitespace {
                flushWord()
                i += 1
            } else {
                current.append(c)
                i += 1
            }
        }
        flushWord()

        // Items: a word piece may hold several tokens (e.g. "a-b" or "x,y"): a phrase then.
        var clauses: [[Item]] = []
        var pendingOr = false
        for piece in pieces {
            let item: Item?
            switch piece {
            case .or:
                if clauses.isEmpty || pendingOr { throw .danglingOr }
                pendingOr = true
                continue
            case .phrase(let text):
                let terms = SearchTerms.terms(of: text)
                item = terms.isEmpty ? nil : Item(terms: terms, prefix: false)
            case .word(let text, let prefix):
                if prefix {
                    // A prefix is matched against stems: `علاقات*` and `علاق*` both reach علاقة.
                    let terms = SearchTerms.terms(of: text)
                    item = terms.isEmpty ? nil : Item(terms: terms, prefix: true)
                } else {
                    let terms = SearchTerms.terms(of: text)
                    item = terms.isEmpty ? nil : Item(terms: terms, prefix: false)
                }
            }
            guard let item else { continue }
            if pendingOr {
                clauses[clauses.count - 1].append(item)
                pendingOr = false
            } else {
                clauses.append([item])
            }
        }
        if pendingOr { throw .danglingOr }
        if clauses.isEmpty { throw .empty }
        // Function words (في، من، أن…) as bare words are left out when the query has other
        // words, as search engines do: they match nearly every article and rank nothing.
        // Inside a phrase, or alone, they stay.
        let content = clauses.filter { !Self.isStopClause($0) }
        self.clauses = content.isEmpty ? clauses : content
    }

    static func isStopClause(_ clause: [Item]) -> Bool {
        clause.count == 1 && clause[0].terms.count == 1 && !clause[0].prefix && stopTerms.contains(clause[0].terms[0])
    }

    /// The FTS5 MATCH expression: every term a quoted string, only our operators between.
    public var ftsExpression: String {
        clauses.map { clause in
            let items = clause.map { item -> String in
                let quoted = item.terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                var s = quoted.count == 1 ? quoted[0] : quoted.joined(separator: " + ")
                if item.prefix { s += " *" }
                return s
            }
            return items.count == 1 ? items[0] : "(" + items.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// Every term that should be highlighted, with whether it is a prefix.
    var highlightTerms: (exact: Set<String>, prefixes: [String]) {
        var exact = Set<String>()
        var prefixes: [String] = []
        for clause in clauses {
            for item in clause {
                for (k, t) in item.terms.enumerated() {
                    if item.prefix && k == item.terms.count - 1 { prefixes.append(t) } else { exact.insert(t) }
                }
            }
        }
        return (exact, prefixes)
    }
}

/// Snippets computed from the original text: the window of words holding the most distinct
/// query terms, matches marked.
public enum Snippet {
    public struct Marks: Sendable {
        public var open: String
        public var close: String
        public init(open: String, close: String) {
            self.open = open
            self.close = close
        }
        public static let brackets = Marks(open: "[", close: "]")
        public static let ansiBold = Marks(open: "\u{1B}[1;31m", close: "\u{1B}[0m")
    }

    public static func make(
        text: String, query: SearchQuery, skipScalars: Int = 0, words: Int = 28, marks: Marks = .brackets
    )
        -> String
    {
        let source = SourceText(text)
        let (exact, prefixes) = query.highlightTerms
        let normalizer = SearchTerms.normalizer
        var tokens: [Token] = []
        var matched: [Int] = []  // term id per token, -1 when none
        var exactIDs: [UInt64: Int] = [:]
        for term in exact { exactIDs[ByteHash.of(term)] = exactIDs.count }
        Tokenizer.forEachToken(in: source) { t in
            switch t.kind {
            case .arabic, .latin, .number:
                guard t.start >= skipScalars else { return }
                // Byte hashes, not Strings: this runs for every word of every hit.
                var hit = -1
                normalizer.withSearchTerm(of: t, in: source) { term in
                    if let id = exactIDs[ByteHash.of(term)] {
                        hit = id
                    } else if !prefixes.isEmpty {
                        let string = String(decoding: term, as: UTF8.self)
                        if let k = prefixes.firstIndex(where: { string.hasPrefix($0) }) { hit = exactIDs.count + k }
                    }
                }
                tokens.append(t)
                matched.append(hit)
            default: break
            }
        }
        guard !tokens.isEmpty else { return "" }
        // Best window: most distinct terms, then most matches, earliest.
        var best = 0
        var bestScore = (-1, -1)
        let n = tokens.count
        let window = min(words, n)
        var counts = [Int](repeating: 0, count: exactIDs.count + prefixes.count)
        var distinct = 0
        var hits = 0
        for i in 0..<n {
            if matched[i] >= 0 {
                if counts[matched[i]] == 0 { distinct += 1 }
                counts[matched[i]] += 1
                hits += 1
            }
            if i >= window {
                let j = i - window
                if matched[j] >= 0 {
                    counts[matched[j]] -= 1
                    if counts[matched[j]] == 0 { distinct -= 1 }
                    hits -= 1
                }
            }
            if i >= window - 1 {
                let score = (distinct, hits)
                if score > bestScore {
                    bestScore = score
                    best = i - window + 1
                }
            }
        }
        // Start the window a few words before the first match inside it, for context.
        if let firstHit = (best..<(best + window)).first(where: { matched[$0] >= 0 }) {
            best = max(0, min(best, firstHit - 4))
        }
        let last = min(n, best + window) - 1
        var out = best > 0 ? "…" : ""
        var cursor = tokens[best].byteStart
        for k in best...last {
            let t = tokens[k]
            out += source.slice(bytes: cursor..<t.byteStart)
            if matched[k] >= 0 {
                out += marks.open + t.text(in: source) + marks.close
            } else {
                out += t.text(in: source)
            }
            cursor = t.byteEnd
        }
        // Trailing punctuation up to the next word.
        if last + 1 < n {
            out += "…"
        } else {
            out += source.slice(bytes: cursor..<source.byteCount)
        }
        var cleaned = ""
        cleaned.reserveCapacity(out.utf8.count)
        var lastSpace = false
        for ch in out.unicodeScalars {
            if ch.properties.isWhitespace {
                if !lastSpace { cleaned.unicodeScalars.append(" ") }
                lastSpace = true
            } else {
                cleaned.unicodeScalars.append(ch)
                lastSpace = false
            }
        }
        return cleaned.trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
