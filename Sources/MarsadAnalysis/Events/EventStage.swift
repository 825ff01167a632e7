import MarsadKnowledge
import MarsadText

/// Codes events in PLOVER (type, mode) with their CAMEO code and fills `doc.record.events`.
///
/// - **Triggers** (`TriggerHits`): `event_triggers.tsv` with its derived forms (present,
///   future, definite, accusative, possessive, dual), longest first over token ids; a verb
///   phrase may have its subject inside (فرضت واشنطن عقوبات), a written gap takes a few words.
/// - **Frames** (`EventFrames`): a statement, appeal, accusation or evaluation takes the acts
///   named in its complement as its topic (اتهمت X بكين بتقديم مساعدات: one accusation).
/// - **Actors** (`EventActors`, `ActorGroups`): the subject after a verb (VSO) or before it
///   (SVO), joint subjects, duals (الزعيمان، البلدين), collectives (الدول الغربية), dual
///   titles; the object or the actor after مع، إلى، على، بين … و within the clause; a verb
///   conjoined mid-sentence continues the subject before it. Persons keep their id.
/// - **Speech** (`EventSpeech`): an act said by a speaker of their own side is the speaker's;
///   a relation (التعاون، الشراكة) spoken of as wanted is an intent (AGREE), as achieved praise
///   (SUPPORT 051).
/// - **Date and context** (`EventTime`): the clause's own time, the occasion it refers to
///   (خلال ذلك اللقاء), the time told before (منذ ذلك الحين), else the publication date for a
///   report; negated, future, hypothetical, historical.
/// - Several reports of one act by the same actors on one date are one event.
public struct EventStage: Sendable {
    let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase = .embedded) { self.knowledge = knowledge }

    public func run(_ doc: inout Document) {
        let context = ClauseContext(doc: doc, kb: knowledge)
        let speech = QuoteStage.quotes(in: context)
        doc.record.events = EventStage.events(in: context, attributions: speech.attributions, quotes: speech.quotes)
    }

    /// The events of the clauses, given who said what (the quote stage's findings).
    static func events(in context: ClauseContext, attributions: [Attribution], quotes: [QuoteRecord] = [])
        -> [EventRecord]
    {
        var pass = EventPass(context: context, attributions: attributions, quotes: quotes)
        return pass.run()
    }
}

/// An event being coded: the trigger, what was found of its actors, and where it was said.
struct EventDraft {
    var hit: TriggerHit
    var trigger: EventTrigger
    var sentence: Int
    var sources: [String] = []
    var targets: [String] = []
    /// Tokens of the actors named in the clause (for the evidence span).
    var spans: [Range<Int>] = []
    var speech: SpeechSource?
    /// Coded as said by its speaker (the intent or praise of a reported clause).
    var spoken = false
    /// The target slot named the sources' own state too (دعا شي البلدين إلى …).
    var ownIncluded = false
    var date: String?
    var precision: DatePrecision?
    var context: [String] = []
}

struct EventPass {
    let c: ClauseContext
    let grammar: EventGrammar
    let attributions: [Attribution]
    /// Direct quotations as token ranges with their speakers.
    let quoteSpans: [(tokens: Range<Int>, speaker: String)]
    /// Resolved time expressions.
    let times: [TimeExpression]
    let published: (date: String, precision: DatePrecision)?
    let publishedDay: Int?
    /// The two people and the two states the article names first / most: what الزعيمان and
    /// البلدان mean.
    let statePair: [String]
    /// People named in the article, in order, with their knowledge-base index (for the pairs
    /// الزعيمان and الوزيران mean, found only when such a word occurs).
    let namedPeople: [(id: String, actor: Int?)]
    let firstPeople: [String]
    /// Actor id → ISO3 of its country, from the document's mentions.
    let countryOf: [String: String]
    let stateIDs: Set<String>
    /// Ids the article names.
    let mentioned: Set<String>
    /// Ids named only as places, agencies or unknown names: never an event's party, whatever
    /// path (a speaker, a counterpart) brings them.
    let barred: Set<String>
    /// Every event coded so far (dated), for occasions and continuations.
    var coded: [EventDraft] = []
    /// Per token: inside a time expression.
    let timeAt: [Bool]
    /// The id of the lexicon's gap key (`TriggerForms.gap`), or -1.
    let gapID: Int32

    init(context: ClauseContext, attributions: [Attribution], quotes: [QuoteRecord]) {
        c = context
        grammar = EventGrammar(doc: context.doc, kb: context.kb)
        self.attributions = attributions
        let doc = context.doc
        quoteSpans = quotes.compactMap { q in
            guard q.kind == "direct", let speaker = q.speaker else { return nil }
            return (doc.tokenRange(covering: q.start..<q.end), speaker)
        }
        var people: [String: Int] = [:]
        var states: [String: Int] = [:]
        var countryOf: [String: String] = [:]
        var stateIDs = Set<String>()
        var mentioned = Set<String>()
        var firstPeople: [String] = []
        var namedPeople: [(String, Int?)] = []
        var barred = Set<String>()
        var allowed = Set<String>()
        // A mention like the last one of its entity (most names are repeated) changes none of
        // the sets and maps below: only its counts are kept, by entity, and added up once. A
        // String key is hashed in full at each use, and this ran for every mention.
        let mentions = doc.entityMentions
        var lastOf = [Int](repeating: -1, count: doc.record.entities.count)
        var personCount = [Int](repeating: 0, count: doc.record.entities.count)
        var personID = [String?](repeating: nil, count: doc.record.entities.count)
        var stateCount = [Int](repeating: 0, count: doc.record.entities.count)
        var stateOf = [String?](repeating: nil, count: doc.record.entities.count)
        var stateCountry = [String?](repeating: nil, count: doc.record.entities.count)
        for (k, m) in mentions.enumerated() {
            guard let id = m.id else { continue }
            var known = false
            if let e = m.entity, e >= 0, e < lastOf.count {
                let p = lastOf[e]
                known =
                    p >= 0 && mentions[p].kind == m.kind && mentions[p].type == m.type
                    && mentions[p].actor == m.actor && mentions[p].isMetonym == m.isMetonym
                    && mentions[p].country == m.country && mentions[p].id == m.id
                lastOf[e] = k
            }
            if !known {
                mentioned.insert(id)
                // Regions and groups (LOC: الغرب) take part only through the collective words.
                if EventPass.mayAct(m, kb: context.kb) || m.type == .loc {
                    allowed.insert(id)
                } else {
                    barred.insert(id)
                }
                if countryOf[id] == nil { countryOf[id] = "" }
                if let country = m.country {
                    countryOf[id] = country
                    if let state = context.kb.country(country) {
                        countryOf[state.id] = country
                        stateIDs.insert(state.id)
                    }
                }
            }
            guard m.kind == .name else { continue }
            let e = m.entity.flatMap { $0 >= 0 && $0 < lastOf.count ? $0 : nil }
            if m.type == .person {
                namedPeople.append((id, m.actor))
                if let e, personID[e] == nil || personID[e] == id {
                    personID[e] = id
                    personCount[e] += 1
                } else {
                    people[id, default: 0] += 1
                }
                if !known, !firstPeople.contains(id), firstPeople.count < 2 { firstPeople.append(id) }
            }
            if m.type == .gpe, let country = m.country {
                if let e, stateCountry[e] == country {
                    // The state already looked up for this entity and country.
                    stateCount[e] += 1
                } else if let actor = context.kb.country(country) {
                    if let e {
                        if let state = stateOf[e], stateCount[e] > 0 { states[state, default: 0] += stateCount[e] }
                        stateOf[e] = actor.id
                        stateCountry[e] = country
                        stateCount[e] = 1
                    } else {
                        states[actor.id, default: 0] += 1
                    }
                }
            }
        }
        for (e, n) in personCount.enumerated() where n > 0 {
            if let id = personID[e] { people[id, default: 0] += n }
        }
        for (e, n) in stateCount.enumerated() where n > 0 {
            if let state = stateOf[e] { states[state, default: 0] += n }
        }
        func top2(_ counts: [String: Int]) -> [String] {
            let sorted = counts.sorted { a, b in a.value > b.value || a.value == b.value && a.key < b.key }
            return sorted.count >= 2 ? [sorted[0].key, sorted[1].key] : []
        }
        self.namedPeople = namedPeople
        self.firstPeople = firstPeople.count == 2 ? firstPeople : top2(people)
        statePair = top2(states)
        self.countryOf = countryOf
        self.stateIDs = stateIDs
        self.mentioned = mentioned
        self.barred = barred.subtracting(allowed)
        times = doc.record.times.filter { $0.value != nil }
        var timeAt = [Bool](repeating: false, count: doc.tokens.count)
        for m in doc.timeMentions { for t in m.tokens where t < timeAt.count { timeAt[t] = true } }
        self.timeAt = timeAt
        gapID = context.kb.lexicons.eventTriggers.vocabulary.id(of: TriggerForms.gap)
        if let p = doc.record.published {
            published = (p.date, p.precision)
            publishedDay = PartialDate(p.date)?.earliest
        } else if let a = doc.anchor {
            published = (a.iso, .day)
            publishedDay = a.year * 10000 + a.month * 100 + a.day
        } else {
            published = nil
            publishedDay = nil
        }
    }

    mutating func run() -> [EventRecord] {
        var events: [EventRecord] = []
        var kept: [EventDraft] = []
        var last: (sources: [String], head: Int)?
        for s in c.sentences.indices {
            let hits = triggerHits(in: c.sentences[s])
            let framed = frames(hits)
            var sentenceDrafts: [EventDraft] = []
            for (hit, absorbed) in framed where !absorbed {
                guard
                    var d = draft(
                        hit, sentence: s, earlier: sentenceDrafts, lastSources: lastActor(before: hit.head, last))
                else { continue }
                date(&d)
                setContext(&d)
                sentenceDrafts.append(d)
                coded.append(d)
                // A mutual act's parties are not the subject that goes on (وأعرب عن …).
                if !d.trigger.mutual { last = (d.sources, hit.head) }
                if isRepeat(d, of: kept) { continue }
                kept.append(d)
                events.append(record(d))
            }
        }
        return events
    }

    /// The two leaders (ministers) الزعيمان (الوزيران) means: the first two people the article
    /// names who hold such a role, of two countries where it can; else its first two people.
    func pair(ministers: Bool) -> [String] {
        let words = c.kb.lexicons.eventWords
        func holds(_ role: String) -> Bool {
            if ministers { return KeyBytes.hasSuffix(role, "minister") }
            return words.values(for: PhraseKeys.keys(role)).contains {
                $0.wordClass == EventGrammar.Word.leaderRole.rawValue
            }
        }
        var chosen: [(id: String, country: String?)] = []
        for (id, actor) in namedPeople where !chosen.contains(where: { $0.id == id }) {
            guard let a = actor, c.kb.actors[a].roles.contains(where: { holds($0.role) }) else { continue }
            chosen.append((id, c.kb.actors[a].country))
        }
        if let first = chosen.first, let other = chosen.dropFirst().first(where: { $0.country != first.country }) {
            return [first.id, other.id]
        }
        if chosen.count >= 2 { return [chosen[0].id, chosen[1].id] }
        return ministers ? pair(ministers: false) : firstPeople
    }

    /// The actor a subjectless continuation (وأشاد، وأعرب عن …) goes on with: the latest of the
    /// last event's sources and the last speaker before `head`.
    func lastActor(before head: Int, _ last: (sources: [String], head: Int)?) -> [String] {
        let speaker = attributions.last { $0.cue.upperBound <= head && $0.speaker != nil && !$0.nested }
        if let at = speaker, at.cue.lowerBound > (last?.head ?? -1) { return [at.speaker!] }
        return last?.sources ?? []
    }

    /// Several reports of one act: the same type by the same actors (or some of them) toward
    /// an overlapping target, on a compatible date.
    func isRepeat(_ d: EventDraft, of kept: [EventDraft]) -> Bool {
        kept.contains { k in
            guard k.trigger.plover == d.trigger.plover,
                k.trigger.plover != nil || k.trigger.cameo.prefix(3) == d.trigger.cameo.prefix(3)
            else { return false }
            guard d.sources.allSatisfy({ k.sources.contains($0) }) else { return false }
            guard d.targets.isEmpty || k.targets.isEmpty || d.targets.contains(where: { k.targets.contains($0) })
            else { return false }
            if let a = d.date, let b = k.date {
                let n = min(a.count, b.count)
                return a.prefix(n) == b.prefix(n)
            }
            return true
        }
    }

    /// The record of a draft: its evidence is the clause from the actors to the trigger.
    func record(_ d: EventDraft) -> EventRecord {
        let sentence = c.sentences[d.sentence]
        let doc = c.doc
        var lo = d.hit.head
        var hi = d.hit.end
        for span in d.spans where span.lowerBound >= sentence.lowerBound && span.upperBound <= sentence.upperBound {
            lo = min(lo, span.lowerBound)
            hi = max(hi, span.upperBound)
        }
        // From the last clause break before the actors and trigger.
        while lo > sentence.lowerBound, !c.isComma(lo - 1), !c.isQuoteMark(lo - 1), lo > d.hit.head - 12 {
            lo -= 1
        }
        while lo < hi - 1, c.isTrimmable(lo) { lo += 1 }
        while hi > lo + 1, c.isTrimmable(hi - 1) { hi -= 1 }
        let range = doc.tokens[lo].start..<doc.tokens[hi - 1].end
        return EventRecord(
            plover: d.trigger.plover, mode: d.trigger.mode, cameo: d.trigger.cameo, source: d.sources,
            target: d.targets, date: d.date, precision: d.precision, context: d.context.sorted(), location: nil,
            evidence: doc.span(range))
    }

    /// Whether token `t` lies in a time expression.
    @inline(__always) func inTime(_ t: Int) -> Bool { t >= 0 && t < timeAt.count && timeAt[t] }
}
