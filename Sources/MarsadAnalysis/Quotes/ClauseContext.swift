import MarsadKnowledge
import MarsadText

/// Token-level views of a document shared by the quote and event stages: which entity mention
/// covers each token, the content sentences as token ranges, and small tests on punctuation and
/// function words. Built once per document in O(tokens); the stages then look only at integers
/// and at the keys of the few tokens around a cue or trigger.
struct ClauseContext {
    let doc: Document
    let kb: KnowledgeBase
    /// Per token: index into `doc.entityMentions` (name mentions win over titles), or -1.
    let mentionAt: [Int32]
    /// Content sentences (headline and body lines) as token ranges, in order.
    let sentences: [Range<Int>]
    /// Per token: index of its sentence in `sentences`, or -1 outside content.
    let sentenceOf: [Int32]
    /// Per token: index of its line in `doc.lines`, or -1.
    let lineOf: [Int32]
    /// Per token inside the title attached to a name (`المتحدث باسم الكرملين` before `ديمتري
    /// بيسكوف`): the index of that name's mention, or -1. The title's words name the holder,
    /// not the organisation they contain.
    let roleOwner: [Int32]

    init(doc: Document, kb: KnowledgeBase) {
        self.doc = doc
        self.kb = kb
        let n = doc.tokens.count
        var mentionAt = [Int32](repeating: -1, count: n)
        for (m, mention) in doc.entityMentions.enumerated() {
            for t in mention.tokens where t < n {
                if mentionAt[t] < 0 || (mention.kind == .name && doc.entityMentions[Int(mentionAt[t])].kind != .name) {
                    mentionAt[t] = Int32(m)
                }
            }
        }
        self.mentionAt = mentionAt
        var roleOwner = [Int32](repeating: -1, count: n)
        for (m, mention) in doc.entityMentions.enumerated() where mention.kind == .name {
            guard let role = mention.roleSpan else { continue }
            var t = mention.tokens.lowerBound - 1
            while t >= 0, doc.tokens[t].start >= role.lowerBound {
                if doc.tokens[t].end <= role.upperBound { roleOwner[t] = Int32(m) }
                t -= 1
            }
            t = mention.tokens.upperBound
            while t < n, doc.tokens[t].end <= role.upperBound {
                if doc.tokens[t].start >= role.lowerBound { roleOwner[t] = Int32(m) }
                t += 1
            }
        }
        self.roleOwner = roleOwner
        var lineOf = [Int32](repeating: -1, count: n)
        for (l, line) in doc.lines.enumerated() {
            for t in line.tokens { lineOf[t] = Int32(l) }
        }
        self.lineOf = lineOf
        var sentences: [Range<Int>] = []
        var sentenceOf = [Int32](repeating: -1, count: n)
        var t = 0
        for span in doc.record.sentences {
            while t < n && doc.tokens[t].start < span.start { t += 1 }
            var u = t
            while u < n && doc.tokens[u].end <= span.end { u += 1 }
            if u > t {
                for k in t..<u { sentenceOf[k] = Int32(sentences.count) }
                sentences.append(t..<u)
            }
            t = u
        }
        self.sentences = sentences
        self.sentenceOf = sentenceOf
    }

    // MARK: tokens

    /// The first scalar of token `i` (punctuation and quote tokens are one scalar).
    @inline(__always) func scalar(_ i: Int) -> UInt32 {
        let bytes = doc.text.bytes
        var k = doc.tokens[i].byteStart
        let b0 = UInt32(bytes[k])
        if b0 < 0x80 { return b0 }
        let count = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        var v = b0 & (count == 2 ? 0x1F : count == 3 ? 0x0F : 0x07)
        for _ in 1..<count {
            k += 1
            guard k < bytes.count else { break }
            v = v << 6 | UInt32(bytes[k] & 0x3F)
        }
        return v
    }

    func isKind(_ i: Int, _ kind: TokenKind) -> Bool { doc.tokens[i].kind == kind }

    /// A clause-internal comma or semicolon (، , ؛ ;).
    func isComma(_ i: Int) -> Bool {
        guard doc.tokens[i].kind == .punctuation else { return false }
        switch scalar(i) {
        case 0x2C, 0x060C, 0x061B, 0x3B: return true
        default: return false
        }
    }

    func isColon(_ i: Int) -> Bool { doc.tokens[i].kind == .punctuation && scalar(i) == 0x3A }

    /// A sentence-final mark (. ! ? ؟ …).
    func isStop(_ i: Int) -> Bool {
        guard doc.tokens[i].kind == .punctuation else { return false }
        switch scalar(i) {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4: return true
        default: return false
        }
    }

    /// A quotation mark that delimits quotations (“ ” « » " „ ‹ ›), not an apostrophe.
    func isQuoteMark(_ i: Int) -> Bool {
        guard doc.tokens[i].kind == .quote || doc.tokens[i].kind == .punctuation else { return false }
        switch scalar(i) {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: return true
        default: return false
        }
    }

    /// Punctuation a quotation's text is trimmed of at its ends.
    func isTrimmable(_ i: Int) -> Bool {
        let kind = doc.tokens[i].kind
        guard kind == .punctuation || kind == .quote else { return false }
        switch scalar(i) {
        case 0x28, 0x29, 0x5B, 0x5D: return false  // brackets belong to the text
        default: return true
        }
    }

    func key(_ i: Int) -> String { doc.keys[i] }

    /// Whether token `i`'s key is one of `words`, by the hash the document holds.
    @inline(__always) func keyIs(_ i: Int, _ words: WordSet) -> Bool {
        words.contains(doc.keys[i], hash: doc.keyHashes[i])
    }

    /// Whether token `i`'s key is `word`. Byte equality: keys are normalised, and String ==
    /// is Unicode-aware (slow for Arabic).
    @inline(__always) func keyIs(_ i: Int, _ word: String) -> Bool { ByteHash.equal(doc.keys[i], word) }

    /// Whether a title of the knowledge base (at most three words back) ends right before
    /// token `t` (مستشار بوتين، المتحدث باسم الكرملين).
    func titleEnds(before t: Int) -> Bool {
        for back in 1...3 where t - back >= 0 {
            if let hit = TrieScanner.match(kb.titles, in: doc, at: t - back, limit: t), hit.tokens.upperBound == t {
                return true
            }
        }
        return false
    }

    // MARK: mentions

    func mention(at i: Int) -> EntityMention? {
        let m = mentionAt[i]
        return m < 0 ? nil : doc.entityMentions[Int(m)]
    }

    /// Whether the mention's first word carries a preposition (لنظيره، بالصين، للصحفيين): an
    /// addressee or an object, not a subject.
    func isPrepositional(_ m: EntityMention) -> Bool {
        let t = firstToken(m)
        guard doc.tokens[t].kind == .arabic, doc.keyIDs[t] < 0 else { return false }
        let scalars = doc.keys[t].unicodeScalars
        guard let first = scalars.first else { return false }
        switch first.value {
        case 0x0628, 0x0644, 0x0643: return true  // ب ل ك
        case 0x0648, 0x0641:  // و ف then ب ل ك
            let second = scalars.dropFirst().first?.value ?? 0
            guard second == 0x0628 || second == 0x0644 || second == 0x0643 else { return false }
            // وبوتين is و + بوتين: a known stem under the و alone makes it a conjunction.
            let length = scalars.count
            for slot in (2 * t)..<(2 * t + 2) where doc.peelIDs[slot] >= 0 {
                if doc.vocabulary.word(doc.peelIDs[slot]).unicodeScalars.count == length - 1 { return false }
            }
            return true
        default: return false
        }
    }

    /// Whether a mention may speak or act (a person, organisation or state with a known id).
    func canAct(_ m: EntityMention) -> Bool {
        guard m.id != nil else { return false }
        switch m.type {
        case .person, .org, .gpe: return true
        default: return m.type == nil && m.kind == .title
        }
    }

    /// The id of a speaker: a capital standing for its government speaks as its country
    /// (بكين → China); organisations keep their own id (الكرملين).
    func speakerID(_ m: EntityMention) -> String? {
        if m.isMetonym, m.type == .gpe, let c = m.country, let country = kb.country(c) { return country.id }
        return m.id
    }

    /// The id of an event actor: metonyms act as their country (الكرملين، بكين → the state).
    func actorID(_ m: EntityMention) -> String? {
        if m.isMetonym, let c = m.country, let country = kb.country(c) { return country.id }
        return m.id
    }

    /// The first token of a mention with the title before it (`لنظيره الروسي سيرغي لافروف`).
    func firstToken(_ m: EntityMention) -> Int {
        var t = m.tokens.lowerBound
        guard let role = m.roleSpan, role.lowerBound < doc.tokens[t].start else { return t }
        while t > 0, doc.tokens[t - 1].start >= role.lowerBound { t -= 1 }
        return t
    }

    /// The last token of a mention with a title after it (`X، مساعد الكرملين`).
    func endToken(_ m: EntityMention) -> Int {
        var t = m.tokens.upperBound
        guard let role = m.roleSpan, role.upperBound > doc.tokens[t - 1].end else { return t }
        while t < doc.tokens.count, doc.tokens[t].end <= role.upperBound { t += 1 }
        return t
    }

    /// The mention starting at token `i` (or covering it), its index, when it may act. A token
    /// of a title attached to a name gives that name's mention.
    func actingMention(at i: Int) -> (index: Int, mention: EntityMention)? {
        let m = roleOwner[i] >= 0 ? roleOwner[i] : mentionAt[i]
        guard m >= 0 else { return nil }
        let mention = doc.entityMentions[Int(m)]
        guard canAct(mention) else { return nil }
        return (Int(m), mention)
    }
}
