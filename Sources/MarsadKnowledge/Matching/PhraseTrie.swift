/// A token trie: phrases as sequences of normalised token keys, each phrase carrying values.
/// Words are interned in a `Vocabulary` shared by the tries of one knowledge base, so a
/// document whose tokens carry ids matches with integer lookups only (`longestMatch(firstID:)`);
/// the String API serves callers without ids.
public struct PhraseTrie<Value: Sendable>: Sendable {
    public let vocabulary: Vocabulary
    /// (node << 32 | word id) → child node.
    @usableFromInline var edges = EdgeTable()
    @usableFromInline var values: [[Value]] = [[]]  // index = node; node 0 is the root
    /// A bit per word id: whether a phrase starts with the word. Most tokens of a text start
    /// no phrase; this answers them from a few kilobytes instead of a probe into the edge
    /// table, which for the event triggers is megabytes (a cache miss a token).
    @usableFromInline var firstWords = WordIDSet()
    /// The node after the first word, by word id (-1: none). The first step of every match,
    /// from a dense array instead of a probe into the edge table.
    @usableFromInline var rootChildren: [Int32] = []

    public init(vocabulary: Vocabulary = Vocabulary()) {
        self.vocabulary = vocabulary
    }

    public var isEmpty: Bool { edges.count == 0 }

    @inlinable @inline(__always) static func edge(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// Adds `value` for the phrase `words` (already normalised keys). Empty phrases are ignored.
    public mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty else { return }
        values[Int(node(for: words))].append(value)
    }

    /// Adds `value` for `words` only if the phrase has no value yet (a form written in a data
    /// file wins over one derived from another row). Returns whether it was added.
    @discardableResult
    public mutating func insertIfAbsent(_ words: [String], _ value: Value) -> Bool {
        guard !words.isEmpty else { return false }
        let node = Int(node(for: words))
        guard values[node].isEmpty else { return false }
        values[node].append(value)
        return true
    }

    /// Makes room for `phrases` more phrases of about one new node each (a bulk insert).
    public mutating func reserve(phrases: Int) {
        edges.reserve(edges.count + phrases)
        values.reserveCapacity(values.count + phrases)
    }

    /// The node of `words`, made with its path where missing.
    private mutating func node(for words: [String]) -> Int32 {
        var node: Int32 = 0
        for word in words {
            let id = vocabulary.intern(word)
            if node == 0 { firstWords.insert(id) }
            let edge = PhraseTrie.edge(node, id)
            if let next = edges[edge] {
                node = next
            } else {
                let next = Int32(values.count)
                values.append([])
                edges.set(edge, next)
                if node == 0 {
                    while rootChildren.count <= Int(id) { rootChildren.append(-1) }
                    rootChildren[Int(id)] = next
                }
                node = next
            }
        }
        return node
    }

    /// The values of exactly this phrase.
    public func values(for words: [String]) -> [Value] {
        var node: Int32 = 0
        for word in words {
            let id = vocabulary.id(of: word)
            guard id >= 0, let next = edges[PhraseTrie.edge(node, id)] else { return [] }
            node = next
        }
        return values[Int(node)]
    }

    public struct Match {
        /// Number of words matched.
        public var length: Int
        public var values: [Value]

        @inlinable init(length: Int, values: [Value]) {
            self.length = length
            self.values = values
        }
    }

    /// The longest phrase starting with word id `first` and continuing with `next(1)`,
    /// `next(2)`, … (nil past the end or at a boundary the phrase may not cross; -1 for a word
    /// the vocabulary does not know). Inlinable: specialised for the caller's value type and
    /// closure instead of a generic call per token.
    @inlinable
    public func longestMatch(firstID first: Int32, nextID next: (Int) -> Int32?) -> Match? {
        guard var node = rootChild(first) else { return nil }
        var best: Match? = values[Int(node)].isEmpty ? nil : Match(length: 1, values: values[Int(node)])
        var k = 1
        while let w = next(k), w >= 0, let child = edges[PhraseTrie.edge(node, w)] {
            node = child
            k += 1
            if !values[Int(node)].isEmpty { best = Match(length: k, values: values[Int(node)]) }
        }
        return best
    }

    /// Whether a phrase may start with word `first` followed by `next` (nil or -1: no word
    /// follows): `first` alone is a phrase, or a phrase continues with `next`. False means
    /// `longestMatch(firstID:nextID:)` finds nothing, whatever follows `next`: a cheap test
    /// before the walk, which most words that start some phrase fail.
    @inlinable
    public func mayMatch(firstID first: Int32, then next: Int32?) -> Bool {
        guard let node = rootChild(first) else { return false }
        if !values[Int(node)].isEmpty { return true }
        guard let next, next >= 0 else { return false }
        return edges[PhraseTrie.edge(node, next)] != nil
    }

    /// The String form of `longestMatch(firstID:nextID:)`.
    public func longestMatch(first: String, next word: (Int) -> String?) -> Match? {
        longestMatch(firstID: vocabulary.id(of: first)) { k in word(k).map { vocabulary.id(of: $0) } }
    }

    /// Whether some phrase starts with the words `first`, `second` (a prefix of a phrase, or
    /// a phrase). Two words, not a variadic list: an array allocated at each question.
    @inlinable
    public func hasPath(_ first: Int32, _ second: Int32) -> Bool {
        guard second >= 0, let node = rootChild(first) else { return false }
        return edges[PhraseTrie.edge(node, second)] != nil
    }

    /// Whether some phrase starts with `word`: a cheap test before trying clitic splits.
    public func hasPrefix(_ word: String) -> Bool { hasPrefix(id: vocabulary.id(of: word)) }

    /// The node after first word `id`, if a phrase starts with it.
    @inlinable @inline(__always) func rootChild(_ id: Int32) -> Int32? {
        guard hasPrefix(id: id), Int(id) < rootChildren.count else { return nil }
        let node = rootChildren[Int(id)]
        return node >= 0 ? node : nil
    }

    @inlinable @inline(__always) public func hasPrefix(id: Int32) -> Bool { firstWords.contains(id) }

    /// The ids of the words that start a phrase, in increasing order.
    public var firstWordIDs: [Int32] { firstWords.ids }
}
