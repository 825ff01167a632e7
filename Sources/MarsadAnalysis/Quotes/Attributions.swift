import MarsadKnowledge
import MarsadText

/// Reporting cues with their speakers: who said it, and where the reported content starts.
extension QuotePass {
    // MARK: attributions

    mutating func findAttributions(_ spans: [QuotedSpan]? = nil) {
        self.spans = spans ?? quotedSpans()
        let spans = self.spans
        let trie = c.kb.lexicons.speechCues
        var last: Speaker?
        var q = 0
        for (s, sentence) in c.sentences.enumerated() {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                guard let hit = TrieScanner.match(trie, in: c.doc, at: i, limit: sentence.upperBound) else {
                    i += 1
                    continue
                }
                // Skip a cue inside an entity name or a title (بيان in a name is not a statement).
                if c.mentionAt[i] >= 0 && c.doc.entityMentions[Int(c.mentionAt[i])].kind == .name || c.roleOwner[i] >= 0
                {
                    i += 1
                    continue
                }
                while q < spans.count && spans[q].close < i { q += 1 }
                let insideQuote = q < spans.count && spans[q].open < i
                // Nested: inside the content of the last attribution of the sentence.
                // By index: `last(where:)` copied a whole attribution twice per cue.
                let outer = attributions.lastIndex {
                    $0.sentence == s && !$0.nested && ($0.content?.contains(i) ?? false)
                }
                let sentenceSpeaker = attributions.lastIndex {
                    $0.sentence == s && !$0.nested && $0.speaker != nil && $0.content != nil
                }.map {
                    Speaker(
                        id: attributions[$0].speaker!, mention: attributions[$0].speakerMention,
                        via: attributions[$0].via, speakers: attributions[$0].speakers)
                }
                let cue = hit.values[0]
                // A verb takes و/ف, never ب/ل/ك (وكلفت is not و+ك+لفت).
                if hit.peeled, cue.kind == "verb" || cue.kind == "stance", !verbProclitic(i) {
                    i += 1
                    continue
                }
                // A cue in a condition (إذا أبدى …، لو قال …) reports nothing said.
                if isConditional(before: i, sentence: sentence) {
                    i = hit.tokens.upperBound
                    continue
                }
                if var at = attribution(
                    hit.tokens, cue, sentence: s, last: insideQuote ? nil : last,
                    sentenceSpeaker: outer == nil ? sentenceSpeaker : nil)
                {
                    at.nested = outer != nil || insideQuote
                    at.stance = cue.kind == "stance"
                    at.inQuotation = insideQuote
                    if let sp = at.speaker, !at.nested {
                        last = Speaker(id: sp, mention: at.speakerMention, via: at.via, speakers: at.speakers)
                    } else if at.speaker == nil, !at.nested, !at.stance {
                        // A report by someone unknown (قال مصدر …): وأضاف المصدر continues them, not
                        // whoever spoke before.
                        last = nil
                    }
                    attributions.append(at)
                    // Cues inside the frame (في بيان after قال) are not attributions of their own.
                    i = max(hit.tokens.upperBound, at.content?.lowerBound ?? hit.tokens.upperBound)
                } else {
                    i = hit.tokens.upperBound
                }
            }
        }
    }

    struct Speaker {
        var id: String
        var mention: Int?
        var via: [String]
        /// All speakers when several speak together.
        var speakers: [String] = []
    }

    /// Where a subject after a verb cue would start: past time expressions and adverbs.
    func subjectStart(after cue: Int, end: Int) -> Int {
        var k = skipTimes(cue, end)
        while k < end, c.keyIs(k, QuotePass.adverbs) { k = skipTimes(k + 1, end) }
        return k
    }

    /// The subject right after a verb cue when it is an unknown noun phrase (مسؤول، الوزير):
    /// its first token and whether it is definite, so that it may refer back to the last speaker
    /// (الوزير، البيان; not رئيس لجنة …, a new person). Nil when the cue is followed by its complement, a
    /// preposition or an addressee (قال إن، ألمح إلى، قال للصحفيين).
    func unnamedSubject(after cue: Int, end: Int) -> (token: Int, isDefinite: Bool)? {
        let k = subjectStart(after: cue, end: end)
        guard k < end, c.doc.tokens[k].kind == .arabic, c.roleOwner[k] < 0, c.actingMention(at: k) == nil else {
            return nil
        }
        if c.keyIs(k, QuotePass.anWords) || c.keyIs(k, QuotePass.prepositions) || c.keyIs(k, QuotePass.relayPronouns)
            || c.keyIs(k, QuotePass.prepositionWords)
        {
            return nil
        }
        // An attached preposition (للصحفيين، بأن، لوكالة) marks an addressee or a complement.
        let key = c.doc.keys[k]
        if c.doc.keyIDs[k] < 0, KeyBytes.hasPrefix(key, "ل") || KeyBytes.hasPrefix(key, "ب") { return nil }
        if TrieScanner.match(c.kb.lexicons.speechCues, in: c.doc, at: k, limit: end) != nil { return nil }
        // Definite with the article (الوزير، not أليسون) and one word: it refers back (قال الوزير
        // إن …); a longer phrase introduces someone (قال المكتب الإعلامي للمقاومة، الكرواتي X).
        let article = KeyBytes.hasPrefix(key, "ال") && c.scalar(k) == 0x0627
        return (k, article && refersBack(k) && !continuesPhrase(after: k, end: end))
    }

    /// Whether a definite word is a noun that refers back to someone (a title: الوزير، الرئيس; a
    /// statement or voice: البيان، المتحدث), not a family name (الزهراني، العسيف).
    func refersBack(_ k: Int) -> Bool {
        let key = c.doc.keys[k]
        if c.kb.titles.hasPrefix(key) { return true }
        let bare = String(key.unicodeScalars.dropFirst(2))
        return c.kb.titles.hasPrefix(bare) || c.kb.lexicons.speechCues.hasPrefix(bare)
            || c.kb.lexicons.quotationHeads.hasPrefix(key) || c.kb.lexicons.quotationHeads.hasPrefix(bare)
            || c.keyIs(k, QuotePass.referringNouns)
    }

    /// Whether the noun phrase at `k` goes on with another word (الكرواتي لوكا، المكتب الإعلامي).
    func continuesPhrase(after k: Int, end: Int) -> Bool {
        var n = k + 1
        // A nisba stays in the phrase (البيان الروسي).
        while n < end, let adj = TrieScanner.match(c.kb.adjectives, in: c.doc, at: n, limit: end) {
            n = adj.tokens.upperBound
        }
        guard n < end, c.doc.tokens[n].kind == .arabic else { return false }
        if c.keyIs(n, QuotePass.anWords) || c.keyIs(n, QuotePass.prepositions) || c.keyIs(n, QuotePass.prepositionWords)
            || c.keyIs(n, QuotePass.adverbs)
        {
            return false
        }
        let key = c.doc.keys[n]
        if c.doc.keyIDs[n] < 0, KeyBytes.hasPrefix(key, "ل") || KeyBytes.hasPrefix(key, "ب") { return false }
        // A name after it is found as the speaker itself.
        return c.actingMention(at: n) == nil
    }

    /// Whether a word with an attached لـ stands between `head` and the mention (مصادر لوكالة
    /// رويترز): the organisation is addressed, not speaking.
    func addressed(_ m: EntityMention, after head: Int) -> Bool {
        let first = c.firstToken(m)
        guard first > head + 1 else { return false }
        for k in (head + 1)..<first where c.doc.tokens[k].kind == .arabic && c.doc.keyIDs[k] < 0 {
            if KeyBytes.hasPrefix(c.doc.keys[k], "ل") { return true }
        }
        return c.isPrepositional(m) && KeyBytes.hasPrefix(c.doc.keys[first], "ل")
    }

    /// Whether the verb cue at `t` is feminine (قالت، تؤكد).
    func isFeminine(_ t: Int, _ cue: SpeechCue) -> Bool {
        if KeyBytes.hasPrefix(cue.form, "ت") { return true }
        return KeyBytes.hasSuffix(c.doc.keys[t], "ت") && !KeyBytes.hasSuffix(cue.form, "ت")
    }

    /// Whether a statement noun stands right before the mention (بيان لوزارة …، تقرير لمنظمة …).
    func afterStatementNoun(_ m: EntityMention) -> Bool {
        let p = c.firstToken(m) - 1
        guard p >= 0, let hit = TrieScanner.match(c.kb.lexicons.speechCues, in: c.doc, at: p, limit: p + 1) else {
            return false
        }
        return hit.values.contains { $0.kind == "noun" }
    }

    /// The organisation or state a definite noun refers back to (الصندوق → صندوق النقد الدولي،
    /// المرصد → المرصد السوري لحقوق الإنسان): the nearest earlier name that begins with it.
    func headReference(_ k: Int) -> (index: Int, id: String)? {
        let key = c.doc.keys[k]
        guard KeyBytes.hasPrefix(key, "ال"), c.scalar(k) == 0x0627, !continuesPhrase(after: k, end: c.doc.tokens.count)
        else {
            return nil
        }
        let bare = String(key.unicodeScalars.dropFirst(2))
        let before = c.doc.tokens[k].start
        for (i, m) in c.doc.entityMentions.enumerated().reversed()
        where m.start < before && m.kind == .name && (m.type == .org || m.type == .gpe) {
            let first = c.doc.keys[m.tokens.lowerBound]
            let forms = [first] + ProcliticPeel.peeled(first).map(\.key)
            if forms.contains(where: { ByteHash.equal($0, key) || ByteHash.equal($0, bare) }), let id = c.speakerID(m) {
                return (i, id)
            }
        }
        return nil
    }

    /// Whether a mention may be the understood subject of a participle or a continuation: not a
    /// city or region (مشيراً … after a sentence naming نجران), which speaks only as a state or a
    /// capital standing for its government.
    func mayBeUnderstood(_ m: EntityMention) -> Bool {
        guard m.type == .gpe else { return true }
        if m.isMetonym { return true }
        guard let iso = m.country, let country = c.kb.country(iso) else { return false }
        return m.id == country.id
    }

    /// Whether a person's mention stands in apposition to an unknown subject at `head`: right
    /// after it (with its title), or after a comma.
    func inApposition(_ m: EntityMention, to head: Int) -> Bool {
        let first = c.firstToken(m)
        return first <= head + 1 || first > 0 && c.isComma(first - 1)
    }

    /// Whether a quotation right after a verb cue, where its subject stands, is that subject's
    /// name (وأفادت «الشبكة السورية لحقوق الإنسان» في تقريرها …): short, and the clause goes on.
    func isSubjectName(_ q: QuotedSpan, cue: Range<Int>, end: Int) -> Bool {
        guard q.open == subjectStart(after: cue.upperBound, end: end) else { return false }
        var words = 0
        for t in q.inner where c.doc.tokens[t].kind == .arabic || c.doc.tokens[t].kind == .latin { words += 1 }
        guard words <= 5 else { return false }
        let next = q.close + 1
        return next < end && c.doc.tokens[next].kind == .arabic
    }

    /// The first cue of sentence `s` found so far, or `limit`: the subject a participle or
    /// continuation inherits stands before it, not inside earlier reported content.
    func firstCue(in s: Int, before limit: Int) -> Int {
        attributions.first { $0.sentence == s && $0.cue.lowerBound < limit }?.cue.lowerBound ?? limit
    }

    /// Whether the word at `t` is a voice through which an organisation speaks (المتحدث، مصدر).
    func speaksThrough(_ t: Int) -> Bool {
        guard let hit = TrieScanner.match(c.kb.lexicons.quotationHeads, in: c.doc, at: t) else { return false }
        return hit.values.contains { $0.kind == "voice" }
    }

    /// Whether a place or organisation qualifies a noun before it (أمير منطقة القصيم، رئيس بلدية
    /// عمّان، مدير شرطة دبي) rather than standing as a subject: the word before it is neither a
    /// name, punctuation, nor a word that may open a clause (و، أن، كما، كان، قد …).
    func isQualifier(_ m: EntityMention) -> Bool {
        let p = c.firstToken(m) - 1
        guard p >= 0, c.doc.tokens[p].kind == .arabic, c.roleOwner[p] < 0 else { return false }
        // A name before it (الصين وروسيا) is a conjunct; a title (رئيس بلدية) is qualified by it.
        if let before = c.mention(at: p), before.kind == .name { return false }
        if c.keyIs(p, QuotePass.anWords) || c.keyIs(p, QuotePass.clauseOpeners) { return false }
        return true
    }

    /// Whether the proclitic peeled from token `i` to match a verb cue is و or ف alone.
    func verbProclitic(_ i: Int) -> Bool {
        let scalars = c.doc.keys[i].unicodeScalars
        guard let first = scalars.first, first == "و" || first == "ف" else { return false }
        let rest = String(scalars.dropFirst())
        return c.kb.lexicons.speechCues.longestMatch(first: rest, next: { _ in nil }) != nil
            || c.kb.lexicons.speechCues.hasPrefix(rest)
    }

    /// Whether a conditional particle (إذا، لو، في حال) stands right before token `i`.
    func isConditional(before i: Int, sentence: Range<Int>) -> Bool {
        var k = i - 1
        if k >= sentence.lowerBound, c.keyIs(k, "ما") { k -= 1 }
        return k >= sentence.lowerBound && c.keyIs(k, QuotePass.conditionals)
    }

    /// The first token after a dateline at `t` (the city, its agency in brackets, the dash),
    /// or `t` when no dateline starts there.
    func afterDateline(_ t: Int) -> Int {
        guard let d = c.doc.record.dateline, t < c.doc.tokens.count, c.doc.tokens[t].start <= d.start else { return t }
        var k = t
        let n = c.doc.tokens.count
        while k < n, c.doc.tokens[k].end <= d.end { k += 1 }
        guard k > t else { return t }
        if k < n, c.scalar(k) == 0x28 {
            var close = k
            while close < min(n, k + 8), c.scalar(close) != 0x29 { close += 1 }
            if close < n, c.scalar(close) == 0x29 { k = close + 1 }
        }
        while k < n, c.doc.tokens[k].kind == .punctuation, !c.isStop(k) { k += 1 }
        return k
    }

    /// A participle (مؤكدا، مشيرة، مشيرين): its subject is the main clause's.
    func isParticiple(_ cue: SpeechCue) -> Bool {
        guard cue.kind == "verb" || cue.kind == "stance" else { return false }
        let scalars = cue.form.unicodeScalars
        guard scalars.count >= 5, let last = scalars.last else { return false }
        if last == "ن", scalars.count >= 6, KeyBytes.hasPrefix(cue.form, "م"), cue.number != "singular" { return true }
        return last == "ا" || last == "ة" || last == "\u{064B}"
    }

    /// The first mention that may speak in `range`, not an addressee, a place after في, or the
    /// dateline (عمّان (بترا) – …).
    func subject(in range: Range<Int>) -> EntityMention? {
        var t = afterDateline(range.lowerBound)
        while t < range.upperBound {
            // A name inside a quotation is what someone said, not the subject.
            if c.isQuoteMark(t), let q = spans.first(where: { $0.open == t }) {
                t = q.close + 1
                continue
            }
            if let (_, m) = c.actingMention(at: t) {
                if !c.isPrepositional(m)
                    && !(t > 0 && c.keyIs(t - 1, QuotePass.partyPrepositions))
                {
                    return m
                }
                t = max(t + 1, c.endToken(m))
            } else {
                t += 1
            }
        }
        return nil
    }

    func attribution(
        _ cueTokens: Range<Int>, _ cue: SpeechCue, sentence s: Int, last: Speaker?, sentenceSpeaker: Speaker?
    ) -> Attribution? {
        let sentence = c.sentences[s]
        let end = sentence.upperBound
        var speaker: EntityMention?
        var speakerIndex: Int?
        var via: [String] = []
        var contentStart: Int?
        var j = cueTokens.upperBound
        let limit = min(end, j + 14)
        let isFrame = cue.kind == "frame"
        var sawColon = false
        var weakSpeaker = false
        var relayedFrom: Speaker?
        // The speaker is understood (a participle's or continuation's), not named at the cue.
        var inherited = false
        // Several speakers together (X وY، الزعيمان، وزيرا الخارجية الصيني والروسي).
        var joint: [String] = []
        var speakerToken: Int?
        // The end of a subject standing after the cue (its object follows).
        var subjectEnd: Int?
        // A source that is named but unknown (a frame before another noun).
        var unknownSource = false
        // Where a subject after the cue would start, and the unknown one standing there, if any
        // (computed once: the loop below asks at every token).
        let headStart = subjectStart(after: cueTokens.upperBound, end: end)
        let ownHead = isFrame ? nil : unnamedSubject(after: cueTokens.upperBound, end: end)
        // Look right: speaker, then the complement.
        while j < limit {
            if c.isStop(j) { break }
            if c.isColon(j) {
                contentStart = j + 1
                sawColon = true
                break
            }
            if c.isQuoteMark(j) {
                // A quoted name between the cue and its content (لـ«الأنباء»، "الحداد":) is read
                // through: the speaker may be inside it, the content comes after it.
                if let q = spans.first(where: { $0.open == j || $0.close == j }),
                    isZoneName(q, end: end) || isSubjectName(q, cue: cueTokens, end: end)
                {
                    j += 1
                    continue
                }
                if speaker != nil || !joint.isEmpty || !isFrame { contentStart = j }
                break
            }
            if c.keyIs(j, QuotePass.anWords), !inName(j) {
                contentStart = j + 1
                if c.keyIs(j, QuotePass.sayingWords), j + 1 < end, c.keyIs(j + 1, QuotePass.anWords) {
                    contentStart = j + 2
                }
                break
            }
            if !isFrame, speaker == nil, c.keyIs(j, QuotePass.relayPronouns), let main = sentenceSpeaker ?? last {
                // نقل عنه …: the speaker is the one named before; actors named next relay.
                relayedFrom = main
                j += 1
                continue
            }
            // A frame's source follows it (وفقا لوزارة …، بحسب بيان للخارجية، حسب متحدث باسم …);
            // another noun there means the frame is not about speech (حسب لائحة الترقيات).
            // (After ما/لما a verb follows: وفقا لما ذكرته الوزارة.)
            if isFrame, speaker == nil, joint.isEmpty, j == cueTokens.upperBound,
                c.doc.tokens[j].kind == .arabic, c.actingMention(at: j) == nil, !c.keyIs(j, QuotePass.maWords),
                TrieScanner.match(c.kb.lexicons.speechCues, in: c.doc, at: j, limit: end) == nil,
                TrieScanner.match(c.kb.lexicons.quotationHeads, in: c.doc, at: j, limit: end) == nil
            {
                unknownSource = true
                break
            }
            // A place after a preposition is where a statement was made (في مؤتمر صحافي في
            // القاهرة), not its source.
            if cue.kind == "noun", speaker == nil, c.keyIs(j - 1, QuotePass.prepositionWords),
                let (_, m) = c.actingMention(at: j)
            {
                j = max(j + 1, c.endToken(m))
                continue
            }
            if relayedFrom != nil, let (_, m) = c.actingMention(at: j) {
                if let id = c.speakerID(m), !via.contains(id) { via.append(id) }
                j = max(j + 1, c.endToken(m))
                continue
            }
            // A dual noun or title as the subject, right after the cue (وأكد الزعيمان، أشاد وزيرا …).
            if speaker == nil, joint.isEmpty, !isFrame, !isParticiple(cue),
                j == headStart
            {
                if let ids = dualReference(at: j) {
                    joint = ids
                    speakerToken = j
                    j += 1
                    subjectEnd = j
                    continue
                }
                if let d = dualTitle(at: j, end: end) {
                    joint = d.ids
                    speakerToken = j
                    j = d.end
                    subjectEnd = j
                    continue
                }
            }
            // A place or an organisation inside an unknown subject (رئيس بلدية عمّان، عضو مجلس
            // النواب) does not speak: a state speaks as the subject itself (قالت الأردن، أعلنت
            // عمّان), an organisation also through its voice (المتحدث باسم الجيش، مصدر في الوزارة),
            // a person when named in apposition (رئيس اللجنة، X، …; not المستشار في مكتب الوزير).
            if speaker == nil, joint.isEmpty, !isFrame, let (_, m) = c.actingMention(at: j),
                let own = ownHead, own.token < c.firstToken(m),
                !c.keyIs(j - 1, QuotePass.relayWord),
                m.type == .person
                    ? !inApposition(m, to: own.token)
                    : m.type == .gpe || !speaksThrough(own.token) || addressed(m, after: own.token)
            {
                j = max(j + 1, c.endToken(m))
                continue
            }
            // A participle's subject is its main clause's: a name after it is its object
            // (محذرا الحوثيين من أن …).
            if isParticiple(cue), !isFrame, let (_, m) = c.actingMention(at: j) {
                j = max(j + 1, c.endToken(m))
                continue
            }
            if let (index, m) = c.actingMention(at: j),
                speaker == nil && joint.isEmpty || weakSpeaker && m.type == .person && index != speakerIndex
                    || c.keyIs(j - 1, QuotePass.relayWord)
            {
                // A frame takes its source with لـ right after it (وفقا لرويترز), not an addressee
                // further on (بحسب ما قال شهود لوكالة فرانس برس).
                if c.isPrepositional(m)
                    && !(isFrame && KeyBytes.hasPrefix(c.doc.keys[m.tokens.lowerBound], "ل")
                        && (c.firstToken(m) == cueTokens.upperBound || afterStatementNoun(m)))
                {
                    j = max(j + 1, c.endToken(m))
                    continue
                }
                if let sp = speaker, c.keyIs(j - 1, QuotePass.relayWord) {
                    // نقلت الوكالة عن X: the first actor relays, X speaks.
                    if let id = c.speakerID(sp) { via.append(id) }
                }
                // A name right after a title word is its complement (مستشار بوتين … يوري أوشاكوف).
                // A later person in apposition then speaks; so does one after a title-led name.
                weakSpeaker = speaker == nil && (c.roleOwner[j] >= 0 || afterTitle(m))
                speaker = m
                speakerIndex = index
                speakerToken = c.firstToken(m)
                // قال X وY: both speak.
                let together = conjuncts(after: m, end: end)
                joint = together.ids.count >= 2 ? together.ids : []
                if !joint.isEmpty {
                    j = together.end
                    subjectEnd = j
                    if isFrame && cue.direction != "before" { break }
                    continue
                }
                j = max(j + 1, c.endToken(m))
                if isFrame && cue.direction != "before" { break }
                continue
            }
            if c.isComma(j) {
                // An unnamed subject may be followed by its name in apposition (رئيس اللجنة، X:).
                // A frame names its source before any comma (وفقا لبيانات رسمية، تلقت X …).
                if speaker == nil && joint.isEmpty
                    && (isFrame || ownHead == nil)
                {
                    break
                }
                // A clause break before another cue (تصريح ترامب، قائلا إن) ends the frame.
                if j + 1 < end, TrieScanner.match(c.kb.lexicons.speechCues, in: c.doc, at: j + 1, limit: end) != nil {
                    break
                }
            }
            if speaker != nil || !joint.isEmpty, c.keyIs(j, QuotePass.prepositions),
                !(c.keyIs(j, QuotePass.relayWord) && j + 1 < end && c.actingMention(at: j + 1) != nil)
            {
                // أعرب X عن …، دعا X إلى …، أشار X إلى أن …
                let next = j + 1
                if next < end, c.keyIs(next, QuotePass.anWords) {
                    contentStart = next + 1
                } else if complementHeads(cue).contains(c.doc.keys[j]) {
                    contentStart = next
                }
                if contentStart != nil { break }
            }
            // A statement noun names its source after من (تحذيرات من الأمم المتحدة من أن …).
            if speaker == nil, joint.isEmpty, cue.kind == "noun", c.keyIs(j, "من"), j + 1 < end,
                c.actingMention(at: j + 1) != nil
            {
                j += 1
                continue
            }
            // A preposition before any speaker (وأكد على أن …، وأعرب عن …): the subject is not
            // after the verb; the complement starts here.
            if speaker == nil, joint.isEmpty, !isFrame, c.keyIs(j, QuotePass.relayWord), j + 1 < end,
                c.actingMention(at: j + 1) != nil, j > cueTokens.upperBound
            {
                // نقلت الوكالة عن X: an unnamed relay (the agency credited by the article).
                if let agency = creditedAgency(before: cueTokens.lowerBound) { via.append(agency) }
                j += 1
                continue
            }
            if speaker == nil, joint.isEmpty, c.keyIs(j, QuotePass.prepositions), !isFrame {
                if j + 1 < end, c.keyIs(j + 1, QuotePass.anWords) {
                    contentStart = j + 2
                } else if complementHeads(cue).contains(c.doc.keys[j]) {
                    contentStart = j + 1
                }
                break
            }
            j += 1
        }
        _ = sawColon
        // The subject before the cue (SVO), or the sentence's subject for participles.
        let conjoined =
            !isFrame && c.doc.keyIDs[cueTokens.lowerBound] < 0
            && (KeyBytes.hasPrefix(c.doc.keys[cueTokens.lowerBound], "و")
                || KeyBytes.hasPrefix(c.doc.keys[cueTokens.lowerBound], "ف"))
        // A subject of its own that names nobody known (قال مسؤول، وقال الوزير): the speaker is
        // not the sentence's subject; a definite title may still refer to the last speaker.
        let unnamed =
            speaker == nil && joint.isEmpty && !isFrame && !isParticiple(cue)
            ? ownHead : nil
        // The sentence already has a report by an unknown speaker (وقال مسؤول إن …): its
        // participles and continuations are that speaker's, unknown too.
        let sentenceUnknown =
            sentenceSpeaker == nil
            && attributions.contains {
                $0.sentence == s && $0.speaker == nil && $0.cue.lowerBound < cueTokens.lowerBound
            }
        // A relative clause (الميثاق الذي يؤكد …) has the noun before the pronoun as subject.
        var relativeClause = false
        // Only when pronoun and verb agree (التي تؤكد): in التي قال إنها … the pronoun is the
        // object and the sentence's subject speaks.
        if speaker == nil, joint.isEmpty, !isFrame, cueTokens.lowerBound - 1 >= sentence.lowerBound,
            c.keyIs(cueTokens.lowerBound - 1, QuotePass.relativePronouns),
            c.keyIs(cueTokens.lowerBound - 1, QuotePass.feminineRelatives) == isFeminine(cueTokens.lowerBound, cue)
        {
            relativeClause = true
            let p = cueTokens.lowerBound - 2
            if p >= sentence.lowerBound, let (index, m) = c.actingMention(at: p), c.endToken(m) == p + 1 {
                speaker = m
                speakerIndex = index
                speakerToken = c.firstToken(m)
            }
        }
        var unnamedBefore = false
        if speaker == nil && joint.isEmpty && !relativeClause && !(sentenceUnknown && (isParticiple(cue) || conjoined))
        {
            if isParticiple(cue) || conjoined {
                // The participle's subject is the main clause's speaker or subject (not when the
                // verb has an unnamed subject of its own: وقال مسؤول).
                if unnamed == nil, let main = sentenceSpeaker, cue.number == "singular" || main.speakers.count >= 2 {
                    return finish(
                        cueTokens, cue, sentence: s, speakerID: main.id, speakerIndex: main.mention, speaker: nil,
                        via: main.via, contentStart: contentStart, inherited: true, speakers: main.speakers)
                }
                if unnamed == nil,
                    let m = subject(in: sentence.lowerBound..<firstCue(in: s, before: cueTokens.lowerBound)),
                    mayBeUnderstood(m)
                {
                    speaker = m
                    inherited = true
                }
            } else if !isFrame {
                // SVO: the nearest subject in the clause before the cue (not for وقال/فأضاف,
                // which open a clause of their own).
                var b = cueTokens.lowerBound - 1
                let stop = max(sentence.lowerBound, cueTokens.lowerBound - 8)
                var clauseBreak = false
                while b >= stop {
                    // A cue opening a quotation (البلدين “يعتقدان أن …”): its subject stands
                    // before the opening mark.
                    if b == cueTokens.lowerBound - 1, c.isQuoteMark(b), spans.contains(where: { $0.open == b }) {
                        b -= 1
                        continue
                    }
                    if c.isComma(b) || c.isQuoteMark(b) || c.isStop(b) {
                        clauseBreak = c.isComma(b)
                        break
                    }
                    if let ids = dualReference(at: b) {
                        joint = ids
                        speakerToken = b
                        break
                    }
                    // أن/إن opens the clause the cue stands in: its subject comes after it, and
                    // words there that name nobody known are an unknown subject (أن التقرير أفاد).
                    if c.keyIs(b, QuotePass.anWords) {
                        unnamedBefore = (b + 1..<cueTokens.lowerBound).contains { k in
                            c.doc.tokens[k].kind == .arabic && !c.keyIs(k, QuotePass.clauseOpeners)
                        }
                        break
                    }
                    if let (index, m) = c.actingMention(at: b), !c.isPrepositional(m) {
                        // أمير منطقة القصيم قال …: the place qualifies the subject.
                        if (m.type == .gpe || m.type == .org) && isQualifier(m) {
                            b = c.firstToken(m) - 1
                            continue
                        }
                        speaker = m
                        speakerIndex = index
                        // بوتين وشي أعربا: both speak.
                        let together = conjuncts(endingWith: m, from: stop)
                        if together.count >= 2 { joint = together }
                        speakerToken = c.firstToken(m)
                        break
                    }
                    b -= 1
                }
                // A verb opening a clause of its own after a comma and a connective (، في حين ألمح
                // …، فيما أكد …) has the sentence's subject, when the sentence names one before it.
                // Without the connective (مؤشرات …، تؤكد أن) the clause describes something else.
                if speaker == nil, joint.isEmpty, clauseBreak, unnamed == nil,
                    cueTokens.lowerBound - 1 > sentence.lowerBound,
                    c.keyIs(cueTokens.lowerBound - 1, QuotePass.connectives),
                    let m = subject(in: sentence.lowerBound..<firstCue(in: s, before: cueTokens.lowerBound)),
                    mayBeUnderstood(m)
                {
                    speaker = m
                    inherited = true
                }
            }
        }
        if let main = relayedFrom {
            return finish(
                cueTokens, cue, sentence: s, speakerID: main.id, speakerIndex: main.mention, speaker: nil, via: via,
                contentStart: contentStart, inherited: true, speakers: main.speakers)
        }
        var speakerID = joint.first ?? speaker.flatMap { c.speakerID($0) }
        // وقال الصندوق: a definite noun naming an organisation of the article refers to it.
        if speakerID == nil, let own = unnamed, let (index, id) = headReference(own.token) {
            speakerID = id
            speakerIndex = index
            speakerToken = own.token
        }
        // A statement noun (تحذيرات، بيان) has its own source or none: it continues nobody.
        if speakerID == nil, !isFrame, cue.kind != "noun", unnamed?.isDefinite ?? true, !unnamedBefore, !relativeClause,
            !(sentenceUnknown && (isParticiple(cue) || conjoined)),
            // A participle belongs to its sentence's main clause: when that clause names no
            // speaker (سقطت قذيفة …، مبينا), the previous sentence's speaker is not its subject.
            !(isParticiple(cue) && cueTokens.lowerBound > sentence.lowerBound + 1), let last
        {
            speakerID = last.id
            speakerIndex = last.mention
            joint = last.speakers
            inherited = true
            if via.isEmpty { via = last.via }
        }
        // An understood speaker agrees with the cue: a plural or dual form (مشيرين، قالوا)
        // cannot continue one speaker.
        if inherited, cue.number != "singular", joint.count < 2 {
            speakerID = nil
            speakerIndex = nil
            joint = []
        }
        return finish(
            cueTokens, cue, sentence: s, speakerID: speakerID, speakerIndex: speakerIndex, speaker: speaker, via: via,
            contentStart: contentStart, inherited: inherited, speakers: joint,
            speakerToken: inherited ? nil : speakerToken,
            subjectEnd: subjectEnd, unknown: speakerID == nil && (unknownSource || unnamed != nil))
    }

    /// The entity id of the first agency the article credits (what الوكالة refers to).
    func creditedAgency(before token: Int) -> String? {
        // The agency named last before the cue, else the first one the article credits.
        let start = c.doc.tokens[token].start
        for m in c.doc.entityMentions.reversed() where m.start < start && m.kind == .name {
            if let id = m.id,
                KeyBytes.hasPrefix(id, "kb:agency-") || c.doc.record.agencies.contains(where: { $0.id == id })
            {
                return id
            }
        }
        guard let agency = c.doc.record.agencies.first else { return nil }
        if let e = c.doc.record.entities.first(where: {
            $0.nameAr == agency.nameAr || $0.id == agency.id || $0.id == "kb:agency-" + agency.id
        }) {
            return e.id
        }
        return nil
    }

    /// The first words of the cue's complements, as keys (على أن → على).
    func complementHeads(_ cue: SpeechCue) -> [String] {
        cue.complements.compactMap { PhraseKeys.keys($0).first }
    }

    /// Whether a verb takes its content as an object or after a preposition (أكد ضرورة،
    /// دعا إلى، أعرب عن) rather than only after أن or a colon (قال).
    func takesObject(_ cue: SpeechCue) -> Bool {
        if cue.complements.isEmpty { return true }
        return cue.complements.contains { KeyBytes.hasPrefix($0, "على") || KeyBytes.hasPrefix($0, "إلى") || $0 == "ب" }
    }

    /// Skips time expressions and commas (أكد X اليوم الأربعاء ضرورة …).
    func skipTimes(_ from: Int, _ end: Int) -> Int {
        var a = from
        while a < end {
            if c.isComma(a) {
                a += 1
                continue
            }
            if let t = timeMention(covering: c.doc.tokens[a].start) {
                while a < end, c.doc.tokens[a].start < t.end { a += 1 }
                continue
            }
            break
        }
        return a
    }

    /// The time mention covering scalar offset `x` (mentions are in text order: binary search).
    func timeMention(covering x: Int) -> TimeMention? {
        let times = c.doc.timeMentions
        var lo = 0
        var hi = times.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if times[mid].start <= x { lo = mid + 1 } else { hi = mid }
        }
        // The last mention starting at or before x; a nested one may start earlier and end later.
        var k = lo - 1
        while k >= 0, k >= lo - 3 {
            if times[k].start <= x && x < times[k].end { return times[k] }
            k -= 1
        }
        return nil
    }

    /// Whether a title word stands right before the mention (مستشار بوتين، المتحدث باسم الكرملين).
    func afterTitle(_ m: EntityMention) -> Bool { c.titleEnds(before: m.tokens.lowerBound) }

}
