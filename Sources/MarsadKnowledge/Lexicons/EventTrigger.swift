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
            form: form, pos: pos, plover: plover, mode: mode, cameo: cameo, mutual: mutual, reading: reading,
            jointPlover: jointPlover, jointCameo: jointCameo)
    }

    public var form: String {
        get { fields.form }
        set { unique().form = newValue }
    }
    /// `verb`, `noun`, `adj` (a predicate adjective: مستعد، منفتح على), `evaluation` (وصف:
    /// coded by the evaluative word of its clause).
    public var pos: String {
        get { fields.pos }
        set { unique().pos = newValue }
    }
    public var plover: String? {
        get { fields.plover }
        set { unique().plover = newValue }
    }
    public var mode: String? {
        get { fields.mode }
        set { unique().mode = newValue }
    }
    public var cameo: String {
        get { fields.cameo }
        set { unique().cameo = newValue }
    }
    public var mutual: Bool {
        get { fields.mutual }
        set { unique().mutual = newValue }
    }
    /// `speech`: a relation noun (تعاون، شراكة) that is an event only in reported speech or
    /// after a verbal noun of action (تكثيف التبادل التجاري); else nil.
    public var reading: String? {
        get { fields.reading }
        set { unique().reading = newValue }
    }
    /// The PLOVER type and CAMEO code when two or more parties act together (مناورات).
    public var jointPlover: String? {
        get { fields.jointPlover }
        set { unique().jointPlover = newValue }
    }
    public var jointCameo: String? {
        get { fields.jointCameo }
        set { unique().jointCameo = newValue }
    }
    /// A verbal noun whose genitive is its object, not its agent (اعتقال الصحفي، دعم المعارضة).
    public var genitiveObject: Bool {
        get { fields.genitiveObject }
        set { unique().genitiveObject = newValue }
    }
    /// A verb whose direct object is a topic, not a party (بحث، ناقش): the party follows مع.
    public var topicObject: Bool {
        get { fields.topicObject }
        set { unique().topicObject = newValue }
    }

    /// The box, copied first when another trigger shares it.
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    public static func == (a: EventTrigger, b: EventTrigger) -> Bool {
        a.future == b.future && a.possessed == b.possessed && (a.fields === b.fields || a.fields.same(as: b.fields))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields.form)
        hasher.combine(fields.cameo)
        hasher.combine(future)
        hasher.combine(possessed)
    }

    /// The lexicon fields. Mutated only through `unique()`, so a box is never changed while
    /// shared: safe to send across threads.
    private final class Fields: @unchecked Sendable {
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

        init(
            form: String, pos: String, plover: String?, mode: String?, cameo: String, mutual: Bool,
            reading: String?, jointPlover: String?, jointCameo: String?
        ) {
            self.form = form
            self.pos = pos
            self.plover = plover
            self.mode = mode
            self.cameo = cameo
            self.mutual = mutual
            self.reading = reading
            self.jointPlover = jointPlover
            self.jointCameo = jointCameo
        }

        func copy() -> Fields {
            let c = Fields(
                form: form, pos: pos, plover: plover, mode: mode, cameo: cameo, mutual: mutual, reading: reading,
                jointPlover: jointPlover, jointCameo: jointCameo)
            c.genitiveObject = genitiveObject
            c.topicObject = topicObject
            return c
        }

        func same(as o: Fields) -> Bool {
            form == o.form && pos == o.pos && plover == o.plover && mode == o.mode && cameo == o.cameo
                && mutual == o.mutual && reading == o.reading && jointPlover == o.jointPlover
                && jointCameo == o.jointCameo && genitiveObject == o.genitiveObject && topicObject == o.topicObject
        }
    }
}
