import MarsadKnowledge
import MarsadText

/// Finds quotations and reported speech and fills `doc.record.quotes`. The work is split by
/// responsibility: `QuotationMarks` (pairing marks, names in marks), `Attributions` (cues and
/// their speakers), `JointSpeakers` (several speakers), `ReportedContent` (where a report ends),
/// `QuoteRecords` (assembling the records).
///
/// - **Attributions** come from the reporting cues of `speech_cues.tsv` (verbs with the number
///   of their forms, participles, nouns, frames, stance verbs), matched over token ids with
///   و/ف peeled from verbs. The speaker is the name or resolved title after the cue (VSO), else
///   the subject before it (SVO, up to أن), else — for participles and continuations — the
///   main clause's speaker, the sentence's subject or the last speaker, when the cue agrees in
///   number and nothing intervenes: an unknown subject (قال مسؤول، قال رئيس لجنة …) is an
///   unknown speaker and ends the chain; only a one-word definite title or statement noun
///   (قال الوزير، البيان) refers back. Places and organisations inside an unknown subject do
///   not speak (رئيس بلدية عمّان), except an organisation through its voice (المتحدث باسم …).
///   Several speakers (X وY، الزعيمان، وزيرا الخارجية …) go into `speakers`, `speaker` first.
/// - **Content** runs from the complement to the next cue, participle or the narrator's clause
///   after a closing mark, else the sentence end. A subject or verb frame around a quotation
///   that completes it is only that quotation's frame.
/// - **Relays**: `نقلت الوكالة عن X القول إن` and an institution's statement holding a named
///   person's report put the relayer in `via`.
/// - **Direct quotations** are the spans between quotation marks (“ ” « » " „), paired left to
///   right and robust to unbalanced or mirrored marks, across sentence ends; names and titles in
///   marks (an entity's name, after a naming noun, between a cue and its content) are not
///   speech. Each takes the speaker of a reporting verb opening it, else of the innermost
///   attribution holding it, else of a cue right after it («…»، قال X), else of a cue earlier
///   in its sentence; without a cue, only a quotation opening its sentence (a continuation) or
///   following `X:` is speech.
public struct QuoteStage: Sendable {
    let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase = .embedded) { self.knowledge = knowledge }

    public func run(_ doc: inout Document) {
        doc.record.quotes = QuoteStage.quotes(in: ClauseContext(doc: doc, kb: knowledge)).quotes
    }

    /// The quotations of a document and the attributions found on the way: the event stage
    /// reads who said each clause from them, so the analyser finds them once for both.
    static func quotes(in context: ClauseContext) -> (quotes: [QuoteRecord], attributions: [Attribution]) {
        var pass = QuotePass(context: context)
        let quotes = pass.run()
        // Stance verbs (أشاد، رفض) only attribute the quotations in their complement: what they
        // state is an event, which the event stage reads from its own lexicon.
        // Cues of an unknown speaker without content tell the events nothing either.
        return (quotes, pass.attributions.filter { !$0.stance && ($0.speaker != nil || $0.content != nil) })
    }
}

/// A reported-speech cue with its speaker and content.
struct Attribution {
    var cue: Range<Int>
    var speaker: String?
    var speakerMention: Int?
    /// Everyone who speaks when several do together (`speaker` first); else empty.
    var speakers: [String] = []
    /// First token of the speaker's phrase (a name, a title, a dual noun), when named at the cue.
    var speakerToken: Int?
    var via: [String]
    /// Tokens of the reported content, when the cue has one.
    var content: Range<Int>?
    var sentence: Int
    /// A closing quotation mark just before the cue («…»، قال X): the cue attributes that quote.
    var quoteBefore: Int?
    /// Inside the content of an earlier attribution (nested speech): not a new last speaker.
    var nested = false
    /// The speaker is understood (a participle, a continuation), not named at the cue.
    var inherited = false
    /// The cue stands inside a quotation.
    var inQuotation = false
    /// A stance verb (أشاد، عارض): it attributes the quotations in its complement and reports
    /// nothing itself.
    var stance = false
    /// An institution's statement that only relays a named person's report (its speaker is in
    /// that report's `via`).
    var relay = false
}

/// A span between quotation marks: token indices of the marks.
struct QuotedSpan {
    var open: Int
    var close: Int
    /// Inner tokens after trimming.
    var inner: Range<Int>
}

struct QuotePass {
    let c: ClauseContext
    var attributions: [Attribution] = []
    /// The document's quotations, in text order.
    var spans: [QuotedSpan] = []

    init(context: ClauseContext) { c = context }

    /// Whether token `t` lies inside an entity's name (إن of سي إن إن is no complement).
    func inName(_ t: Int) -> Bool {
        let m = c.mentionAt[t]
        return m >= 0 && c.doc.entityMentions[Int(m)].kind == .name
    }

    /// Complement words that introduce a reported clause (normalised keys).
    static let anWords: WordSet = [
        "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "اني", "انهن", "بان", "بانه", "بانها", "بانهم",
        "بانهما", "باننا", "القول", "بالقول", "قائلا", "قائله", "قوله", "قولها", "قولهم",
    ]
    /// Words that announce the content and may be followed by إن (القول إن، قائلا إن).
    static let sayingWords: WordSet = ["القول", "بالقول", "قائلا", "قائله", "قوله", "قولها", "قولهم"]
    /// Words opening the content after a frame (وفقا لـX، فإن …).
    static let faInna: WordSet = ["فان", "فانه", "فانها", "فانهم", "فانهما", "ان", "انه"]
    static let prepositions: WordSet = ["الي", "علي", "عن", "من", "ب", "بشان", "حول"]
    /// Words that may stand between a cue and its speaker or complement.
    static let relayWord = "عن"
    static let relayPronouns: WordSet = ["عنه", "عنها", "عنهما", "عنهم"]
    /// Adverbs that may stand between a cue and its subject (وقال أيضا، وأضاف بدوره).
    static let adverbs: WordSet = ["ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "مجددا", "مؤخرا", "لاحقا", "قد", "كما"]
    /// Prepositions written apart, opening an adjunct rather than a subject (وقال في تصريح).
    static let prepositionWords: WordSet = [
        "في", "خلال", "امام", "عبر", "لدي", "مع", "بعد", "قبل", "اثناء", "ضمن", "عقب", "منذ",
    ]
    /// Words that may stand right before a clause's subject (وكانت الصين قد أعلنت، فيما موسكو …).
    static let clauseOpeners: WordSet = [
        "و", "ف", "ثم", "كما", "بينما", "فيما", "حيث", "اذ", "بل", "لكن", "قد", "وقد", "كان", "كانت", "كانا", "كانتا",
        "كانوا", "وكان", "وكانت", "وكانا", "وكانتا", "وكانوا", "اصبح", "اصبحت", "ظل", "ظلت", "مازال", "مازالت", "لازال",
        "لازالت", "ولا", "لا", "لم", "لن", "ولم", "ولن", "اما", "واما", "ايضا",
    ]
    /// Relative pronouns: a cue after one has the noun before it as subject (الميثاق الذي يؤكد).
    static let relativePronouns: WordSet = [
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي",
    ]
    static let feminineRelatives: WordSet = ["التي", "اللتين", "اللتان", "اللواتي", "اللاتي"]
    /// Definite nouns for people that refer back to a speaker named before, beside titles and
    /// statement nouns (المسؤول، المبعوث). Organisation nouns (الصندوق، الحزب) name an
    /// organisation, not the last speaker, and are not here.
    static let referringNouns: WordSet = [
        "المسؤول", "المسؤوله", "الامين", "الزعيم", "الامير", "الملك", "السفير", "المبعوث", "الخبير", "المحلل",
        "الكاتب", "المدير", "المتحدث", "الناطق",
    ]
    /// Connectives opening a clause that keeps the sentence's subject (في حين ألمح، فيما أكد).
    static let connectives: WordSet = ["حين", "فيما", "بينما", "كما", "ثم", "حيث", "اذ", "بعدما", "قبل", "بعد"]
    /// The purpose preposition written apart (لـ«…»).
    static let lamPreposition: WordSet = ["ل", "لـ"]
    /// Prepositions that make the mention after them a party, not a subject (مع، إلى، ضد…).
    static let partyPrepositions: WordSet = ["مع", "الي", "علي", "ضد", "عن", "من", "بين", "في"]
    /// ما and لما: a verb follows them, not a speaker (وفقا لما ذكرته الوزارة).
    static let maWords: WordSet = ["ما", "لما"]
    /// Conditional particles: a cue right after one reports nothing said (إذا أبدى، في حال قال).
    static let conditionals: WordSet = ["اذا", "لو", "لولا", "حال", "حاله", "متي", "كلما"]
    /// Words opening with ل that are not the purpose preposition (لكن، لقد، ليست).
    static let lamWords: WordSet = [
        "لكن", "لكنه", "لكنها", "لكنهم", "لكنهما", "لكننا", "لاسيما", "لذلك", "لهذا", "لماذا", "لولا", "ليست", "ليسوا",
        "لدينا", "لديهم", "لديها", "لانه", "لانها", "لانهم", "لاننا",
    ]
}
