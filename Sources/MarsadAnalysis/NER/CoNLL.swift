import MarsadKnowledge
import MarsadText

/// A sentence of a CoNLL token file: its tokens and their BIO tags.
public struct CoNLLSentence: Sendable, Equatable {
    public var tokens: [String]
    public var tags: [String]
    /// Line number (1-based) of the first token in the file.
    public var line: Int

    public init(tokens: [String], tags: [String], line: Int = 0) {
        self.tokens = tokens
        self.tags = tags
        self.line = line
    }

    /// The tokens joined by single spaces, with each token's scalar range in that text.
    public var text: (text: String, ranges: [Range<Int>]) {
        var s = ""
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(tokens.count)
        var offset = 0
        for (i, t) in tokens.enumerated() {
            if i > 0 {
                s += " "
                offset += 1
            }
            let n = t.unicodeScalars.count
            s += t
            ranges.append(offset..<(offset + n))
            offset += n
        }
        return (s, ranges)
    }
}

/// An entity span over tokens, end exclusive, with a CoNLL type (`PERS`, `LOC`, `ORG`, `MISC`).
public struct NERSpan: Sendable, Hashable, Comparable {
    public var type: String
    public var start: Int
    public var end: Int

    public init(type: String, start: Int, end: Int) {
        self.type = type
        self.start = start
        self.end = end
    }

    public static func < (a: NERSpan, b: NERSpan) -> Bool { (a.start, a.end, a.type) < (b.start, b.end, b.type) }
}

/// Reading CoNLL files and scoring entity spans the CoNLL way (conlleval): a predicted entity
/// is right only with exactly the gold's token boundaries and type.
public enum CoNLL {
    /// A line that is neither blank nor `token TAG`.
    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var text: String
    }

    /// Parses `token TAG` lines (space or tab separated; the first field is the token, the last
    /// the tag), blank lines between sentences. Lines with one field are kept as `O` tokens and
    /// reported in `problems`.
    public static func read(_ text: String) -> (sentences: [CoNLLSentence], problems: [Problem]) {
        var sentences: [CoNLLSentence] = []
        var problems: [Problem] = []
        var current = CoNLLSentence(tokens: [], tags: [])
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty {
                if !current.tokens.isEmpty { sentences.append(current) }
                current = CoNLLSentence(tokens: [], tags: [])
                continue
            }
            if current.tokens.isEmpty { current.line = lineNumber }
            if fields.count == 1 {
                problems.append(Problem(line: lineNumber, text: String(line)))
                current.tokens.append(String(fields[0]))
                current.tags.append("O")
                continue
            }
            current.tokens.append(String(fields[0]))
            current.tags.append(String(fields[fields.count - 1]))
        }
        if !current.tokens.isEmpty { sentences.append(current) }
        return (sentences, problems)
    }

    /// The type of a tag's entity, normalised: `PER` → `PERS`, `MIS0`…`MIS3`, `MIS1` → `MISC`.
    public static func normalizedType(_ type: Substring) -> String {
        switch type {
        case "PER", "PERS", "PERSON": "PERS"
        case "LOC", "GPE": "LOC"
        case "ORG": "ORG"
        default: type.hasPrefix("MIS") ? "MISC" : String(type)
        }
    }

    /// Entity spans of a BIO tag sequence, as conlleval reads them: `B-X` starts an entity, `I-X`
    /// continues one of type X (and starts one after `O` or another type).
    public static func spans(_ tags: [String]) -> [NERSpan] {
        var spans: [NERSpan] = []
        var open: NERSpan?
        for (i, tag) in tags.enumerated() {
            let (prefix, type) = split(tag)
            if prefix == "O" || type == nil {
                if let o = open { spans.append(o) }
                open = nil
                continue
            }
            let t = normalizedType(type!)
            if prefix == "I", var o = open, o.type == t {
                o.end = i + 1
                open = o
            } else {
                if let o = open { spans.append(o) }
                open = NERSpan(type: t, start: i, end: i + 1)
            }
        }
        if let o = open { spans.append(o) }
        return spans
    }

    static func split(_ tag: String) -> (Substring, Substring?) {
        guard let dash = tag.firstIndex(of: "-") else {
            return (tag[...] == "O" ? "O" : "B", tag == "O" ? nil : tag[...])
        }
        return (tag[..<dash], tag[tag.index(after: dash)...])
    }

    /// Our entity types as CoNLL types: PERSON → PERS, GPE and LOC → LOC, ORG → ORG, EVENT → MISC.
    public static func conllType(_ type: String) -> String {
        switch type {
        case "PERSON": "PERS"
        case "GPE", "LOC": "LOC"
        case "ORG": "ORG"
        default: "MISC"
        }
    }

    /// Entity mentions of an analysis record as token spans of a CoNLL sentence whose tokens
    /// have the scalar `ranges` in the text: each mention covers the tokens it overlaps.
    public static func spans(of entities: [EntityRecord], tokenRanges ranges: [Range<Int>]) -> [NERSpan] {
        var out = Set<NERSpan>()
        for e in entities {
            let type = conllType(e.type)
            for m in e.mentions {
                guard let first = ranges.firstIndex(where: { $0.upperBound > m.start }),
                    let last = ranges.lastIndex(where: { $0.lowerBound < m.end }), first <= last
                else { continue }
                out.insert(NERSpan(type: type, start: first, end: last + 1))
            }
        }
        return out.sorted()
    }
}

/// Entity-level precision, recall and F1 per type and overall (CoNLL exact match).
public struct NERScore: Sendable, Equatable {
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0
        public var predicted = 0
        public var gold = 0
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var types: [String: Counts] = [:]
    public var overall = Counts()
    public var sentences = 0

    public init() {}

    /// Adds one sentence's gold and predicted spans.
    public mutating func add(gold: [NERSpan], predicted: [NERSpan]) {
        sentences += 1
        let g = Set(gold)
        let p = Set(predicted)
        for s in g {
            types[s.type, default: Counts()].gold += 1
            overall.gold += 1
        }
        for s in p {
            types[s.type, default: Counts()].predicted += 1
            overall.predicted += 1
            if g.contains(s) {
                types[s.type, default: Counts()].truePositives += 1
                overall.truePositives += 1
            }
        }
    }
}

/// Runs the entity recogniser on CoNLL sentences. A CoNLL file is running news text cut into
/// sentences, so each sentence is read as the end of a document made of the `context`
/// sentences before it (a bare surname is known only after the full name it shortens); only
/// the last sentence's entities are scored. `context: 0` reads each sentence alone.
public struct NERRunner: Sendable {
    let stage: EntityStage
    let context: Int

    public init(knowledge: KnowledgeBase = .embedded, context: Int = 0) {
        stage = EntityStage(knowledge: knowledge)
        self.context = max(0, context)
    }

    /// The predicted CoNLL spans of one sentence, read alone.
    public func predict(_ sentence: CoNLLSentence) -> [NERSpan] {
        predict(sentence, after: [])
    }

    /// The predicted CoNLL spans of `sentences[index]`, read after up to `context` sentences.
    public func predict(_ sentences: [CoNLLSentence], at index: Int) -> [NERSpan] {
        let first = max(0, index - context)
        return predict(sentences[index], after: sentences[first..<index])
    }

    func predict(_ sentence: CoNLLSentence, after before: ArraySlice<CoNLLSentence>) -> [NERSpan] {
        var text = ""
        var offset = 0
        for s in before {
            let t = s.text.text
            text += t + "\n"
            offset += t.unicodeScalars.count + 1
        }
        let (own, ranges) = sentence.text
        text += own
        var doc = Document(source: "conll:\(sentence.line)", text: SourceText(text))
        stage.run(&doc)
        let shifted = ranges.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        var entities = doc.record.entities
        for i in entities.indices { entities[i].mentions.removeAll { $0.end <= offset } }
        return CoNLL.spans(of: entities, tokenRanges: shifted)
    }
}
