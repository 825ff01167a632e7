import MarsadKnowledge
import MarsadText

/// One article under analysis: the source text (never rewritten), its tokens and lines, and the
/// annotations the stages add. Like spaCy's `Doc`: one source of truth, stages add views. A class:
/// stages and their closures share it without copying its arrays; one thread owns it at a time.
public final class Document: @unchecked Sendable {
    public let source: String
    public let meta: [String: String]
    public let text: SourceText
    /// Whether the text starts with a title given by the input (`title + "\n\n" + body`).
    public let hasTitle: Bool
    public let tokens: [Token]
    /// Per token: the normalised matching key of a word or number token; "" for other tokens.
    public let keys: [String]
    /// Per token: the id of its key in the knowledge vocabulary, or -1 (unknown or not a word).
    public let keyIDs: [Int32]
    /// Per token: the `ByteHash` of its key (0 for a token without a key), for byte-keyed tables.
    public let keyHashes: [UInt64]
    /// Per token, two slots (2i, 2i+1): ids of the stems under its proclitics (وبكين → بكين,
    /// للصين → الصين) that the vocabulary knows, or -1.
    public let peelIDs: [Int32]
    /// The vocabulary `keyIDs` refer to.
    public let vocabulary: MarsadKnowledge.Vocabulary
    /// Non-empty lines, trimmed, in order.
    public let lines: [Line]

    /// What the cleaner decided for each line (parallel to `lines`).
    public var lineRoles: [LineRole]
    /// Time expressions found (resolved once the publication date is known).
    public var timeMentions: [TimeMention] = []
    /// The date relative expressions resolve against: the publication date, else nil.
    public var anchor: CivilDate?
    /// The record being filled.
    public var record: AnalysisRecord
    /// Every reference to an entity the entity stage found, in text order: name mentions (with
    /// the title attached to them, if any) and title-only references resolved to a holder
    /// (`EntityMention.Kind.title`, not mentions in the record). For the quote and event stages.
    public var entityMentions: [EntityMention] = []

    public struct Line: Sendable, Equatable {
        /// Scalar range of the trimmed line.
        public var range: Range<Int>
        /// Indices of the line's tokens in `tokens`.
        public var tokens: Range<Int>
    }

    public init(
        source: String, text: SourceText, meta: [String: String] = [:], hasTitle: Bool = false,
        vocabulary: MarsadKnowledge.Vocabulary = KnowledgeBase.embedded.vocabulary
    ) {
        self.source = source
        self.meta = meta
        self.text = text
        self.hasTitle = hasTitle
        let tokens = Tokenizer.tokenize(text)
        self.tokens = tokens
        var keys: [String] = []
        keys.reserveCapacity(tokens.count)
        var buffer: [UInt8] = []
        for token in tokens {
            switch token.kind {
            case .arabic, .latin, .number:
                PhraseKeys.normalizer.key(of: token, in: text, into: &buffer)
                keys.append(String(decoding: buffer, as: UTF8.self))
            default:
                keys.append("")
            }
        }
        self.keys = keys
        self.vocabulary = vocabulary
        var keyIDs = [Int32](repeating: -1, count: tokens.count)
        var keyHashes = [UInt64](repeating: 0, count: tokens.count)
        var peelIDs = [Int32](repeating: -1, count: tokens.count * 2)
        for (i, key) in keys.enumerated() where !key.isEmpty {
            let hash = ByteHash.of(key)
            keyHashes[i] = hash
            keyIDs[i] = vocabulary.id(of: key, hash: hash)
            guard tokens[i].kind == .arabic, TrieScanner.mayCarryProclitic(key) else { continue }
            var slot = 2 * i
            for stem in ProcliticPeel.peeled(key) where slot < 2 * i + 2 {
                let id = vocabulary.id(of: stem.key)
                if id >= 0 {
                    peelIDs[slot] = id
                    slot += 1
                }
            }
        }
        self.keyIDs = keyIDs
        self.keyHashes = keyHashes
        self.peelIDs = peelIDs
        var lines: [Line] = []
        var t = 0
        for range in Paragraphs.lines(in: text) {
            while t < tokens.count && tokens[t].start < range.lowerBound { t += 1 }
            var u = t
            while u < tokens.count && tokens[u].end <= range.upperBound { u += 1 }
            lines.append(Line(range: range, tokens: t..<u))
            t = u
        }
        self.lines = lines
        self.lineRoles = Array(repeating: .body, count: lines.count)
        record = AnalysisRecord(
            doc: DocInfo(id: SHA256.hex(text.bytes), source: source, length: text.scalarCount, meta: meta))
    }

    /// The text of a scalar range.
    public func slice(_ range: Range<Int>) -> String { text.slice(range) }

    /// A span with its text.
    public func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(text: text.slice(range), start: range.lowerBound, end: range.upperBound)
    }

    /// The text of token `i`.
    public func tokenText(_ i: Int) -> String { tokens[i].text(in: text) }

    /// The tokens that overlap a scalar range (binary search; empty when none do).
    public func tokenRange(covering scalars: Range<Int>) -> Range<Int> {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= scalars.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < tokens.count && tokens[end].start < scalars.upperBound { end += 1 }
        return lo..<end
    }

    /// Index of the line holding scalar offset `offset`, if any.
    public func lineIndex(containing offset: Int) -> Int? {
        var lo = 0
        var hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].range.upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < lines.count && lines[lo].range.contains(offset) ? lo : nil
    }
}

/// What a line of the article is.
public enum LineRole: Sendable, Equatable {
    case body
    case headline
    case boilerplate(reason: String)
    /// A repeat of line `of` (exact or ≥ 90% similar).
    case duplicate(of: Int)

    public var isContent: Bool {
        switch self {
        case .body, .headline: true
        default: false
        }
    }
}
