/// The lexicons of the analysis stages, each built from its data file.
public struct Lexicons: Sendable {
    public init(vocabulary: Vocabulary = Vocabulary()) {
        timeWords = PhraseTrie(vocabulary: vocabulary)
        numberWords = PhraseTrie(vocabulary: vocabulary)
        worldEventCues = PhraseTrie(vocabulary: vocabulary)
        speechCues = PhraseTrie(vocabulary: vocabulary)
        quotationHeads = PhraseTrie(vocabulary: vocabulary)
        eventTriggers = PhraseTrie(vocabulary: vocabulary)
        eventWords = PhraseTrie(vocabulary: vocabulary)
    }

    /// Web page furniture phrases (`boilerplate.tsv`), matched on normalised line keys.
    public var boilerplate: [BoilerplatePhrase] = []
    /// Time words and phrases (`time_words.tsv`).
    public var timeWords: PhraseTrie<TimeWord>
    /// Cardinal and ordinal number words (`numbers.tsv`): الرابعة → ordinal 4.
    public var numberWords: PhraseTrie<NumberWord>
    /// Dated world events (`world_events.tsv`) and the cues that name them.
    public var worldEvents: [WorldEvent] = []
    public var worldEventCues: PhraseTrie<Int32>
    /// Reporting verbs, nouns and frames (`speech_cues.tsv`).
    public var speechCues: PhraseTrie<SpeechCue>
    /// The naming nouns and voices of `speech_cues.tsv` (kinds `name`, `voice`): kept apart so
    /// that the cue scan over every token does not stop at these frequent words.
    public var quotationHeads: PhraseTrie<SpeechCue>
    /// Event triggers (`event_triggers.tsv`) with their derived forms (`TriggerForms`).
    public var eventTriggers: PhraseTrie<EventTrigger>
    /// Grammatical words of the event coder (`event_words.tsv`).
    public var eventWords: PhraseTrie<EventWord>
    /// Vocabulary ids of verbs that head a phrase of several words (أجرى اتصالا، فرض عقوبات):
    /// only these may have their subject between the verb and the rest.
    public var phraseVerbHeads = WordIDSet()
    /// Grammatical words of the entity recogniser (`entity_words.tsv`): class → normalised keys.
    public var entityWords: [String: Set<String>] = [:]
    /// Given names that start a person's name with no title before it (`given_names.tsv`).
    public var givenNames: Set<String> = []
    /// Dual nouns that refer to a pair named earlier (`entity_words.tsv` class `dual`): key →
    /// what they refer to: `state`, or the role keys of the people (`president`, `foreign_minister`…).
    public var dualNouns: [String: [String]] = [:]
    /// Function words for search (`stopwords.txt`), as normalised keys.
    public var stopwords: Set<String> = []
}

public struct BoilerplatePhrase: Sendable {
    public enum Match: String, Sendable { case line, prefix, contains }
    /// The phrase's normalised keys joined by single spaces.
    public var key: String
    public var match: Match
    public var reason: String
}

public struct TimeWord: Sendable, Hashable {
    /// `month`, `hijri_month`, `weekday`, `relative_day`, `period`, `modifier`, `unit`, `era`, `part`.
    public var kind: String
    public var value: String
    public var region: String
}

public struct WorldEvent: Sendable {
    public var id: String
    public var date: String
    public var kind: String
    public var nameEn: String
    /// `USA:president` for a numbered office, with its ordinal.
    public var ordinalOf: String?
    public var ordinal: Int?
    /// ISO3 of where it happened, used to tell apart events that share a cue (the Winter
    /// Olympics opening of 2014, 2018, 2022): the place must be named in the same sentence.
    public var place: String?
}

public struct SpeechCue: Sendable, Hashable {
    public var form: String
    /// `verb`, `noun`, `frame`.
    public var kind: String
    public var complements: [String]
    public var direction: String
    /// Grammatical number of the matched form: `singular`, `dual` or `plural` (قالوا، مشيرين).
    /// An understood speaker must agree with it.
    public var number: String = "singular"
}

/// A grammatical word of the event coder (`event_words.tsv`): its class and, for a
/// collective (الدول الغربية), the actor it stands for.
public struct EventWord: Sendable, Hashable {
    public var wordClass: String
    public var actor: String?
    /// For an evaluative word: the event its use makes, `TYPE:CODE` (مثمرة → `SUPPORT:051`).
    public var event: String?

    public init(wordClass: String, actor: String? = nil, event: String? = nil) {
        self.wordClass = wordClass
        self.actor = actor
        self.event = event
    }
}

public struct NumberWord: Sendable, Hashable {
    /// `cardinal` or `ordinal`.
    public var kind: String
    public var value: Int
}
