import MarsadKnowledge
import MarsadText

/// Who acts and on whom: the sources and targets of a trigger within its clause.
extension EventPass {
    /// Function words that are never an unnamed subject.
    static let particles: WordSet = [
        "في", "من", "الي", "علي", "عن", "مع", "ان", "انه", "انها", "بان", "الا", "ثم", "او", "ام", "كما", "اما",
        "ما", "هو", "هي", "هم", "هما", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض", "اي", "قد", "لقد", "حتي", "اذ",
        "فيه", "فيها", "فيهم", "عليه", "عليها", "منه", "منها", "عنه", "عنها", "اليه", "اليها", "لديه", "لديها",
        "معه", "معها", "حيث", "كان", "كانت", "يكون", "تكون", "ليس", "بينما", "لكن", "ايضا", "كذلك",
    ]

    /// Prepositions that govern a verbal noun (في حادثة، خلال اتصال).
    static let governingPrepositions: WordSet = [
        "في", "علي", "من", "الي", "عن", "خلال", "عبر", "اثناء", "وفي", "بعد", "قبل",
    ]
    /// بين and من before a group (بين الصين وروسيا، من الجانبين).
    static let betweenOrFrom: WordSet = ["بين", "من"]
    /// أن and بأن opening a complement clause.
    static let anOrBian: WordSet = ["ان", "بان"]
    /// أن with a pronoun of the speaker (أنه، أنني، بأننا).
    static let speakerAnWords: WordSet = ["انه", "بانه", "انني", "اننا", "باننا"]
    /// ذكرى with its clitics (an anniversary dates an event).
    static let anniversaryWords: WordSet = ["الذكري", "ذكري", "بالذكري", "للذكري", "والذكري"]
    /// Prepositions of the channel of a meeting (في اتصال، عبر الفيديو).
    static let viaPrepositions: WordSet = ["في", "عبر", "وفي"]

    enum Subject {
        case none
        case named(ActorGroup)
        /// A noun that is not an actor the knowledge base knows (رفض زعماء آخرون …).
        case unnamed
    }

    /// The event of a trigger with its actors, or nil when it has none or is not an act.
    func draft(_ hit: TriggerHit, sentence s: Int, earlier: [EventDraft], lastSources: [String]) -> EventDraft? {
        let sentence = c.sentences[s]
        var d = EventDraft(hit: hit, trigger: hit.trigger, sentence: s)
        d.speech = speechSource(at: hit.head)
        // A feared or rumoured act (مخاوف من غزو) is not an event.
        if feared(hit, sentence) { return nil }
        // A relation (تعاون، شراكة) is an act when said, or after a verbal noun of action.
        if hit.trigger.reading == "speech", d.speech == nil, !governed(hit, sentence) { return nil }
        if isBackReference(hit, sentence) { return nil }
        if hit.coordinated {
            guard let prev = earlier.last else { return nil }
            d.sources = prev.sources
            d.targets = prev.targets
            return settle(d, unknownCounterpart: false)
        }
        // A verb after ستواصل، ضرورة، تعزيز is its verbal noun (ستواصل دعم بكين): the actor after
        // it is its object.
        let masdar =
            hit.isVerb && hit.gap == nil
            && (grammar.ends(before: hit.head, .prospective, from: sentence.lowerBound)
                || grammar.ends(before: hit.head, .actionGovernor, from: sentence.lowerBound))
        let asVerb = hit.isVerb && !masdar
        var targetFrom = hit.end
        var object: ActorGroup?
        var unnamed = false
        // عاصفة رملية تجتاح الرياض: an unnamed subject right before the verb; what follows is
        // its object.
        if asVerb && !hit.conjoined && hit.gap == nil && hasUnnamedSubjectBefore(hit, sentence) { return nil }
        if asVerb {
            let continuing = continuedSubject(hit, sentence: sentence, earlier: earlier)
            switch subjectAfter(hit, sentence) {
            case .named(let g):
                if let prior = continuing, !g.collective {
                    // وأشاد … ودعا حلف الأطلسي إلى …: the subject goes on, the name is the object.
                    d.sources = prior
                    object = g
                } else {
                    d.sources = g.ids
                    d.spans.append(g.span)
                    if hit.gap == nil { targetFrom = g.span.upperBound }
                }
            case .unnamed:
                // وسيلتقي الفائز مع …: an unnamed party to a meeting; ورفض الاتهامات: an object.
                if let prior = continuing, hit.trigger.plover != "CONSULT" { d.sources = prior } else { unnamed = true }
            case .none:
                if let prior = continuing { d.sources = prior }
            }
        } else if !hit.trigger.possessed, !masdar {
            let passive = isPassive(hit, sentence)
            let agent = agentMarked(after: hit.end, sentence)
            if !hit.purpose, let g = agentAfter(hit, sentence) {
                if hit.instrument && ["SUPPORT", "AID", "COOPERATE"].contains(hit.trigger.plover ?? "") {
                    // حققت القوات تقدما بدعم أمريكي: the supporter acts on the clause's subject.
                    d.sources = g.ids
                    d.spans.append(g.span)
                    if let subject = subjectBefore(hit, sentence, crossing: true)
                        ?? sentenceSubject(before: hit.head, sentence)
                    {
                        object = subject
                    }
                } else if passive || agent != nil || hit.trigger.genitiveObject && !agentWithObject(g, sentence) {
                    // اعتقال الصحفي، تم اتهام إسرائيل، مقتل X على أيدي Y: the genitive is the object.
                    object = g
                    targetFrom = g.span.upperBound
                } else {
                    // زيارة X إلى Y، اتصال أجراه X مع Y، محادثات بين X وY، العقوبات الغربية على …
                    d.sources = g.ids
                    d.spans.append(g.span)
                    targetFrom = g.span.upperBound
                }
            }
            if let a = agent {
                d.sources = a.ids
                d.spans.append(a.span)
            } else if passive
                || hit.instrument && d.sources.isEmpty
                    && ["SUPPORT", "AID", "COOPERATE"].contains(hit.trigger.plover ?? "")
            {
                return nil  // done by someone the text does not name
            }
        }
        if !asVerb && d.sources.isEmpty && isGoverned(byPreposition: hit, sentence) && !hit.trigger.possessed {
            // في حادثة إطلاق النار، لدعم …: a noun in a prepositional phrase has no subject of
            // its own; only an act of the sentence it belongs to can lend one (below).
            unnamed = true
        }
        var indirect: [String] = []
        if d.sources.isEmpty, !(unnamed && !asVerb), let g = subjectBefore(hit, sentence) {
            d.sources = g.ids
            d.spans.append(g.span)
            unnamed = false
            // توفر بكين للرئيس الروسي بوتين دعما: the actor between the subject and the noun.
            if !asVerb { indirect = prepositionalActors(g.span.upperBound..<hit.head, limit: hit.head) }
        }
        if unnamed && asVerb { return nil }
        if d.sources.isEmpty, !asVerb, hit.trigger.mutual, anniversary(hit, sentence) != nil,
            let parties = partiesBetween(after: hit.end, sentence)
        {
            // الذكرى الثلاثين لتأسيس الشراكة … بين بكين وموسكو: the parties named later.
            d.sources = parties.ids
            d.spans.append(parties.span)
        }
        var tentative = false
        if d.sources.isEmpty {
            if let sp = d.speech, speakerActs(hit, sp) {
                d.sources = [sp.speaker]
            } else if !asVerb, let prev = earlier.last, !prev.sources.isEmpty {
                // أشاد X وY … خلال مكالمة فيديو: the noun shares the verb's actors.
                d.sources = prev.sources
                if prev.trigger.mutual || hit.trigger.mutual { indirect = prev.targets }
            } else if let sp = d.speech, hit.trigger.mutual {
                // اللقاءين اللذين عقدهما مع بوتين: the speaker met whoever the clause names.
                d.sources = [sp.speaker]
                tentative = true
            } else if asVerb, isFrame(hit.trigger),
                let at = attributions.last(where: {
                    $0.sentence == s && $0.cue.upperBound <= hit.head && $0.speaker != nil
                })
            {
                // معربا عن استعداده …: the participle's subject is the speaker of the sentence.
                d.sources = [at.speaker!]
            } else if asVerb && afterClauseBreak(hit, sentence), let g = sentenceSubject(before: hit.head, sentence) {
                // حيث التقى …: the subject of the main clause.
                d.sources = g.ids
            } else if asVerb && hit.conjoined && hit.head <= sentence.lowerBound + 1 && isFrame(hit.trigger) {
                // وأشاد، وأعرب عن … at the head of a sentence: the speaker goes on (statements
                // only: an unnamed attack or arrest is not the last speaker's).
                d.sources = lastSources
            }
        }
        guard !d.sources.isEmpty else { return nil }
        // Targets: the object, or the actors after مع، إلى، على، ضد … in the clause.
        var unknownCounterpart = false
        if let g = object {
            d.targets = g.ids.filter { !d.sources.contains($0) }
            d.spans.append(g.span)
        } else {
            let found = targets(from: targetFrom, hit: hit, sentence: sentence, sources: d.sources)
            d.targets = found.ids
            d.spans += found.spans
            unknownCounterpart = found.unknown
            d.ownIncluded = found.ownIncluded
            // وصل إلى، توجه إلى: a trigger ending in its preposition needs a named object.
            if found.ids.isEmpty, let last = hit.trigger.form.split(separator: " ").last,
                EventPass.particles.contains(PhraseKeys.key(last)), hit.end < sentence.upperBound,
                group(at: hit.end, limit: sentence.upperBound) == nil
            {
                return nil
            }
        }
        if d.targets.isEmpty && !unknownCounterpart { d.targets = indirect.filter { !d.sources.contains($0) } }
        if tentative && d.targets.isEmpty { return nil }
        applySpeech(&d)
        // ضرورة احترام الهدنة، لتعزيز الأمن: an act wanted, not done (unless said as an intent).
        if d.trigger.plover != "AGREE" && !d.spoken && wanted(hit, sentence) { return nil }
        // قُتلوا، اُعتقل: a past verb written with its passive vowel has no agent here.
        if asVerb && isPassiveVerb(hit) && agentMarked(after: hit.end, sentence) == nil { return nil }
        if d.trigger.plover == "AGREE", let other = hopedOf(hit, sentence: sentence, sources: d.sources) {
            // أعرب عن أمله في أن يحذو بوتين حذوه: a wish about another's act is an appeal to them.
            d.trigger = EventPass.stated(d.trigger, plover: "REQUEST", cameo: "020")
            d.targets = other
        }
        if d.targets.isEmpty, let accusers = answered(hit, sentence: sentence, sources: d.sources) {
            d.targets = accusers
        }
        return settle(d, unknownCounterpart: unknownCounterpart)
    }

    /// Talks, agreements and cooperation: acts between two parties that an article about two
    /// states is about (a clash with one side named has no guessable other side).
    static func diplomatic(_ t: EventTrigger) -> Bool {
        ["CONSULT", "AGREE", "SUPPORT", "COOPERATE"].contains(t.plover ?? "") || t.plover == nil
    }

    /// Mutual and joint acts, and the counterpart when the clause names no target.
    func settle(_ draft: EventDraft, unknownCounterpart: Bool) -> EventDraft? {
        var d = draft
        d.sources = d.sources.filter { !barred.contains($0) && !KeyBytes.hasPrefix($0, "local:") }
        d.targets = d.targets.filter { !barred.contains($0) && !KeyBytes.hasPrefix($0, "local:") }
        guard !d.sources.isEmpty else { return nil }
        if let plover = d.trigger.jointPlover, let cameo = d.trigger.jointCameo, d.sources.count >= 2 {
            // Exercises by two or more parties together: military cooperation.
            d.trigger.plover = plover
            d.trigger.cameo = cameo
            d.trigger.mode = nil
            d.trigger.mutual = true
        }
        if d.trigger.mutual && !d.spoken {
            if d.sources.count >= 2 {
                // The parties are named together: they act on each other, nobody else.
                d.targets = d.sources.reversed()
            } else if !d.targets.isEmpty {
                let all = unique(d.sources + d.targets)
                d.sources = all
                d.targets = all.reversed()
            } else if unknownCounterpart {
                return nil  // اتصال مع المسؤولين: with someone the text does not name
            }
        }
        if d.targets.isEmpty {
            let states = unique(d.sources.compactMap { ownState($0) })
            let bilateral =
                d.trigger.mutual || ["SUPPORT", "COOPERATE", "AGREE", "CONSULT"].contains(d.trigger.plover ?? "")
            if d.sources.count >= 2, states.count >= 2, bilateral {
                // Joint actors of several states acting together act toward each other's state.
                d.targets = states.reversed()
            } else if isFrame(d.trigger) || d.trigger.mutual && !d.spoken && EventPass.diplomatic(d.trigger),
                let other = counterpart(
                    of: d.sources, near: d.hit.end..<min(c.sentences[d.sentence].upperBound, d.hit.end + 10),
                    sentence: c.sentences[d.sentence])
            {
                // A statement, or a call or agreement, with no party named: the article's other state.
                if d.trigger.mutual && !d.spoken {
                    d.sources = unique(d.sources + [other])
                    d.targets = d.sources.reversed()
                } else {
                    d.targets = [other]
                }
            }
        }
        // A call, meeting or agreement with one party known: the other is not in the text.
        if d.trigger.mutual && !d.spoken && d.targets.isEmpty { return nil }
        if d.trigger.plover == "AGREE" && !d.trigger.mutual {
            // An intent addresses a state: cooperation with Putin is with Russia.
            d.targets = unique(d.targets.map { id in isState(id) ? id : (ownState(id) ?? id) })
            d.targets = d.targets.filter { !d.sources.contains($0) }
        }
        return d
    }

    // MARK: subjects

    /// The subject after a verb (VSO), in its gap for a gapped phrase: only time words,
    /// adverbs and commas may stand before it.
    func subjectAfter(_ hit: TriggerHit, _ sentence: Range<Int>) -> Subject {
        if hit.gap == nil && hit.end - hit.head >= 2 {
            // أعرب عن استعداد موسكو، حشد القوات الروسية: after a whole phrase comes its
            // complement; a nisba there names the agent.
            if hit.end < sentence.upperBound, c.mentionAt[hit.end] < 0,
                let states = nisbas(after: hit.end, limit: sentence.upperBound)
            {
                return .named(ActorGroup(ids: states.ids, span: hit.end..<states.end))
            }
            return .none
        }
        // A verb in the dual or plural (اتفقا، التقوا، يبحثان) has its subject before it or in
        // itself: the name after it is its object.
        if hit.gap == nil && isPluralVerb(hit) { return .none }
        var t = hit.gap?.lowerBound ?? hit.end
        let limit = hit.gap?.upperBound ?? min(sentence.upperBound, t + 6)
        while t < limit {
            if c.isStop(t) || c.isQuoteMark(t) || c.isColon(t) { return .none }
            if let g = group(at: t, limit: sentence.upperBound) {
                if g.prepositional || g.locative { return .none }
                // لم يزر كينيا: a visit's destination right after the verb, the visitor unnamed.
                if hit.trigger.cameo == "042", g.ids.allSatisfy({ isState($0) }),
                    group(at: g.span.upperBound, limit: sentence.upperBound) == nil
                {
                    return .none
                }
                return .named(g)
            }
            if c.isComma(t) || inTime(t) || grammar.isA(t, .adverb) {
                t += 1
                continue
            }
            guard isUnnamedSubject(t) else { return .none }
            // An unknown word joined to a name (جمع شي وبوتين, شي not resolved): the name acts.
            if t + 1 < limit, KeyBytes.hasPrefix(c.doc.keys[t + 1], "\u{0648}"),
                let g = group(at: t + 1, limit: sentence.upperBound),
                !g.prepositional
            {
                return .named(g)
            }
            return .unnamed
        }
        return .none
    }

    /// An unnamed noun (or a demonstrative: ذلك يهدد) right before a verb, times skipped (29
    /// ضربة جوية يوم الأحد استهدفت …): the verb's subject, not a name after it.
    func hasUnnamedSubjectBefore(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        var b = hit.head - 1
        while b >= sentence.lowerBound, inTime(b) { b -= 1 }
        guard b >= sentence.lowerBound, b < hit.head - 1 || !inTime(hit.head - 1) else { return false }
        return isUnnamedSubject(b) || grammar.isA(b, .anaphor)
    }

    /// Whether the verb of a hit carries a dual or plural ending (اتفقا، التقوا، تحدثتا، يبحثان).
    func isPluralVerb(_ hit: TriggerHit) -> Bool {
        // Keys and forms are normalised letters: scalars and bytes, not Characters (a String
        // operation by Character costs a thousand instructions or more).
        let form = hit.trigger.form
        let word = form.utf8.firstIndex(of: 0x20).map { String(Substring(form.utf8[..<$0])) } ?? form
        guard !word.isEmpty else { return false }
        let base = PhraseKeys.key(word)
        var key = c.doc.keys[hit.head]
        if hit.conjoined, key.unicodeScalars.count > 1 {
            key = String(String.UnicodeScalarView(key.unicodeScalars.dropFirst()))
        }
        guard !ByteHash.equal(key, base), !KeyBytes.hasSuffix(key, "\u{0647}") else { return false }
        for ending in ["\u{0648}\u{0627}", "\u{062A}\u{0627}", "\u{0648}\u{0646}", "\u{0627}\u{0646}", "\u{0627}"]
        where KeyBytes.hasSuffix(key, ending) && !KeyBytes.hasSuffix(base, ending) {
            return true
        }
        return false
    }

    /// A past verb written with a damma on its first letter (قُتل، اُعتقلوا): the passive.
    func isPassiveVerb(_ hit: TriggerHit) -> Bool {
        var scalars = c.doc.tokenText(hit.head).unicodeScalars.makeIterator()
        var letters = 0
        let skip = hit.conjoined ? 1 : 0
        while let u = scalars.next() {
            if u.value >= 0x064B && u.value <= 0x0652 {
                if letters == skip + 1 { return u.value == 0x064F }
                continue
            }
            letters += 1
            if letters > skip + 1 { return false }
        }
        return false
    }

    /// A verbal noun after تم، يتم، سيتم، جرى (told without its agent).
    func isPassive(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        for k in max(sentence.lowerBound, hit.head - 2)..<hit.head where grammar.isA(k, .passive) { return true }
        return false
    }

    /// The agent after على أيدي، من قبل، الصادر عن … in the clause after `u`.
    func agentMarked(after u: Int, _ sentence: Range<Int>) -> ActorGroup? {
        var t = u
        let end = min(sentence.upperBound, u + 8)
        while t < end, !c.isStop(t), !c.isComma(t) {
            if let n = grammar.length(t, .agentMarker, limit: end), let g = group(at: t + n, limit: sentence.upperBound)
            {
                return g
            }
            t += 1
        }
        return nil
    }

    /// Whether a genitive is the agent because the object follows with ل (إدانة السعودية للهجوم).
    func agentWithObject(_ g: ActorGroup, _ sentence: Range<Int>) -> Bool {
        let u = g.span.upperBound
        guard u < sentence.upperBound else { return false }
        let first = c.doc.keys[u].unicodeScalars.first
        return first == "\u{0644}" && (c.doc.keyIDs[u] < 0 || c.doc.peelIDs[2 * u] >= 0)
    }

    /// A noun inside a prepositional phrase (في حادثة، خلال اتصال، بدعم، لتعزيز).
    func isGoverned(byPreposition hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        if hit.purpose || hit.instrument { return true }
        guard hit.head > sentence.lowerBound else { return false }
        let prepositions = EventPass.governingPrepositions
        if c.keyIs(hit.head - 1, prepositions) { return true }
        // في نهاية الزيارة، خلال فترة الهدنة: a noun in construct between.
        if hit.head - 2 >= sentence.lowerBound, c.keyIs(hit.head - 2, prepositions),
            !KeyBytes.hasPrefix(c.doc.keys[hit.head - 1], "\u{0627}\u{0644}"), c.mentionAt[hit.head - 1] < 0
        {
            return true
        }
        // في التخصيب والحصار، للضغوط والحظر والتهديد: a noun joined to a governed one.
        guard hit.conjoined else { return false }
        var k = hit.head - 1
        while k >= max(sentence.lowerBound, hit.head - 6), !c.isComma(k), !c.isStop(k) {
            if c.keyIs(k, prepositions) || startsWithPreposition(k) { return true }
            if !KeyBytes.hasPrefix(c.doc.keys[k], "\u{0648}") && k < hit.head - 2 { break }
            k -= 1
        }
        return false
    }

    /// A content word standing where a subject stands: a noun the knowledge base does not
    /// know (زعماء آخرون، القوات، مسلحون) or a number (قتل 5 أشخاص).
    func isUnnamedSubject(_ t: Int) -> Bool {
        let kind = c.doc.tokens[t].kind
        if kind == .number { return true }
        guard kind == .arabic, !c.keyIs(t, EventPass.particles), !c.keyIs(t, QuotePass.anWords) else { return false }
        if startsWithPreposition(t) || c.mentionAt[t] >= 0 { return false }
        if let h = grammar.hit(t), !h.values.contains(where: { $0.wordClass == EventGrammar.Word.agent.rawValue }) {
            return false
        }
        if TrieScanner.match(c.kb.adjectives, in: c.doc, at: t) != nil { return false }
        return c.doc.keys[t].unicodeScalars.count >= 3
    }

    /// The subject before the trigger in its clause (SVO): the nearest group that is not an
    /// object or a place, with the names joined to it before (الصين وروسيا … أعلنتا).
    func subjectBefore(_ hit: TriggerHit, _ sentence: Range<Int>, crossing: Bool = false) -> ActorGroup? {
        var b = hit.head - 1
        // A possessed noun (أعلنت الحكومات الغربية، بما في ذلك …، مقاطعتها) looks past appositions.
        let crossCommas = hit.trigger.possessed || crossing
        let stop = max(sentence.lowerBound, hit.head - (crossCommas ? 16 : 12))
        while b >= stop {
            if c.isStop(b) || c.isQuoteMark(b) || c.isComma(b) && !crossCommas { return nil }
            if grammar.isA(b, .clauseBreak) { return nil }
            // ستة أشخاص اعتقلوا، الجيش الموالي … تفرض: a verb's subject is a noun we do not know.
            if hit.isVerb && !crossCommas && isUnnamedSubject(b) && !inTime(b) && !grammar.isA(b, .adverb) {
                return nil
            }
            if let g = group(at: b, limit: hit.head), g.span.contains(b) || g.span.lowerBound == b {
                if g.prepositional || g.locative {
                    b = g.span.lowerBound - 1
                    continue
                }
                return joinedBefore(g, stop: stop)
            }
            b -= 1
        }
        return nil
    }

    /// The group with the names joined before it by و (X وY: Y was found first).
    func joinedBefore(_ g: ActorGroup, stop: Int) -> ActorGroup {
        var group = g
        var first = g.span.lowerBound
        while first > stop, KeyBytes.hasPrefix(c.doc.keys[first], "\u{0648}") {
            var p = first - 1
            while p >= stop, c.mentionAt[p] < 0, c.roleOwner[p] < 0 { p -= 1 }
            guard p >= stop, let (_, n) = c.actingMention(at: p), c.endToken(n) == first, !c.isPrepositional(n),
                let id = c.actorID(n)
            else { break }
            group.ids.insert(id, at: 0)
            first = c.firstToken(n)
        }
        group.span = first..<group.span.upperBound
        group.ids = unique(group.ids)
        return group
    }

    /// The agent named after a verbal noun: a genitive name (زيارة بوتين، إرسال بوتين), the
    /// parties after بين, a name after a participle (اتصال أجراه الرئيس), or a nisba (العقوبات
    /// الغربية، الهجوم الروسي).
    func agentAfter(_ hit: TriggerHit, _ sentence: Range<Int>) -> ActorGroup? {
        var u = hit.gap?.lowerBound ?? hit.end
        let end = min(sentence.upperBound, u + 6)
        if let (actor, n) = grammar.collective(u, adjective: true) {
            return ActorGroup(ids: [actor], span: u..<(u + n))
        }
        if u < end, c.mentionAt[u] < 0, let states = nisbas(after: u, limit: end) {
            return ActorGroup(ids: states.ids, span: u..<states.end)
        }
        var skipped = 0
        while u < end {
            if c.isStop(u) || c.isComma(u) || c.isQuoteMark(u) { return nil }
            if let g = group(at: u, limit: sentence.upperBound) {
                if g.locative { return nil }
                // لروسيا، مع بوتين: an object; بين X وY: the parties; تحذيرات من الغرب: the agent.
                if g.prepositional { return c.keyIs(g.span.lowerBound - 1, EventPass.betweenOrFrom) ? g : nil }
                return g
            }
            if grammar.isA(u, .objectPreposition) && !c.keyIs(u, EventPass.betweenOrFrom) || grammar.isA(u, .locative)
                || grammar.isA(u, .clauseBreak) || startsWithPreposition(u)
                || TrieScanner.match(c.kb.lexicons.eventTriggers, in: c.doc, at: u, limit: end) != nil
            {
                return nil  // another phrase begins (بالتعاون، في بكين، حيث …)
            }
            skipped += 1
            if skipped > 4 { return nil }
            u += 1
        }
        return nil
    }

    /// The subject that a verb conjoined mid-sentence continues (وأشاد … ودعا …، قبل أن … وهدد):
    /// the actors of the sentence's last event, else its subject. Nil at a clause start.
    func continuedSubject(_ hit: TriggerHit, sentence: Range<Int>, earlier: [EventDraft]) -> [String]? {
        guard hit.conjoined, hit.head > sentence.lowerBound + 1 else { return nil }
        let before = hit.head - 1
        if c.isQuoteMark(before) || c.isColon(before) { return nil }
        if let prev = earlier.last, !prev.sources.isEmpty { return prev.sources }
        return sentenceSubject(before: hit.head, sentence).map(\.ids)
    }

    /// An organisation named inside a title (سكرتير مجلس الأمن الروسي، المتحدث باسم الكرملين):
    /// the title's holder acts, not the organisation.
    func isTitleScope(_ g: ActorGroup) -> Bool { c.titleEnds(before: g.span.lowerBound) }

    /// A verb right after حيث، بينما … (its own clause with the main clause's subject).
    func afterClauseBreak(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        hit.head > sentence.lowerBound && grammar.ends(before: hit.head, .clauseBreak, from: sentence.lowerBound)
    }

    /// The first group of the sentence before `t` that may be a subject.
    func sentenceSubject(before t: Int, _ sentence: Range<Int>) -> ActorGroup? {
        var u = sentence.lowerBound
        while u < t {
            if let g = group(at: u, limit: t), g.span.upperBound <= t {
                if !g.prepositional && !g.locative && !isTitleScope(g) { return g }
                u = max(u + 1, g.span.upperBound)
                continue
            }
            u += 1
        }
        return nil
    }

    // MARK: targets

    /// The first actors after `from` in the trigger's clause that are not its sources or their
    /// own state, and whether the slot holds an unnamed party instead (مع المسؤولين).
    func targets(from start: Int, hit: TriggerHit, sentence: Range<Int>, sources: [String])
        -> (ids: [String], spans: [Range<Int>], unknown: Bool, ownIncluded: Bool)
    {
        let end = clauseEnd(from: start, sentence: sentence, limit: start + 12)
        let own = Set(sources.compactMap { ownState($0) } + sources.filter { isState($0) })
        var t = start
        var unknown = false
        var ownIncluded = false
        while t < end {
            var found = group(at: t, limit: end)
            if found == nil, c.mentionAt[t] < 0, let states = nisbas(after: t, limit: end) {
                // أي عدوان روسي، سياسة التكتل الغربي تجاه …: a nisba names the state.
                found = ActorGroup(ids: states.ids, span: t..<states.end)
            }
            if let g = found, hit.trigger.topicObject && !c.keyIs(g.span.lowerBound - 1, "مع") {
                // بحث آلية تنفيذ قرار مجلس الأمن: a topic; the party of a discussion follows مع.
                t = max(t + 1, g.span.upperBound)
                continue
            }
            if let g = found, hit.trigger.cameo == "042", !hit.isVerb, !g.prepositional {
                // زيارة الجبير إلى موسكو، زيارته للصين: a visit's host follows إلى or ل.
                t = max(t + 1, g.span.upperBound)
                continue
            }
            if let g = found {
                if g.ids.contains(where: { isState($0) && own.contains($0) }) { ownIncluded = true }
                let ids = g.ids.filter { id in !sources.contains(id) && !(isState(id) && own.contains(id)) }
                if !ids.isEmpty && !g.locative { return (ids, [g.span], false, ownIncluded) }
                t = max(t + 1, g.span.upperBound)
                continue
            }
            if c.keyIs(t, "مع"), t + 1 < end, isUnnamedSubject(t + 1) { unknown = true }
            t += 1
        }
        return ([], [], unknown, ownIncluded)
    }

    /// Prepositional actors in a range (the indirect object before a noun).
    func prepositionalActors(_ range: Range<Int>, limit: Int) -> [String] {
        var t = range.lowerBound
        while t < range.upperBound {
            if let g = group(at: t, limit: limit), g.span.lowerBound >= range.lowerBound {
                if g.prepositional && !g.locative { return g.ids }
                t = max(t + 1, g.span.upperBound)
                continue
            }
            t += 1
        }
        return []
    }

    /// Where a clause ends after `start`: a sentence stop, a clause break (حيث، بعد أن …), a
    /// comma that is not an apposition, or a conjoined verb of another act or statement.
    func clauseEnd(from start: Int, sentence: Range<Int>, limit: Int) -> Int {
        let end = min(sentence.upperBound, limit)
        var t = start
        while t < end {
            if c.isStop(t) { return t }
            if t > start, grammar.isA(t, .clauseBreak) || grammar.isA(t, .occasion) { return t }
            if c.isComma(t) {
                // X، وزير الخارجية …: an apposition continues the clause; so does a short
                // parenthesis between two commas (دعا شي، متحدثا عبر مترجم، البلدين إلى …).
                let apposition = t > 0 && c.mentionAt[t - 1] >= 0 && t + 1 < end && c.actingMention(at: t + 1) != nil
                if !apposition {
                    guard let close = parenthesisEnd(after: t, end: end) else { return t }
                    t = close + 1
                    continue
                }
            }
            if t > start, KeyBytes.hasPrefix(c.doc.keys[t], "\u{0648}"),
                TrieScanner.match(c.kb.lexicons.eventTriggers, in: c.doc, at: t, limit: end) != nil
                    || TrieScanner.match(c.kb.lexicons.speechCues, in: c.doc, at: t, limit: end) != nil
            {
                return t
            }
            t += 1
        }
        return end
    }

    /// The closing comma of a parenthesis of at most four words opened by the comma at `t`, with
    /// no act or clause break inside (، متحدثا عبر مترجم،).
    func parenthesisEnd(after t: Int, end: Int) -> Int? {
        var u = t + 1
        while u < min(end, t + 6) {
            if c.isComma(u) { return u > t + 1 ? u : nil }
            if c.isStop(u) || c.isQuoteMark(u) || grammar.isA(u, .clauseBreak)
                || TrieScanner.match(c.kb.lexicons.eventTriggers, in: c.doc, at: u, limit: end) != nil
            {
                return nil
            }
            u += 1
        }
        return nil
    }

    /// The main other state: a country named just after the trigger, else the article's most
    /// named country, other than the sources' own.
    func counterpart(of sources: [String], near: Range<Int>, sentence: Range<Int>) -> String? {
        var own = Set<String>()
        for id in sources {
            if let state = ownState(id) { own.insert(state) }
            if isState(id) { own.insert(id) }
        }
        // A state named as the place of the sentence (في العاصمة الأردنية) is not the other party.
        var places = Set<String>()
        for t in sentence where grammar.isA(t, .locative) {
            if let g = group(at: t + 1, limit: sentence.upperBound) {
                for id in g.ids { places.insert(ownState(id) ?? id) }
            }
        }
        let clause = near.lowerBound..<clauseEnd(from: near.lowerBound, sentence: sentence, limit: near.upperBound)
        for t in clause {
            if let (_, m) = c.actingMention(at: t), m.type == .gpe, let country = m.country,
                let actor = c.kb.country(country), !own.contains(actor.id), !places.contains(actor.id)
            {
                return actor.id
            }
        }
        var counts: [String: Int] = [:]
        for m in c.doc.entityMentions where m.kind == .name && m.type == .gpe {
            guard let country = m.country, let actor = c.kb.country(country), !own.contains(actor.id) else { continue }
            counts[actor.id, default: 0] += 1
        }
        // Only a state the article names more than once and at least as often as all the other
        // states together (an article about two parties, not a survey of many), and not the
        // place of the sentence.
        let ranked = counts.sorted { a, b in a.value > b.value || a.value == b.value && a.key < b.key }
        let total = counts.values.reduce(0, +)
        guard let top = ranked.first, top.value >= 2, 2 * top.value >= total, !places.contains(top.key) else {
            return nil
        }
        return top.key
    }

    /// The actors of a clause أن + verb right after a wish (في أن يحذو بوتين …), other than the
    /// one who wishes.
    func hopedOf(_ hit: TriggerHit, sentence: Range<Int>, sources: [String]) -> [String]? {
        var t = hit.end
        if t < sentence.upperBound, c.keyIs(t, "في") { t += 1 }
        guard t < sentence.upperBound, c.keyIs(t, EventPass.anOrBian) else { return nil }
        for u in (t + 1)..<min(sentence.upperBound, t + 4) {
            if let g = group(at: u, limit: sentence.upperBound), !g.prepositional {
                let others = g.ids.filter { !sources.contains($0) }
                return others.isEmpty ? nil : others
            }
        }
        return nil
    }

    /// The parties after بين later in the sentence (… بين بكين وموسكو).
    func partiesBetween(after u: Int, _ sentence: Range<Int>) -> ActorGroup? {
        var t = u
        while t < sentence.upperBound, !c.isStop(t) {
            if c.keyIs(t, "بين"), let g = group(at: t + 1, limit: sentence.upperBound), g.ids.count >= 2 { return g }
            t += 1
        }
        return nil
    }

    /// Whether the speaker is the actor of an act in their speech with no subject of its own:
    /// a statement (intent, appeal, criticism), a relation they speak of, or an act told in the
    /// first person (نحن، إننا) or after أنه (he).
    func speakerActs(_ hit: TriggerHit, _ sp: SpeechSource) -> Bool {
        if isFrame(hit.trigger) { return true }
        if hit.trigger.reading == "speech", ["COOPERATE", "SUPPORT", "AID"].contains(hit.trigger.plover ?? "") {
            return true
        }
        if speakerPronoun(before: hit.head, in: sp.content) { return true }
        let before = sp.content.lowerBound - 1
        return before >= 0 && c.keyIs(before, EventPass.speakerAnWords)
    }

    /// A denial or rejection of what was said before (وتنفي بكين هذه الاتهامات): aimed at
    /// whoever said it, the sources of the last event aimed at the denier.
    func answered(_ hit: TriggerHit, sentence: Range<Int>, sources: [String]) -> [String]? {
        guard hit.trigger.plover == nil || hit.trigger.plover == "REJECT" else { return nil }
        var t = hit.end
        while t < min(sentence.upperBound, hit.end + 3) {
            if grammar.isA(t, .anaphor) {
                let own = Set(sources.map { ownState($0) ?? $0 })
                let prior = coded.last { d in
                    d.targets.contains { own.contains(ownState($0) ?? $0) } && !d.sources.contains { own.contains($0) }
                }
                return prior?.sources
            }
            t += 1
        }
        return nil
    }

    // MARK: readings

    /// A noun after a word of fear or rumour (مخاوف من غزو، خشية اندلاع حرب).
    func feared(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        guard !hit.isVerb else { return false }
        for k in max(sentence.lowerBound, hit.head - 3)..<hit.head where grammar.isA(k, .fear) { return true }
        return false
    }

    /// A relation noun after a verbal noun or verb of action (تكثيف التبادل التجاري، أعلنتا شراكة).
    func governed(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        for k in max(sentence.lowerBound, hit.head - 2)..<hit.head where grammar.isA(k, .actionGovernor) {
            return true
        }
        return false
    }

    /// A definite or demonstrative call or meeting (خلال الاتصال، ذلك اللقاء) without a time of
    /// its own, after such an event was told: the same event, named again as an occasion.
    func isBackReference(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        guard !hit.isVerb else { return false }
        // هذه الاتهامات، هذا الهجوم، هذه الهدنة: an act told before.
        if hit.head > sentence.lowerBound && grammar.isA(hit.head - 1, .anaphor) { return true }
        guard hit.trigger.plover == "CONSULT", coded.contains(where: { $0.trigger.plover == "CONSULT" }) else {
            return false
        }
        var definite = false
        for t in hit.head..<hit.end {
            let key = c.doc.keys[t]
            if KeyBytes.hasPrefix(key, "\u{0627}\u{0644}") || KeyBytes.hasPrefix(key, "\u{0648}\u{0627}\u{0644}")
                || KeyBytes.hasPrefix(key, "\u{0628}\u{0627}\u{0644}") || KeyBytes.hasPrefix(key, "\u{0644}\u{0644}")
            {
                definite = true
            }
        }
        let pointed = hit.head > sentence.lowerBound && grammar.isA(hit.head - 1, .anaphor)
        guard definite || pointed else { return false }
        return clauseTime(hit, sentence, excluding: nil) == nil
    }
}
