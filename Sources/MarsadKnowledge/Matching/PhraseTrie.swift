/// A token trie: phrases as sequences of normalised token keys, each phrase carrying values.
/// Matching walks the document's token keys, so a multi-word name costs one hash per token.
public struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Edge: Hashable, Sendable {
        var node: Int32
        var word: String
    }

    private var edges: [Edge: Int32] = [:]
    private var values: [[Value]] = [[]]  // index = node; node 0 is the root

    public init() {}

    public var isEmpty: Bool { edges.isEmpty }

    /// Adds `value` for the phrase `words` (already normalised keys). Empty phrases are ignored.
    public mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty else { return }
        var node: Int32 = 0
        for word in words {
            let edge = Edge(node: node, word: word)
            if let next = edges[edge] {
                node = next
            } else {
                let next = Int32(values.count)
                values.append([])
                edges[edge] = next
                node = next
            }
        }
        values[Int(node)].append(value)
    }

    /// The values of exactly this phrase.
    public func values(for words: [String]) -> [Value] {
        var node: Int32 = 0
        for word in words {
            guard let next = edges[Edge(node: node, word: word)] else { return [] }
            node = next
        }
        return values[Int(node)]
    }

    public struct Match {
        /// Number of words matched.
        public var length: Int
        public var values: [Value]
    }

    /// The longest phrase starting with `first` and continuing with `word(1)`, `word(2)`, …
    /// (`word(k)` returns nil past the end or at a boundary the phrase may not cross).
    public func longestMatch(first: String, next word: (Int) -> String?) -> Match? {
        guard var node = edges[Edge(node: 0, word: first)] else { return nil }
        var best: Match? = values[Int(node)].isEmpty ? nil : Match(length: 1, values: values[Int(node)])
        var k = 1
        while let w = word(k), let child = edges[Edge(node: node, word: w)] {
            node = child
            k += 1
            if !values[Int(node)].isEmpty { best = Match(length: k, values: values[Int(node)]) }
        }
        return best
    }

    /// Whether some phrase starts with `word`: a cheap test before trying clitic splits.
    public func hasPrefix(_ word: String) -> Bool { edges[Edge(node: 0, word: word)] != nil }
}
