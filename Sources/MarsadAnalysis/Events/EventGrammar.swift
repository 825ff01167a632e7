import MarsadKnowledge
import MarsadText

/// The grammatical words the event coder reads a clause with (`event_words.tsv`), looked up
/// with proclitic peeling (وفي → في، ولم → لم) at most once per token: the longest phrase
/// starting there, as a bit set of its classes and its length.
struct EventGrammar {
    enum Word: String, CaseIterable {
        case negation, future, conditional, adverb, background, anaphor, occasion, locative, prospective
        case fear, members, positive, negative, collective, agent, relative, passive
        case agentMarker = "agent_marker"
        case sinceThen = "since_then"
        case clauseBreak = "clause_break"
        case objectPreposition = "object_preposition"
        case actionGovernor = "action_governor"
        case speakerPronoun = "speaker_pronoun"
        case dualLeaders = "dual_leaders"
        case dualStates = "dual_states"
        case collectiveAdjective = "collective_adjective"
        case leaderRole = "leader_role"

        /// The class's bit: its position among the cases. A table, not `allCases.firstIndex`
        /// (an array and a search at every question, and the grammar is asked at every token
        /// near a trigger).
        @inline(__always) var bit: UInt32 { Word.bitTable[self.ordinal] }

        private var ordinal: Int {
            switch self {
            case .negation: 0
            case .future: 1
            case .conditional: 2
            case .adverb: 3
            case .background: 4
            case .anaphor: 5
            case .occasion: 6
            case .locative: 7
            case .prospective: 8
            case .fear: 9
            case .members: 10
            case .positive: 11
            case .negative: 12
            case .collective: 13
            case .agent: 14
            case .relative: 15
            case .passive: 16
            case .agentMarker: 17
            case .sinceThen: 18
            case .clauseBreak: 19
            case .objectPreposition: 20
            case .actionGovernor: 21
            case .speakerPronoun: 22
            case .dualLeaders: 23
            case .dualStates: 24
            case .collectiveAdjective: 25
            case .leaderRole: 26
            }
        }

        private static let bitTable: [UInt32] = (0..<32).map { 1 << UInt32($0) }

        static let bits: [String: UInt32] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0.bit) })
    }

    let doc: Document
    let trie: PhraseTrie<EventWord>
    /// Per token, filled on first look: the classes of the longest phrase starting there and
    /// its length. Only tokens near a trigger are ever looked at.
    /// One document's, on one thread: no exclusivity checks (a runtime call at every access).
    final class Table {
        @exclusivity(unchecked) var masks: [UInt32]
        @exclusivity(unchecked) var lengths: [UInt8]
        @exclusivity(unchecked) var known: [Bool]
        /// Tokens found not to start a dual title (وزيرا الخارجية …): most tokens, asked often.
        @exclusivity(unchecked) var notDualTitle: [Bool]

        init(count: Int) {
            masks = [UInt32](repeating: 0, count: count)
            lengths = [UInt8](repeating: 0, count: count)
            known = [Bool](repeating: false, count: count)
            notDualTitle = [Bool](repeating: false, count: count)
        }
    }
    let table: Table

    init(doc: Document, kb: KnowledgeBase) {
        self.doc = doc
        trie = kb.lexicons.eventWords
        table = Table(count: doc.tokens.count)
    }

    /// The classes of the longest phrase starting at token `t` (0 for none).
    @inline(__always) func mask(_ t: Int) -> UInt32 {
        guard t >= 0, t < table.known.count else { return 0 }
        if table.known[t] { return table.masks[t] }
        table.known[t] = true
        // `match` first tests the token's ids against the phrases' first words.
        guard let h = TrieScanner.match(trie, in: doc, at: t) else { return 0 }
        var mask: UInt32 = 0
        for v in h.values { mask |= Word.bits[v.wordClass] ?? 0 }
        table.masks[t] = mask
        table.lengths[t] = UInt8(min(h.tokens.count, 255))
        return mask
    }

    /// The longest grammatical phrase starting at token `t`, with its values (for the rare
    /// questions about a collective's actor or an evaluation's event).
    func hit(_ t: Int, limit: Int? = nil) -> PhraseHit<EventWord>? {
        guard mask(t) != 0 else { return nil }
        return TrieScanner.match(trie, in: doc, at: t, limit: limit)
    }

    /// Whether a phrase of class `word` starts at token `t` (ending by `limit`); its length.
    func length(_ t: Int, _ word: Word, limit: Int? = nil) -> Int? {
        guard mask(t) & word.bit != 0 else { return nil }
        let n = Int(table.lengths[t])
        if let limit, t + n > limit { return nil }
        return n
    }

    @inline(__always) func isA(_ t: Int, _ word: Word) -> Bool { mask(t) & word.bit != 0 }

    /// The actor column of a word of class `word` at `t` (الوزيرين → `minister`).
    func value(_ t: Int, _ word: Word) -> String? {
        guard isA(t, word) else { return nil }
        return hit(t)?.values.first { $0.wordClass == word.rawValue }?.actor
    }

    /// The actor a collective phrase at `t` stands for, with its length.
    func collective(_ t: Int, adjective: Bool = false) -> (actor: String, length: Int)? {
        let wanted = adjective ? Word.collectiveAdjective : Word.collective
        guard isA(t, wanted), let h = hit(t) else { return nil }
        for v in h.values where v.wordClass == wanted.rawValue {
            if let actor = v.actor { return (actor, h.tokens.count) }
        }
        return nil
    }

    /// Whether a phrase of class `word` ends right before token `t` (at most three words back).
    func ends(before t: Int, _ word: Word, from lower: Int) -> Bool {
        var s = t - 1
        while s >= max(lower, t - 3) {
            if let n = length(s, word, limit: t), s + n == t { return true }
            s -= 1
        }
        return false
    }
}
