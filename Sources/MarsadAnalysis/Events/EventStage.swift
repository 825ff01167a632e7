import MarsadKnowledge
import MarsadText

/// Codes events in PLOVER (type, mode) with their CAMEO code and fills `doc.record.events`.
///
/// - **Triggers**: `event_triggers.tsv` (verbs with their derived forms, verbal nouns,
///   phrases), longest first over token ids with proclitic peeling.
/// - **Sources**: the subject after a verb (VSO), with joint subjects joined by و (شي وبوتين);
///   else the nearest subject before it in the clause (SVO) or the sentence's subject for a
///   noun (خلال مكالمة فيديو); else the speaker the sentence is attributed to, else the last
///   source (pronoun continuations: وأشاد بـ…).
/// - **Targets**: the object or the actor after مع، ب، ل، إلى، على، ضد، بين … و (and
///   نظيره), else — for a mutual trigger — the other party; a mutual event lists both parties
///   as sources and, mirrored, as targets. With no target in the clause, the main
///   counterpart state of the sentence or article (another country than the source's).
/// - **Actors**: persons keep their id; metonyms (الكرملين، بكين) act as their state.
/// - **Date**: the nearest resolved time expression of the sentence, else the publication date
///   for a plain report; background clauses (كان … قد، منذ) without a date stay undated.
/// - **Context**: negated (لم، لن، لا، عدم، نفى أن), future (سوف، سـ، من المقرر، يعتزم،
///   يتوقع), hypothetical (إذا، لو، في حال), historical (dated well before publication).
public struct EventStage: Sendable {
    let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase = .embedded) { self.knowledge = knowledge }

    public func run(_ doc: inout Document) {
        let context = ClauseContext(doc: doc, kb: knowledge)
        doc.record.events = EventStage.events(in: context, attributions: QuoteStage.quotes(in: context).attributions)
    }

    /// The events of the clauses, given who said what (the quote stage's attributions).
    static func events(in context: ClauseContext, attributions: [Attribution]) -> [EventRecord] {
        EventPass(context: context, attributions: attributions).run()
    }
}

struct EventPass {
    let c: ClauseContext
    let attributions: [Attribution]
    /// Resolved time expressions by start offset order.
    let times: [TimeExpression]
    let published: (date: String, precision: DatePrecision)?
    let publishedDay: Int?

    static let objectPrepositions = ["مع", "الي", "علي", "ضد", "عن", "بين", "تجاه", "نحو", "لدي", "من"]
    static let negations = ["لم", "لن", "لا", "ما", "ليس", "ليست", "عدم", "دون", "بدون", "غير"]
    static let futureWords = [
        "سوف", "المقرر", "يعتزم", "تعتزم", "يعتزمان", "يتوقع", "تتوقع", "المنتظر", "المرتقب", "سيتم", "ستتم", "يرتقب",
        "المزمع", "ينوي", "تنوي",
    ]
    static let conditionals = ["اذا", "لو", "حال", "حاله", "ان"]
    static let adverbs = ["ايضا", "كذلك", "بدوره", "بدورها", "قد", "اليوم", "امس", "هاتفيا", "رسميا", "مجددا"]
    static let pluperfect = ["كان", "كانت", "كانا", "كانوا", "سبق", "سبق", "منذ"]

    /// The two people and the two states the article names most: what الزعيمان / البلدان mean.
    let leaderPair: [String]
    let statePair: [String]
    static let dualLeaders = ["الزعيمين", "الزعيمان", "الرئيسين", "الرئيسان", "الوزيرين", "الوزيران", "الزعيمين،"]
    static let dualStates = [
        "البلدين", "البلدان", "الجانبين", "الجانبان", "الطرفين", "الطرفان", "الدولتين", "الدولتان", "القوتين",
        "البلدين،",
    ]

    init(context: ClauseContext, attributions: [Attribution]) {
        c = context
        self.attributions = attributions
        var people: [String: Int] = [:]
        var states: [String: Int] = [:]
        for m in context.doc.entityMentions where m.kind == .name {
            if m.type == .person, let id = m.id { people[id, default: 0] += 1 }
            if m.type == .gpe, let country = m.country, let actor = context.kb.country(country) {
                states[actor.id, default: 0] += 1
            }
        }
        func top2(_ counts: [String: Int]) -> [String] {
            let sorted = counts.sorted { a, b in a.value > b.value || a.value == b.value && a.key < b.key }
            return sorted.count >= 2 ? [sorted[0].key, sorted[1].key] : []
        }
        // The two leaders: the first two people the article names (its protagonists), as
        // counts favour whoever the story discusses at length.
        var firstPeople: [String] = []
        for m in context.doc.entityMentions where m.kind == .name && m.type == .person {
            if let id = m.id, !firstPeople.contains(id) { firstPeople.append(id) }
            if firstPeople.count == 2 { break }
        }
        leaderPair = firstPeople.count == 2 ? firstPeople : top2(people)
        statePair = top2(states)
        times = context.doc.record.times.filter { $0.value != nil }
        if let p = context.doc.record.published {
            published = (p.date, p.precision)
            publishedDay = PartialDate(p.date)?.earliest
        } else if let a = context.doc.anchor {
            published = (a.iso, .day)
            publishedDay = a.year * 10000 + a.month * 100 + a.day
        } else {
            published = nil
            publishedDay = nil
        }
    }

    struct Actors {
        var sources: [EntityMention] = []
        var targets: [EntityMention] = []
    }

    func run() -> [EventRecord] {
        var events: [EventRecord] = []
        let trie = c.kb.lexicons.eventTriggers
        var lastSources: [String] = []
        var seen: [(String, [String], String?)] = []
        for (s, sentence) in c.sentences.enumerated() {
            var i = sentence.lowerBound
            var previous: EventRecord?
            while i < sentence.upperBound {
                guard c.doc.keyIDs[i] >= 0 || c.doc.peelIDs[2 * i] >= 0,
                    let hit = TrieScanner.match(trie, in: c.doc, at: i, limit: sentence.upperBound)
                else {
                    i += 1
                    continue
                }
                if c.mentionAt[i] >= 0 && c.doc.entityMentions[Int(c.mentionAt[i])].kind == .name {
                    i += 1
                    continue
                }
                let trigger = hit.values[0]
                i = hit.tokens.upperBound
                guard var event = code(hit.tokens, trigger, sentence: s, lastSources: lastSources, previous: previous)
                else { continue }
                // Several reports of the same act by the same actors on one date are one event.
                let key = (String(event.cameo.prefix(2)) + (event.plover ?? ""), event.source.sorted(), event.date)
                previous = event
                lastSources = event.source
                if seen.contains(where: {
                    $0.0 == key.0 && $0.1 == key.1 && ($0.2 == key.2 || $0.2 == nil || key.2 == nil)
                }) {
                    continue
                }
                seen.append(key)
                event.context.sort()
                events.append(event)
            }
        }
        return events
    }

    func code(
        _ tokens: Range<Int>, _ trigger: EventTrigger, sentence s: Int, lastSources: [String], previous: EventRecord?
    ) -> EventRecord? {
        let sentence = c.sentences[s]
        let doc = c.doc
        var actors = Actors()
        let isVerb = trigger.pos == "verb"
        // A verbal noun in reported speech (أكد ضرورة تعزيز التعاون، أعرب عن استعداد …) states an
        // intent, not an act: CAMEO 03x, PLOVER AGREE, by the speaker.
        if !isVerb, let intent = EventPass.intent(of: trigger),
            let at = attributions.last(where: { $0.content.map { $0.contains(tokens.lowerBound) } ?? false }),
            let speaker = at.speaker
        {
            let speakerMentions = at.speakerMention.map { [c.doc.entityMentions[$0]] } ?? []
            let near = tokens.upperBound..<min(sentence.upperBound, tokens.upperBound + 10)
            let target = counterpart(of: [speaker], actors: speakerMentions, near: near).map { [$0] } ?? []
            return finish(tokens, intent, sentence: s, sourceIDs: [speaker], targetIDs: target, actors: Actors())
        }
        // Sources after a verb (VSO), joined by و.
        var t = tokens.upperBound
        let window = min(sentence.upperBound, tokens.upperBound + 6)
        var collectiveSources: [String] = []
        if isVerb {
            while t < window {
                if c.isStop(t) || c.isQuoteMark(t) { break }
                if let (_, m) = c.actingMention(at: t) {
                    if c.isPrepositional(m) || c.keyIs(t - 1, EventPass.objectPrepositions) { break }
                    actors.sources.append(m)
                    t = c.endToken(m)
                    // شي وبوتين: more subjects joined by و.
                    while t < sentence.upperBound, let (_, n) = c.actingMention(at: t), c.doc.keys[t].hasPrefix("و"),
                        !c.isPrepositional(n)
                    {
                        actors.sources.append(n)
                        t = c.endToken(n)
                    }
                    break
                }
                if let group = collective(at: t) {
                    collectiveSources = group
                    break
                }
                // Only time words, adverbs and commas may stand between a verb and its subject.
                if c.isComma(t) || c.keyIs(t, EventPass.adverbs) || inTime(t) { t += 1; continue }
                break
            }
        }
        // A verbal noun names its actors after it (اتصال أجراه X مع Y، زيارة X إلى Y، محادثات بين X وY).
        if !isVerb {
            var u = tokens.upperBound
            let end = min(sentence.upperBound, tokens.upperBound + 8)
            while u < end, actors.sources.isEmpty {
                if c.isStop(u) || c.isComma(u) { break }
                if let (_, m) = c.actingMention(at: u) {
                    if c.isPrepositional(m) || c.keyIs(u - 1, EventPass.objectPrepositions) && !c.keyIs(u - 1, ["بين"])
                    {
                        break
                    }
                    actors.sources.append(m)
                    u = c.endToken(m)
                    while u < sentence.upperBound, let (_, n) = c.actingMention(at: u), c.doc.keys[u].hasPrefix("و"),
                        !c.isPrepositional(n)
                    {
                        actors.sources.append(n)
                        u = c.endToken(n)
                    }
                    break
                }
                u += 1
            }
        }
        // SVO with a collective subject: الزعيمين اتفقا، الصين وروسيا اختتمتا.
        if actors.sources.isEmpty, collectiveSources.isEmpty, tokens.lowerBound > sentence.lowerBound,
            let group = collective(at: tokens.lowerBound - 1)
        {
            collectiveSources = group
        }
        var targetSearchStart = actors.sources.last.map { c.endToken($0) } ?? tokens.upperBound
        // Subject before the trigger (SVO) or the sentence's subject.
        if actors.sources.isEmpty && collectiveSources.isEmpty {
            var b = tokens.lowerBound - 1
            let stop = max(sentence.lowerBound, tokens.lowerBound - 12)
            while b >= stop {
                if c.isStop(b) || c.isComma(b) { break }
                if let (_, m) = c.actingMention(at: b), !c.isPrepositional(m),
                    !c.keyIs(m.tokens.lowerBound - 1 >= 0 ? m.tokens.lowerBound - 1 : 0, EventPass.objectPrepositions)
                {
                    actors.sources.insert(m, at: 0)
                    // A joint subject before: X وY.
                    var p = m.tokens.lowerBound - 1
                    if doc.keys[m.tokens.lowerBound].hasPrefix("و") {
                        while p >= stop, c.mentionAt[p] < 0 { p -= 1 }
                        if p >= stop, let (_, n) = c.actingMention(at: p), !c.isPrepositional(n),
                            c.endToken(n) == m.tokens.lowerBound
                        {
                            actors.sources.insert(n, at: 0)
                        }
                    }
                    break
                }
                b -= 1
            }
            if !isVerb, actors.sources.isEmpty,
                let m = QuotePass(context: c).subject(in: sentence.lowerBound..<tokens.lowerBound)
            {
                actors.sources.append(m)
            }
            // A verbal noun after a verb event of the sentence (أشاد X وY … خلال مكالمة فيديو)
            // shares its actors.
            if !isVerb, let previous, !previous.source.isEmpty {
                var sources = previous.source
                var targets: [String] = []
                var u = tokens.upperBound
                while u < min(sentence.upperBound, tokens.upperBound + 6) {
                    if let (_, m) = c.actingMention(at: u),
                        c.keyIs(u - 1, ["مع"]) || c.isPrepositional(m) && c.doc.keys[c.firstToken(m)].hasPrefix("م"),
                        let id = c.actorID(m)
                    {
                        targets.append(id)
                        break
                    }
                    u += 1
                }
                if trigger.mutual {
                    sources = unique(sources + targets)
                    targets = sources.count >= 2 ? sources.reversed() : previous.target
                } else if targets.isEmpty {
                    targets = previous.target
                }
                return finish(tokens, trigger, sentence: s, sourceIDs: sources, targetIDs: targets, actors: actors)
            }
            targetSearchStart = tokens.upperBound
        }
        var sourceIDs = unique(actors.sources.compactMap { c.actorID($0) } + collectiveSources)
        if sourceIDs.isEmpty, isVerb {
            // The speaker of the clause, else the last actor (وأشاد بـ…).
            if let at = attributions.last(where: { $0.content.map { $0.contains(tokens.lowerBound) } ?? false }),
                let sp = at.speaker
            {
                sourceIDs = [sp]
            } else if let at = attributions.last(where: { $0.sentence == s && $0.cue.lowerBound <= tokens.lowerBound }),
                let sp = at.speaker
            {
                sourceIDs = [sp]
            } else {
                sourceIDs = lastSources
            }
        }
        guard !sourceIDs.isEmpty else { return nil }
        // Targets: the object or a prepositional actor after the trigger/subject.
        var u = targetSearchStart
        let targetEnd = min(sentence.upperBound, u + 12)
        while u < targetEnd {
            if c.isStop(u) { break }
            if let (_, m) = c.actingMention(at: u), let id = c.actorID(m), !sourceIDs.contains(id) {
                actors.targets.append(m)
                u = c.endToken(m)
                while u < sentence.upperBound, let (_, n) = c.actingMention(at: u), c.doc.keys[u].hasPrefix("و") {
                    actors.targets.append(n)
                    u = c.endToken(n)
                }
                break
            }
            u += 1
        }
        var targetIDs = unique(actors.targets.compactMap { c.actorID($0) }.filter { !sourceIDs.contains($0) })
        if trigger.mutual {
            if targetIDs.isEmpty, sourceIDs.count >= 2 {
                targetIDs = sourceIDs.reversed()
            } else if !targetIDs.isEmpty {
                let all = unique(sourceIDs + targetIDs)
                sourceIDs = all
                targetIDs = all.reversed()
            }
        }
        if targetIDs.isEmpty {
            // Joint actors of several states act toward each other's state.
            let countries = unique(actors.sources.compactMap { m in m.country.flatMap { c.kb.country($0)?.id } })
            if countries.count >= 2 {
                targetIDs = countries.reversed()
            } else if let other = counterpart(
                of: sourceIDs, actors: actors.sources,
                near: tokens.upperBound..<min(sentence.upperBound, tokens.upperBound + 10))
            {
                targetIDs = [other]
            }
        }
        return finish(tokens, trigger, sentence: s, sourceIDs: sourceIDs, targetIDs: targetIDs, actors: actors)
    }

    func finish(
        _ tokens: Range<Int>, _ trigger: EventTrigger, sentence s: Int, sourceIDs: [String], targetIDs: [String],
        actors: Actors
    ) -> EventRecord? {
        let sentence = c.sentences[s]
        let doc = c.doc
        // Context, date, evidence.
        var context: [String] = []
        let before = max(sentence.lowerBound, tokens.lowerBound - 3)
        for k in before..<tokens.lowerBound where c.keyIs(k, EventPass.negations) { context.append("negated"); break }
        if inNegatedReport(tokens.lowerBound) && !context.contains("negated") { context.append("negated") }
        for k in max(sentence.lowerBound, tokens.lowerBound - 4)..<tokens.lowerBound
        where c.keyIs(k, EventPass.futureWords) || isFutureVerb(k) {
            context.append("future")
            break
        }
        for k in sentence.lowerBound..<tokens.lowerBound where c.keyIs(k, ["اذا", "لو", "حال"]) {
            context.append("hypothetical")
            break
        }
        var date: String?
        var precision: DatePrecision?
        if let time = nearestTime(sentence, tokens) {
            date = time.value
            precision = time.precision
        } else if !isBackground(sentence, tokens), let p = published {
            date = p.date
            precision = p.precision
        }
        if let d = date, let pd = PartialDate(d), let pub = publishedDay, monthIndex(pub) - monthIndex(pd.latest) >= 2 {
            context.append("historical")
        }
        var lo = tokens.lowerBound
        var hi = tokens.upperBound
        for m in actors.sources + actors.targets {
            lo = min(lo, m.tokens.lowerBound)
            hi = max(hi, c.endToken(m))
        }
        // The clause: from the last clause break before the actors and trigger.
        while lo > sentence.lowerBound, !c.isComma(lo - 1), !c.isQuoteMark(lo - 1), lo > tokens.lowerBound - 12 {
            lo -= 1
        }
        while lo < hi - 1, c.isTrimmable(lo) { lo += 1 }
        while hi > lo + 1, c.isTrimmable(hi - 1) { hi -= 1 }
        let range = doc.tokens[lo].start..<doc.tokens[hi - 1].end
        return EventRecord(
            plover: trigger.plover, mode: trigger.mode, cameo: trigger.cameo, source: sourceIDs, target: targetIDs,
            date: date, precision: precision, context: context, location: nil, evidence: doc.span(range))
    }

    /// A collective subject at token `t`: a dual (الزعيمان، البلدين) standing for the article's
    /// two main people or states, or a plural with nisba adjectives (دبلوماسيون صينيون وروس).
    func collective(at t: Int) -> [String]? {
        if c.keyIs(t, EventPass.dualLeaders), !leaderPair.isEmpty { return leaderPair }
        if c.keyIs(t, EventPass.dualStates), !statePair.isEmpty { return statePair }
        guard c.doc.tokens[t].kind == .arabic, c.mentionAt[t] < 0 else { return nil }
        var states: [String] = []
        var u = t + 1
        while u < c.doc.tokens.count, u <= t + 3, let hit = TrieScanner.match(c.kb.adjectives, in: c.doc, at: u),
            let index = hit.values.first
        {
            states.append(c.kb.actors[Int(index)].id)
            u = hit.tokens.upperBound
        }
        return states.isEmpty ? nil : states
    }

    /// The intent (CAMEO 03x) that a cooperative act's verbal noun expresses in speech.
    static func intent(of trigger: EventTrigger) -> EventTrigger? {
        let code = trigger.cameo
        var intent: String
        switch trigger.plover {
        case "COOPERATE":
            intent =
                code.hasPrefix("061") ? "0311" : code.hasPrefix("062") ? "0312" : code.hasPrefix("063") ? "0313" : "030"
        case "AID":
            intent =
                code.hasPrefix("071") ? "0331" : code.hasPrefix("072") ? "0332" : code.hasPrefix("073") ? "0333" : "033"
        case "SUPPORT" where code == "050": intent = "032"
        default: return nil
        }
        var stated = trigger
        stated.plover = "AGREE"
        stated.mode = nil
        stated.cameo = intent
        stated.mutual = false
        return stated
    }

    /// Whether token `t` lies in a time expression.
    func inTime(_ t: Int) -> Bool {
        let start = c.doc.tokens[t].start
        for m in c.doc.timeMentions where m.start <= start && start < m.end { return true }
        return false
    }

    func monthIndex(_ yyyymmdd: Int) -> Int { yyyymmdd / 10000 * 12 + yyyymmdd / 100 % 100 }

    func unique(_ ids: [String]) -> [String] {
        var out: [String] = []
        for id in ids where !out.contains(id) { out.append(id) }
        return out
    }

    /// A present verb with the future prefix سـ (سيعقد، ستزور) just before the trigger.
    func isFutureVerb(_ k: Int) -> Bool {
        let key = c.doc.keys[k].unicodeScalars
        guard key.count >= 4, let first = key.first, first == "\u{0633}" else { return false }
        let second = key[key.index(after: key.startIndex)]
        return second == "\u{064A}" || second == "\u{062A}" || second == "\u{0646}"
    }

    /// Whether the trigger lies in the content of a denial (نفى أن …).
    func inNegatedReport(_ t: Int) -> Bool {
        for at in attributions {
            guard let content = at.content, content.contains(t) else { continue }
            let key = c.doc.keys[at.cue.lowerBound]
            if key.hasSuffix("نفي") || key.hasSuffix("نفت") || key.hasSuffix("نفوا") || key.contains("ينفي")
                || key.contains("تنفي")
            {
                return true
            }
        }
        return false
    }

    /// The resolved time expression of the sentence nearest the trigger.
    func nearestTime(_ sentence: Range<Int>, _ tokens: Range<Int>) -> TimeExpression? {
        let lo = c.doc.tokens[sentence.lowerBound].start
        let hi = c.doc.tokens[sentence.upperBound - 1].end
        let at = c.doc.tokens[tokens.lowerBound].start
        var best: TimeExpression?
        var bestDistance = Int.max
        for time in times where time.start >= lo && time.end <= hi {
            guard time.kind != "duration" && time.kind != "ordinal" else { continue }
            let distance = abs(time.start - at)
            if distance < bestDistance {
                best = time
                bestDistance = distance
            }
        }
        return best
    }

    /// A background clause (وكان … قد، منذ أن) tells of the past: undated without its own date.
    func isBackground(_ sentence: Range<Int>, _ tokens: Range<Int>) -> Bool {
        let from = max(sentence.lowerBound, tokens.lowerBound - 8)
        for k in from..<tokens.lowerBound {
            if c.keyIs(k, ["قد"]) && k > sentence.lowerBound { return true }
            if c.keyIs(k, ["منذ", "سبق", "وسبق", "الذكري", "بالذكري", "للذكري"]) { return true }
        }
        for k in sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 2)
        where c.keyIs(k, ["وكان", "وكانت", "كان", "كانت"]) {
            return true
        }
        return false
    }

    /// The main other state: a country named just after the trigger, else the article's most
    /// named country, other than the sources' own.
    func counterpart(of sources: [String], actors: [EntityMention], near: Range<Int>) -> String? {
        var own = Set<String>()
        for m in actors { if let country = m.country { own.insert(country) } }
        for m in c.doc.entityMentions where m.id.map({ sources.contains($0) }) ?? false {
            if let country = m.country { own.insert(country) }
        }
        for t in near {
            if let (_, m) = c.actingMention(at: t), m.type == .gpe, let country = m.country, !own.contains(country),
                let actor = c.kb.country(country)
            {
                return actor.id
            }
        }
        var counts: [String: Int] = [:]
        for m in c.doc.entityMentions where m.kind == .name && (m.type == .gpe) {
            guard let country = m.country, !own.contains(country), let actor = c.kb.country(country) else { continue }
            counts[actor.id, default: 0] += 1
        }
        return counts.max { a, b in a.value < b.value || a.value == b.value && a.key > b.key }?.key
    }
}
