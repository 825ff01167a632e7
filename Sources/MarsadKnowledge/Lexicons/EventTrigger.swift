/// An event trigger of `event_triggers.tsv`: its form, part of speech and PLOVER/CAMEO coding.
///
/// The lexicon's fields live in one shared, copy-on-write box: a row yields dozens of derived
/// forms (`TriggerForms`) and the event coder copies triggers into every candidate, so a copy
/// must cost one reference count, not one per String field (the knowledge base's load time
/// was mostly such copies). `future` and `possessed` vary by matched form and stay inline.
public struct EventTrigger: Sendable, Hashable {
    private var fields: Fields

    /// The matched form carries the future prefix سـ (سيزور، ستفرض).
    public var future = false
    /// The matched form ends in a possessive pronoun (زيارته، مقاطعتها، استعداده): its actor
    /// is the clause's subject.
    public var possessed = false

    public init(
        form: String, pos: String, plover: String?, mode: String?, cameo: String, mutual: Bool,
        reading: String? = nil, jointPlover: String? = nil, jointCameo: String? = nil
    ) {
        fields = Fields(
            Lexeme(
                form: form, pos: pos, plover: plover, mode: mode, cameo: cameo, mutual: mutual, reading: reading,
                jointPlover: jointPlover, jointCameo: jointCameo))
    }

    public var form: String {
        get { fields.lexeme.form }
        set { unique().lexeme.form = newValue }
    }
    /// `verb`, `noun`, `adj` (a predicate adjective: مستعد، منفتح على), `evaluation` (وصف:
    /// coded by the evaluative word of its clause).
    public var pos: String {
        get { fields.lexeme.pos }
        set { unique().lexeme.pos = newValue }
    }
    public var plover: String? {
        get { fields.lexeme.plover }
        set { unique().lexeme.plover = newValue }
    }
    public var mode: String? {
        get { fields.lexeme.mode }
        set { unique().lexeme.mode = newValue }
    }
    public var cameo: String {
        get { fields.lexeme.cameo }
        set { unique().lexeme.cameo = newValue }
    }
    public var mutual: Bool {
        get { fields.lexeme.mutual }
        set { unique().lexeme.mutual = newValue }
    }
    /// `speech`: a relation noun (تعاون، شراكة) that is an event only in reported speech or
    /// after a verbal noun of action (تكثيف التبادل التجاري); else nil.
    public var reading: String? {
        get { fields.lexeme.reading }
        set { unique().lexeme.reading = newValue }
    }
    /// The PLOVER type and CAMEO code when two or more parties act together (مناورات).
    public var jointPlover: String? {
        get { fields.lexeme.jointPlover }
        set { unique().lexeme.jointPlover = newValue }
    }
    public var jointCameo: String? {
        get { fields.lexeme.jointCameo }
        set { unique().lexeme.jointCameo = newValue }
    }
    /// A verbal noun whose genitive is its object, not its agent (اعتقال الصحفي، دعم المعارضة).
    public var genitiveObject: Bool {
        get { fields.lexeme.genitiveObject }
        set { unique().lexeme.genitiveObject = newValue }
    }
    /// A verb whose direct object is a topic, not a party (بحث، ناقش): the party follows مع.
    public var topicObject: Bool {
        get { fields.lexeme.topicObject }
        set { unique().lexeme.topicObject = newValue }
    }

    /// The box, copied first when another trigger shares it.
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = Fields(fields.lexeme) }
        return fields
    }

    public static func == (a: EventTrigger, b: EventTrigger) -> Bool {
        a.future == b.future && a.possessed == b.possessed
            && (a.fields === b.fields || a.fields.lexeme == b.fields.lexeme)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.lexeme.form)
        hasher.combine(fields.lexeme.cameo)
        hasher.combine(future)
        hasher.combine(possessed)
    }

    /// The lexicon fields, in a box. Mutated only through `unique()`, so a box is never
    /// changed while shared: safe to send across threads.
    private final class Fields: @unchecked Sendable {
        var lexeme: Lexeme
        init(_ lexeme: Lexeme) { self.lexeme = lexeme }
    }

    private struct Lexeme: Equatable {
        var form: String
        var pos: String
        var plover: String?
        var mode: String?
        var cameo: String
        var mutual: Bool
        var reading: String?
        var jointPlover: String?
        var jointCameo: String?
        var genitiveObject = false
        var topicObject = false
    }
}
