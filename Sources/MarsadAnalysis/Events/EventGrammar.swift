import MarsadKnowledge
import MarsadText

/// The grammatical words the event coder reads a clause with (`event_words.tsv`), looked up at
/// a token with proclitic peeling (وفي → في، ولم → لم). Only tokens near a trigger are looked
/// at, so there is no per-document table.
struct EventGrammar {
    enum Word: String {
        case negation, future, conditional, adverb, background, anaphor, occasion, locative, prospective
        case fear, members, evaluation, positive, negative, collective, agent, relative, passive
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
    }

    let doc: Document
    let trie: PhraseTrie<EventWord>

    init(doc: Document, kb: KnowledgeBase) {
        self.doc = doc
        trie = kb.lexicons.eventWords
    }

    /// The longest grammatical phrase starting at token `t` (within `limit`).
    func hit(_ t: Int, limit: Int? = nil) -> PhraseHit<EventWord>? {
        guard t >= 0, t < doc.tokens.count, doc.keyIDs[t] >= 0 || doc.peelIDs[2 * t] >= 0 else { return nil }
        return TrieScanner.match(trie, in: doc, at: t, limit: limit)
    }

    /// Whether a phrase of class `word` starts at token `t`; its length in tokens.
    func length(_ t: Int, _ word: Word, limit: Int? = nil) -> Int? {
        guard let h = hit(t, limit: limit) else { return nil }
        for v in h.values where v.wordClass == word.rawValue { return h.tokens.count }
        return nil
    }

    func isA(_ t: Int, _ word: Word) -> Bool { length(t, word) != nil }

    /// The actor column of a word of class `word` at `t` (الوزيرين → `minister`).
    func value(_ t: Int, _ word: Word) -> String? {
        hit(t)?.values.first { $0.wordClass == word.rawValue }?.actor
    }

    /// The actor a collective phrase at `t` stands for, with its length.
    func collective(_ t: Int, adjective: Bool = false) -> (actor: String, length: Int)? {
        guard let h = hit(t) else { return nil }
        let wanted = adjective ? Word.collectiveAdjective : Word.collective
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
