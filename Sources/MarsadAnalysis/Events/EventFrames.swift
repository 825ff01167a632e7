import MarsadKnowledge
import MarsadText

/// Frames: statements, appeals, accusations, praise and evaluations take the acts named in
/// their complement as their topic, not as events of their own (اتهمت أوكرانيا بكين بتقديم
/// مساعدات: an accusation; دعا إلى محادثات: an appeal to negotiate). A call or meeting named as
/// the occasion (في اتصال هاتفي، خلال اللقاء) stays an event.
extension EventPass {
    static let maxComplement = 16

    /// The hits of a sentence in order, each with whether a frame before it absorbs it; a
    /// frame takes a more specific code from the first act it absorbs.
    func frames(_ hits: [TriggerHit]) -> [(TriggerHit, Bool)] {
        var out = hits.map { ($0, false) }
        for f in out.indices where !out[f].1 {
            let frame = isFrame(out[f].0.trigger)
            // Nothing to take: no later act (a frame) or no later relation (any act).
            guard out[(f + 1)...].contains(where: { frame || $0.0.trigger.reading == "speech" }) else { continue }
            let end = complementEnd(of: out[f].0, hits: hits, frame: frame)
            var refined = false
            for k in (f + 1)..<out.count where !out[k].1 {
                let h = out[k].0
                guard h.head >= out[f].0.end, h.head < end else { continue }
                // Any act takes the relations named as its object (ناقشا الشراكة التجارية،
                // وقعا اتفاقية تعاون عسكري); a frame takes every act.
                guard frame || h.trigger.reading == "speech" else { continue }
                if h.trigger.plover == "CONSULT" && isOccasion(h.head, after: out[f].0, trigger: h.trigger) { continue }
                out[k].1 = true
                if frame && !refined {
                    refined = true
                    out[f].0.trigger = refine(out[f].0.trigger, by: h.trigger)
                }
            }
        }
        return out
    }

    func isFrame(_ t: EventTrigger) -> Bool {
        guard let plover = t.plover else { return true }
        switch plover {
        case "AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN": return true
        case "SUPPORT": return t.cameo != "050" && t.cameo != "057" && KeyBytes.hasPrefix(t.cameo, "05")
        default: return false
        }
    }

    /// The complement of a frame ends at the sentence end, a colon, a clause break, an occasion
    /// (خلال …), the next conjoined verb or statement (ورحب …، وقالت …); an act's object also
    /// at a reported clause (إن …).
    func complementEnd(of f: TriggerHit, hits: [TriggerHit], frame: Bool) -> Int {
        let sentence = c.sentences[Int(c.sentenceOf[f.head])]
        // The complement starts after the frame's subject (أشاد وزير الخارجية الذي … بالتقدم).
        var start = f.end
        if f.gap == nil, case .named(let g) = subjectAfter(f, sentence) { start = max(start, g.span.upperBound) }
        let limit = min(sentence.upperBound, start + EventPass.maxComplement)
        var t = start
        while t < limit {
            if c.isStop(t) || c.isColon(t) { return t }
            if grammar.isA(t, .clauseBreak) || grammar.isA(t, .occasion) { return t }
            // An act's object ends where a reported clause begins (خلال الاتصال إن …).
            if !frame && c.keyIs(t, QuotePass.anWords) { return t }
            if hits.contains(where: { $0.head == t && $0.conjoined && $0.isVerb }) { return t }
            if KeyBytes.hasPrefix(c.doc.keys[t], "\u{0648}"),
                let cue = TrieScanner.match(c.kb.lexicons.speechCues, in: c.doc, at: t, limit: limit),
                cue.values.contains(where: { $0.kind == "verb" })
            {
                return t  // ، وقالت إن …: a new statement
            }
            t += 1
        }
        return limit
    }

    /// A call or meeting named as the occasion of a frame's clause: after خلال، أثناء …; a call
    /// after في or عبر (في اتصال هاتفي); a meeting after في right behind the frame or its
    /// subject (أشاد الوزيران في لقاء), not one the complement is about (الشروع في محادثات).
    func isOccasion(_ t: Int, after frame: TriggerHit, trigger: EventTrigger) -> Bool {
        guard t > 1 else { return false }
        if grammar.ends(before: t, .occasion, from: 0) { return true }
        guard c.keyIs(t - 1, EventPass.viaPrepositions) else { return false }
        if trigger.mode == "phone" { return true }
        let before = t - 2
        if before < frame.end { return true }
        let sentence = c.sentences[Int(c.sentenceOf[frame.head])]
        if case .named(let g) = subjectAfter(frame, sentence), g.span.upperBound == t - 1 { return true }
        return c.mentionAt[before] >= 0 || c.roleOwner[before] >= 0
            || TrieScanner.match(c.kb.adjectives, in: c.doc, at: before, limit: t - 1) != nil
    }

    /// The code a frame takes from the act it is about: an appeal or a pledge to meet or
    /// negotiate (CAMEO 026, 036).
    func refine(_ frame: EventTrigger, by act: EventTrigger) -> EventTrigger {
        var t = frame
        guard act.plover == "CONSULT" else { return t }
        if frame.plover == "REQUEST" && frame.cameo == "020" {
            t.cameo = "026"
            t.mode = "meet"
        } else if frame.plover == "AGREE" && frame.cameo == "030" {
            t.cameo = "036"
        }
        return t
    }

    /// An evaluation (وصف X القمة بأنها مثمرة; اعتبر أن الخطوة استفزازية): praise or criticism
    /// by its subject, as the first evaluative word of its clause says; nil without one.
    func evaluation(at t: Int, in sentence: Range<Int>) -> EventTrigger? {
        var u = t + 1
        let limit = min(sentence.upperBound, t + EventPass.maxComplement)
        while u < limit, !c.isStop(u) {
            if grammar.isA(u, .positive) || grammar.isA(u, .negative), let h = grammar.hit(u, limit: limit),
                let event = h.values.first(where: { $0.event != nil })?.event
            {
                return EventPass.evaluationTrigger(event, form: c.doc.tokenText(t))
            }
            u += 1
        }
        return nil
    }

    /// `TYPE[/mode]:CODE` of `event_words.tsv` as a trigger.
    static func evaluationTrigger(_ event: String, form: String) -> EventTrigger? {
        let parts = event.split(separator: ":").map(String.init)
        guard parts.count == 2 else { return nil }
        let type = parts[0].split(separator: "/").map(String.init)
        return EventTrigger(
            form: form, pos: "verb", plover: type[0], mode: type.count > 1 ? type[1] : nil, cameo: parts[1],
            mutual: false)
    }
}
