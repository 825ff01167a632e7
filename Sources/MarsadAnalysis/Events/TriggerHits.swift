import MarsadKnowledge
import MarsadText

/// A trigger found in a sentence.
struct TriggerHit {
    /// The first token of the trigger (the verb or noun).
    var head: Int
    /// One past the last token of the trigger phrase, gaps included.
    var end: Int
    var trigger: EventTrigger
    /// Words between the head and the rest of the phrase (the subject in فرضت واشنطن عقوبات;
    /// a written gap in أرسل … قوات إلى), if any.
    var gap: Range<Int>?
    /// The head carries the preposition ل (لتعزيز العلاقات): a purpose, not an act.
    var purpose = false
    /// The head carries the preposition ب (بدعم أمريكي، بمساعدة من): the act of another.
    var instrument = false
    /// The head carries the conjunction و or ف (وأشاد، فرفض).
    var conjoined = false
    /// A second adjective of the phrase before (دعما دبلوماسيا وماليا: ماليا): the same actors.
    var coordinated = false

    var isVerb: Bool { trigger.pos == "verb" || trigger.pos == "phrase" }
}

extension EventPass {
    /// The triggers of a sentence, left to right, each the longest phrase at its place. A verb
    /// phrase may have its subject (and time words) between the verb and the rest (وتهرب
    /// أوشاكوف من التعليق); a written gap (…) takes up to `maxGap` words of the clause.
    func triggerHits(in sentence: Range<Int>) -> [TriggerHit] {
        let trie = c.kb.lexicons.eventTriggers
        let doc = c.doc
        var hits: [TriggerHit] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            // Only a token that may start a trigger phrase (an integer test on its ids).
            let key = doc.keyIDs[i]
            let peel0 = doc.peelIDs[2 * i]
            let peel1 = doc.peelIDs[2 * i + 1]
            guard trie.hasPrefix(id: key) || trie.hasPrefix(id: peel0) || trie.hasPrefix(id: peel1) else {
                i += 1
                continue
            }
            // Not inside a name (بيان in a name, the EVENT entity الهجوم الروسي).
            if c.mentionAt[i] >= 0 && doc.entityMentions[Int(c.mentionAt[i])].kind == .name {
                i += 1
                continue
            }
            let plain = TrieScanner.match(trie, in: doc, at: i, limit: sentence.upperBound)
            var best = plain.map { TriggerHit(head: i, end: $0.tokens.upperBound, trigger: $0.values[0]) }
            var bestWords = plain?.tokens.count ?? 0
            var bestPeeled = plain?.peeled ?? false
            // The key, then its stems (no array literal: one would be allocated per token).
            for n in 0..<3 {
                let head = n == 0 ? key : n == 1 ? peel0 : peel1
                let peeled = n > 0
                guard trie.hasPrefix(id: head) else { continue }
                if let g = gapped(head, at: i, in: sentence), g.words > bestWords {
                    best = g.hit
                    bestWords = g.words
                    bestPeeled = peeled
                }
            }
            guard var hit = best else {
                i += 1
                continue
            }
            if hit.trigger.pos == "evaluation" {
                guard let trigger = evaluation(at: i, in: sentence) else {
                    i += 1
                    continue
                }
                hit.trigger = trigger
            }
            if bestPeeled, let first = doc.keys[i].unicodeScalars.first {
                hit.conjoined = first == "\u{0648}" || first == "\u{0641}"
                let scalars = doc.keys[i].unicodeScalars
                let second = scalars.dropFirst().first
                hit.purpose = first == "\u{0644}" || hit.conjoined && second == "\u{0644}"
                hit.instrument = first == "\u{0628}" || hit.conjoined && second == "\u{0628}"
            }
            hits.append(hit)
            i = hit.end
            if let second = coordinated(after: hit, headID: headIDs(hit.head), in: sentence) {
                hits.append(second)
                i = second.end
            }
        }
        return hits
    }

    /// دعما دبلوماسيا وماليا: the phrase again with its last word replaced by the adjective
    /// joined to it by و, when that makes a trigger too.
    func coordinated(after hit: TriggerHit, headID: [(Int32, Bool)], in sentence: Range<Int>) -> TriggerHit? {
        let doc = c.doc
        let n = hit.end - hit.head
        let j = hit.end
        guard hit.gap == nil, !hit.isVerb, n >= 2, j < sentence.upperBound, KeyBytes.hasPrefix(doc.keys[j], "\u{0648}"),
            TrieScanner.adjacent(doc, j - 1, j), doc.peelIDs[2 * j] >= 0
        else { return nil }
        let trie = c.kb.lexicons.eventTriggers
        let adjective = doc.peelIDs[2 * j]
        for (head, _) in headID {
            if let m = trie.longestMatch(
                firstID: head,
                nextID: { k in k < n - 1 ? doc.keyIDs[hit.head + k] : k == n - 1 ? adjective : nil }), m.length == n
            {
                var second = TriggerHit(head: j, end: j + 1, trigger: m.values[0])
                second.coordinated = true
                return second
            }
        }
        return nil
    }

    /// The ids the token at `i` may start a phrase with: its key, then its stems under و/ف/ب/ل.
    func headIDs(_ i: Int) -> [(Int32, Bool)] {
        var out: [(Int32, Bool)] = []
        if c.doc.keyIDs[i] >= 0 { out.append((c.doc.keyIDs[i], false)) }
        for slot in (2 * i)..<(2 * i + 2) where c.doc.peelIDs[slot] >= 0 { out.append((c.doc.peelIDs[slot], true)) }
        return out
    }

    static let maxGap = 6

    /// A phrase whose words after the head are separated from it by a subject or a written gap.
    func gapped(_ head: Int32, at i: Int, in sentence: Range<Int>) -> (hit: TriggerHit, words: Int)? {
        let trie = c.kb.lexicons.eventTriggers
        let doc = c.doc
        let end = sentence.upperBound
        var best: (hit: TriggerHit, words: Int)?
        // A written gap: any words of the clause, but no other trigger.
        if gapID >= 0, trie.hasPath(head, gapID) {
            var after = i + 2
            while after - i - 1 <= EventPass.maxGap, after < end {
                let t = after - 1
                if c.isStop(t) || c.isComma(t) || c.isQuoteMark(t) { break }
                if TrieScanner.match(trie, in: doc, at: t, limit: end) != nil { break }
                let start = after
                if let m = trie.longestMatch(
                    firstID: head,
                    nextID: { k in k == 1 ? gapID : TrieScanner.nextID(doc, start + k - 2, end) }), m.length > 2
                {
                    let words = m.length - 1
                    if words > (best?.words ?? 0) {
                        best = (
                            TriggerHit(head: i, end: start + m.length - 2, trigger: m.values[0], gap: (i + 1)..<start),
                            words
                        )
                    }
                }
                after += 1
            }
        }
        // The subject between a verb and the rest of its phrase.
        guard best == nil, c.kb.lexicons.phraseVerbHeads.contains(head) else { return best }
        var t = i + 1
        while t < end, inTime(t) || grammar.isA(t, .adverb) { t += 1 }
        // Cheap test first: a name, a title or a grammatical word (a collective) must stand here.
        guard t < end, c.mentionAt[t] >= 0 || c.roleOwner[t] >= 0 || grammar.mask(t) != 0 else { return nil }
        guard let group = group(at: t, limit: end), !group.prepositional else { return nil }
        var u = group.span.upperBound
        while u < end, inTime(u) || grammar.isA(u, .adverb) { u += 1 }
        guard u < end, u > i + 1,
            let m = trie.longestMatch(firstID: head, nextID: { k in TrieScanner.nextID(doc, u + k - 1, end) }),
            m.length >= 2, m.values[0].pos == "verb" || m.values[0].pos == "phrase"
        else { return nil }
        return (TriggerHit(head: i, end: u + m.length - 1, trigger: m.values[0], gap: (i + 1)..<u), m.length)
    }

}
