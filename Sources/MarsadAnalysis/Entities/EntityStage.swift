import MarsadKnowledge
import MarsadText

/// Recognises the actors and entities of an article and fills `doc.record.entities` and
/// `doc.entityMentions`.
///
/// Paths, tried at every token (longest wins; a title is read before a name it precedes):
/// - **Known names**: the knowledge base's names (`KnowledgeBase.names`) over clitic-aware token
///   keys, longest first (`وبوتين` is a mention of Putin; the proclitic stays in the span). A
///   form of several actors is resolved by type (a country before a same-named city) and
///   context (a candidate whose country the article names elsewhere wins: عمان is Oman unless
///   the article speaks of Jordan).
/// - **Country-scoped institutions**: an `org_patterns.tsv` head with a nisba or a country
///   (`وزارة الخارجية الصينية` → `kb:mfa-CHN`). A bare head later (`وزارة الخارجية`) is the
///   same institution named last.
/// - **Titles** (`roles.tsv`), optionally scoped by a nisba, a country or an organisation
///   (`الرئيس الصيني`, `مساعد الكرملين`, `المتحدث باسم الكرملين`, `نظيره الروسي`), then the name:
///   a known person, or 1–3 name-like tokens (an unknown person with a `local:` id). A title
///   after a name (`X، مساعد الكرملين`) is the name's apposition. A title with no name is a
///   title-only reference: it goes to `doc.entityMentions` (kind `.title`), resolved to the
///   person named in the article with that role, else to the role's holder at the article's
///   date (dated roles), and is not a mention in the record.
/// - **Heads**: organisations (`حزب …`, `جامعة …`) and places (`مدينة …`, `بحر …`).
/// - **Events** of the world-events calendar (`حرب أوكرانيا`).
/// - **Short forms**, after the main scan: `short_ar` forms of people named in full in the
///   article (or whose country it names, when they hold office at its date), and the last
///   word of a multi-word name found in the article.
/// - **Credited agencies** (the metadata stage's credits, including forms that count only in
///   a credit context, like `العربي` after `لـ`) are organisations too.
public struct EntityStage: Sendable {
    let knowledge: KnowledgeBase
    let words: EntityWords
    /// World event kinds that are entities (treaties are not an entity type).
    static let eventKinds: Set<String> = ["war", "attack", "inauguration", "election", "summit", "other"]

    /// The knowledge base's tries the recogniser walks at every token, held by value here: read
    /// through the knowledge base object, each lookup copied the trie (retains and releases).
    let names: PhraseTrie<Int32>
    let shortNames: PhraseTrie<Int32>
    let titles: PhraseTrie<Int32>
    let orgHeads: PhraseTrie<Int32>
    let adjectives: PhraseTrie<Int32>
    let worldEventCues: PhraseTrie<Int32>
    /// Per organisation pattern: its English name template split at `{country}`.
    let patternNameParts: [[String]]
    /// Per world event: whether its kind makes it an entity.
    let isEntityEvent: [Bool]
    /// Per vocabulary id: whether the word starts a time word, number word, speech cue or event
    /// trigger (then it is not a plain word of a name).
    let lexiconStarts: [Bool]
    /// Reporting verbs (speech cues of kind `verb`, one word) and their past-tense forms in
    /// ت، وا، ا (of verbs of more than two letters): قال، قالت، قالوا.
    let verbForms: ByteKeyIndex
    /// `given_names.tsv` (the knowledge base's `lexicons.givenNames`), asked by bytes: a
    /// `Set<String>` hashes Arabic keys through Unicode normalisation.
    let listedGivenNames: ByteKeyIndex

    public init(knowledge: KnowledgeBase = .embedded) {
        self.knowledge = knowledge
        words = EntityWords(knowledge: knowledge)
        names = knowledge.names
        shortNames = knowledge.shortNames
        titles = knowledge.titles
        orgHeads = knowledge.orgHeads
        adjectives = knowledge.adjectives
        worldEventCues = knowledge.lexicons.worldEventCues
        patternNameParts = knowledge.orgPatterns.map { KeyBytes.split($0.nameEnTemplate, at: "{country}") }
        let lex = knowledge.lexicons
        isEntityEvent = lex.worldEvents.map { EntityStage.eventKinds.contains($0.kind) }
        var starts = [Bool](repeating: false, count: knowledge.vocabulary.count)
        for ids in [
            lex.timeWords.firstWordIDs, lex.numberWords.firstWordIDs, lex.speechCues.firstWordIDs,
            lex.eventTriggers.firstWordIDs,
        ] {
            for id in ids where Int(id) < starts.count { starts[Int(id)] = true }
        }
        lexiconStarts = starts
        let cues = lex.speechCues
        var forms = Set<ByteKey>()
        for id in cues.firstWordIDs {
            let verb = cues.vocabulary.word(id)
            guard cues.values(for: [verb]).contains(where: { $0.kind == "verb" }) else { continue }
            forms.insert(ByteKey(verb))
            guard verb.unicodeScalars.count > 2 else { continue }
            for suffix in ["ت", "وا", "ا"] { forms.insert(ByteKey(verb + suffix)) }
        }
        verbForms = ByteKeyIndex(forms.map(\.text))
        listedGivenNames = ByteKeyIndex(Array(lex.givenNames))
    }

    public func run(_ doc: inout Document) {
        var docs = [doc]
        run(&docs)
        doc = docs[0]
    }

    /// Recognises the entities of several documents, step by step: each step (context, scan,
    /// short forms and resolution, records) runs over all of them before the next starts, so
    /// its code stays in the processor's instruction cache from one document to the next (as
    /// `Analyzer.analyzeDocuments` does with the stages). Each document goes through the same
    /// steps in the same order: its entities do not depend on the grouping.
    public func run(_ docs: inout [Document]) {
        var passes = docs.map { EntityPass(EntityContext(stage: self, doc: $0)) }
        for i in passes.indices { passes[i].scan() }
        for i in passes.indices {
            passes[i].addShortForms()
            passes[i].addAgencyCredits(docs[i].record.agencies)
            passes[i].resolveAmbiguous()
            passes[i].resolveTitles()
        }
        for i in passes.indices {
            let (entities, mentions) = passes[i].finish()
            docs[i].record.entities = entities
            docs[i].entityMentions = mentions
        }
    }

    /// The article's date as `yyyymmdd`: the anchor, else the publication date.
    static func day(of doc: Document) -> Int? {
        if let a = doc.anchor { return a.year * 10000 + a.month * 100 + a.day }
        if let p = doc.record.published, let d = PartialDate(p.date) { return d.earliest }
        return nil
    }
}
