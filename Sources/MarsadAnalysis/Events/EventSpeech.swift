import MarsadKnowledge
import MarsadText

/// Where a trigger was said: the speaker and the tokens of what they said.
struct SpeechSource {
    var speaker: String
    var content: Range<Int>
}

/// Acts inside reported speech. What a speaker says their own side does or will do is theirs
/// (قال بوتين إن موسكو منفتحة على الحوار: Putin's); a relation they speak of (التعاون، الشراكة،
/// التبادل التجاري) is an intent when wanted or promised (ضرورة تعزيز التعاون، ستواصل دعم →
/// AGREE, CAMEO 03x) and praise when told as achieved (نما التبادل التجاري → SUPPORT 051), both
/// toward the other party.
extension EventPass {
    /// The innermost speech holding token `t`: a reported clause or a quotation.
    func speechSource(at t: Int) -> SpeechSource? {
        var best: SpeechSource?
        for at in attributions {
            guard let content = at.content, let speaker = at.speaker, content.contains(t) else { continue }
            if best == nil || content.count < best!.content.count {
                best = SpeechSource(speaker: speaker, content: content)
            }
        }
        for q in quoteSpans where q.tokens.contains(t) {
            if best == nil || q.tokens.count < best!.content.count {
                best = SpeechSource(speaker: q.speaker, content: q.tokens)
            }
        }
        return best
    }

    func applySpeech(_ d: inout EventDraft) {
        let ownSide = d.sources.map { ownState($0) ?? $0 }
        // دعا شي البلدين إلى …: an appeal that includes one's own side is a pledge.
        if d.trigger.plover == "REQUEST",
            d.ownIncluded || d.targets.contains(where: { isState($0) && ownSide.contains($0) })
        {
            d.trigger = EventPass.stated(d.trigger, cameo: "030")
            d.targets = d.targets.filter { !ownSide.contains($0) }
        }
        guard let sp = d.speech else { return }
        let speakerState = ownState(sp.speaker) ?? (isState(sp.speaker) ? sp.speaker : nil)
        let side = Set([sp.speaker] + (speakerState.map { [$0] } ?? []))
        let sameSide =
            d.sources.allSatisfy { side.contains($0) } || speakerPronoun(before: d.hit.head, in: sp.content)
        let plover = d.trigger.plover ?? ""
        let cooperative = ["COOPERATE", "SUPPORT", "AID"].contains(plover) && d.trigger.cameo != "057"
        let relation = d.trigger.reading == "speech" && cooperative
        guard sameSide || relation else { return }
        let others = unique(d.sources + d.targets).filter { !side.contains($0) && !side.contains(ownState($0) ?? $0) }
        d.sources = [sp.speaker]
        if isFrame(d.trigger) { d.spoken = true }
        guard cooperative else { return }
        let sentence = c.sentences[d.sentence]
        let developing = governed(d.hit, sentence)  // نحن مهتمون بتطوير التعاون: wanted
        if prospective(d.hit, sentence) || developing, let intent = EventPass.intent(of: d.trigger) {
            d.trigger = intent
        } else if relation {
            d.trigger = EventPass.stated(d.trigger, plover: "SUPPORT", cameo: "051")
        } else {
            return
        }
        d.spoken = true
        d.targets = others
    }

    /// A trigger that names what is wanted, needed or promised rather than done: after ضرورة،
    /// أهمية، مواصلة، استعداد، ينبغي, a purpose (لتعزيز), or in the future (ستواصل، سنعمل).
    func prospective(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        if hit.purpose || hit.trigger.future { return true }
        return governedByProspective(hit, sentence, orFuture: true)
    }

    /// A word of need or promise (ضرورة، ينبغي) governs the trigger from a few words before it,
    /// within its clause; with `orFuture`, a future word or verb there counts too. A verbal noun
    /// joined by و shares the governor of the first (ضرورة توثيق … وتعزيز التعاون).
    func governedByProspective(_ hit: TriggerHit, _ sentence: Range<Int>, orFuture: Bool) -> Bool {
        let reach = hit.conjoined ? 8 : 3
        var k = hit.head - 1
        while k >= max(sentence.lowerBound, hit.head - reach) {
            if c.isComma(k) || c.isStop(k) { break }
            if let n = grammar.length(k, .prospective, limit: hit.head), k + n >= hit.head - 1 || hit.conjoined {
                return true
            }
            if orFuture && (grammar.isA(k, .future) || isFutureVerb(k)) { return true }
            k -= 1
        }
        return false
    }

    /// A trigger after words of need or purpose (ضرورة، ينبغي، لتعزيز): wanted, not done. The
    /// future tense alone does not count (سيزور is a planned act, coded as future).
    func wanted(_ hit: TriggerHit, _ sentence: Range<Int>) -> Bool {
        // الذكرى الثلاثين لتأسيس …: ل of an anniversary is "of", not a purpose.
        if hit.purpose { return anniversary(hit, sentence) == nil }
        // لفرض حظر: the object of a verbal noun of purpose.
        if hit.head > sentence.lowerBound, KeyBytes.hasPrefix(c.doc.keys[hit.head - 1], "\u{0644}"),
            startsWithPreposition(hit.head - 1), c.mentionAt[hit.head - 1] < 0, c.roleOwner[hit.head - 1] < 0
        {
            return true
        }
        return governedByProspective(hit, sentence, orFuture: false)
    }

    /// نحن، إننا … before the trigger inside the speech: the speaker's side acts.
    func speakerPronoun(before t: Int, in content: Range<Int>) -> Bool {
        for k in max(content.lowerBound, t - 4)..<t where grammar.isA(k, .speakerPronoun) { return true }
        return false
    }

    /// The intent (CAMEO 03x) that a cooperative act expresses when it is wanted or promised.
    static func intent(of trigger: EventTrigger) -> EventTrigger? {
        let code = trigger.cameo
        let intent: String
        switch trigger.plover {
        case "COOPERATE":
            intent =
                KeyBytes.hasPrefix(code, "061")
                ? "0311" : KeyBytes.hasPrefix(code, "062") ? "0312" : KeyBytes.hasPrefix(code, "063") ? "0313" : "030"
        case "AID":
            intent =
                KeyBytes.hasPrefix(code, "071")
                ? "0331" : KeyBytes.hasPrefix(code, "072") ? "0332" : KeyBytes.hasPrefix(code, "073") ? "0333" : "033"
        case "SUPPORT": intent = "032"
        default: return nil
        }
        return stated(trigger, cameo: intent)
    }

    /// The trigger recoded as a statement (intent or praise) of one speaker.
    static func stated(_ trigger: EventTrigger, plover: String = "AGREE", cameo: String) -> EventTrigger {
        var t = trigger
        t.plover = plover
        t.mode = nil
        t.cameo = cameo
        t.mutual = false
        t.jointPlover = nil
        t.jointCameo = nil
        return t
    }
}
