import MarsadKnowledge
import MarsadText

/// A knowledge phrase found in a document: whole tokens (a proclitic attached to the first word
/// stays inside the mention, as the gold's mention convention has it: `وبوتين`).
struct PhraseHit<Value> {
    /// Token index range.
    var tokens: Range<Int>
    var values: [Value]
    /// Whether a clitic had to be peeled from the first token to match.
    var peeled: Bool
}

/// Matches a `PhraseTrie` against a document's token keys, longest first, peeling proclitics
/// from the first token only when the rest is a known phrase (so بكين stays whole while وبكين
/// and لبكين match بكين).
enum TrieScanner {
    /// The longest phrase starting at token `i`, within `limit`. Inlined up to the test of the
    /// token's ids against the phrases' first words, which most tokens fail: a call per token
    /// and trie was a large part of the quote and event stages.
    @inline(__always)
    static func match<V>(_ trie: PhraseTrie<V>, in doc: Document, at i: Int, limit: Int? = nil, peel: Bool = true)
        -> PhraseHit<V>?
    {
        if trie.vocabulary === doc.vocabulary {
            guard
                trie.hasPrefix(id: doc.keyIDs[i])
                    || peel && (trie.hasPrefix(id: doc.peelIDs[2 * i]) || trie.hasPrefix(id: doc.peelIDs[2 * i + 1]))
            else { return nil }
        }
        return longest(trie, in: doc, at: i, limit: limit, peel: peel)
    }

    /// `match` past its first test.
    static func longest<V>(_ trie: PhraseTrie<V>, in doc: Document, at i: Int, limit: Int?, peel: Bool)
        -> PhraseHit<V>?
    {
        guard !doc.keys[i].isEmpty else { return nil }
        let end = limit ?? doc.tokens.count
        // Integer walk when the document's ids come from the trie's vocabulary.
        if trie.vocabulary === doc.vocabulary {
            // Closure literals stay non-escaping: the document is borrowed, not copied.
            var best: PhraseHit<V>?
            let first = doc.keyIDs[i]
            if trie.hasPrefix(id: first),
                let m = trie.longestMatch(firstID: first, nextID: { k in nextID(doc, i + k, end) })
            {
                best = PhraseHit(tokens: i..<(i + m.length), values: m.values, peeled: false)
            }
            guard peel else { return best }
            for slot in (2 * i)..<(2 * i + 2) {
                let stem = doc.peelIDs[slot]
                guard stem >= 0, trie.hasPrefix(id: stem),
                    let m = trie.longestMatch(firstID: stem, nextID: { k in nextID(doc, i + k, end) })
                else { continue }
                if m.length > (best?.tokens.count ?? 0) {
                    best = PhraseHit(tokens: i..<(i + m.length), values: m.values, peeled: true)
                }
            }
            return best
        }
        let key = doc.keys[i]
        let next: (Int) -> String? = { k in
            let j = i + k
            guard j < end, !doc.keys[j].isEmpty, adjacent(doc, j - 1, j) else { return nil }
            return doc.keys[j]
        }
        var best: PhraseHit<V>?
        if trie.hasPrefix(key), let m = trie.longestMatch(first: key, next: next) {
            best = PhraseHit(tokens: i..<(i + m.length), values: m.values, peeled: false)
        }
        guard peel, doc.tokens[i].kind == .arabic, mayCarryProclitic(key) else { return best }
        for stem in ProcliticPeel.stems(of: key) {
            guard trie.hasPrefix(stem), let m = trie.longestMatch(first: stem, next: next) else { continue }
            if m.length > (best?.tokens.count ?? 0) {
                best = PhraseHit(tokens: i..<(i + m.length), values: m.values, peeled: true)
            }
        }
        return best
    }

    /// The id of token `j` if a phrase may continue onto it (a word, spaces only before it).
    @inline(__always) static func nextID(_ doc: borrowing Document, _ j: Int, _ end: Int) -> Int32? {
        guard j < end, doc.keyIDs[j] >= 0 || !doc.keys[j].isEmpty, adjacent(doc, j - 1, j) else { return nil }
        return doc.keyIDs[j]
    }

    /// Every non-overlapping longest match, left to right, in `range` of tokens.
    static func scan<V>(_ trie: PhraseTrie<V>, in doc: Document, tokens range: Range<Int>? = nil, peel: Bool = true)
        -> [PhraseHit<V>]
    {
        let range = range ?? 0..<doc.tokens.count
        var hits: [PhraseHit<V>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let hit = match(trie, in: doc, at: i, limit: range.upperBound, peel: peel) {
                hits.append(hit)
                i = hit.tokens.upperBound
            } else {
                i += 1
            }
        }
        return hits
    }

    /// Tokens `a` and `b` are separated by spaces only (no punctuation, no line break).
    static func adjacent(_ doc: Document, _ a: Int, _ b: Int) -> Bool {
        adjacent(doc.tokens, doc.text.bytes, a, b)
    }

    /// `adjacent(_:_:_:)` on a document's tokens and text bytes.
    @inline(__always) static func adjacent(_ tokens: [Token], _ bytes: [UInt8], _ a: Int, _ b: Int) -> Bool {
        let gapStart = tokens[a].byteEnd
        let gapEnd = tokens[b].byteStart
        if gapEnd - gapStart > 8 { return false }
        var k = gapStart
        while k < gapEnd {
            let byte = bytes[k]
            if byte == 0x0A || byte == 0x0D { return false }
            k += 1
        }
        return true
    }

    /// First letters a proclitic can start with: و ف ب ل ك س (and the word has more than two
    /// letters). Read from the UTF-8 bytes: every token asks.
    static func mayCarryProclitic(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { mayCarryProclitic(bytes: $0) }
    }

    /// `mayCarryProclitic(_:)` of a key's UTF-8 bytes.
    @inline(__always) static func mayCarryProclitic(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Arabic letters are two bytes: more than two letters is more than four bytes.
        guard b.count > 4 else { return false }
        switch (b[0], b[1]) {
        case (0xD9, 0x88), (0xD9, 0x81), (0xD8, 0xA8), (0xD9, 0x84), (0xD9, 0x83), (0xD8, 0xB3): return true
        default: return false
        }
    }
}
