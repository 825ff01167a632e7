import MarsadText

/// The forms of an event trigger that the lexicon does not spell out, derived by the loader as
/// `event_triggers.tsv` promises (Data/README.md):
/// - verbs: the past inflections (`VerbForms`), the present (تدين، نرحب، يلتقيان، لم يلتق) and
///   the future with سـ (ستفرض; سيزور from a present written by hand), unless the row says
///   `forms` = `past`;
/// - the words after a verb and noun phrases: definite (فرض العقوبات، الاتصال الهاتفي),
///   indefinite accusative (اتصالا هاتفيا، دعما ماليا), with a possessive pronoun on the head
///   (زيارته، مقاطعتها الدبلوماسية، أعرب عن استعداده), and the dual of one-word nouns
///   (اللقاءين، زيارتين);
/// - predicate adjectives: feminine, plural and dual (مستعدة، مستعدون، منفتحان على الحوار);
/// - a gap written `…` in a form (`أرسل … قوات إلى`) becomes the key `gap`, which stands for
///   up to a few words of the clause (the matcher's business; so is the subject between a verb
///   and the rest of its phrase: فرضت واشنطن عقوبات).
///
/// All forms are normalised matching keys (ة → ه, alef forms → ا, ى → ي).
public enum TriggerForms {
    /// The key of a gap in a phrase (`أرسل … قوات إلى`); no token of a text has it.
    public static let gap = "…"

    public struct Form: Equatable {
        public var keys: [String]
        public var future = false
        public var possessed = false
    }

    /// The keys of a lexicon form, with `…` as a gap.
    public static func keys(_ form: String) -> [String] {
        var keys: [String] = []
        for (n, part) in form.split(separator: "…", omittingEmptySubsequences: false).enumerated() {
            if n > 0 { keys.append(gap) }
            keys += PhraseKeys.keys(String(part))
        }
        while keys.last == gap { keys.removeLast() }
        return keys
    }

    /// The derived forms of a row's keys (the row's own keys excluded).
    public static func derived(_ keys: [String], pos: String, pastOnly: Bool) -> [Form] {
        guard let head = keys.first, head != gap else { return [] }
        var out: [Form] = []
        // Forms already made, by a hash of their bytes → 1 + the first form with it (0: the
        // row's own keys). A Set of Arabic Strings hashes them through Unicode normalisation,
        // and a Dictionary SipHashes even integer keys: both were a large part of the load time.
        var seen = EdgeTable()
        seen.set(PhraseKeys.hash(keys), 0)
        func add(_ form: Form) {
            let h = PhraseKeys.hash(form.keys)
            if let i = seen[h] {
                // The same hash is almost always the same phrase; else compare every form made.
                if samePhrase(i == 0 ? keys : out[Int(i) - 1].keys, form.keys) { return }
                if samePhrase(keys, form.keys) || out.contains(where: { samePhrase($0.keys, form.keys) }) { return }
            } else {
                seen.set(h, Int32(out.count + 1))
            }
            out.append(form)
        }
        let rest = Array(keys.dropFirst())
        switch pos {
        case "verb", "phrase", "evaluation":
            var heads: [(String, Bool)] = [(head, false)]
            // A present form written by hand (يزور، تزور): its future (سيزور). A past verb may
            // start with ت too (تباحث): those are inflected as well.
            let first = head.unicodeScalars.first
            let writtenPresent = first == "\u{064A}"
            if writtenPresent || first == "\u{062A}" { heads.append(("\u{0633}" + head, true)) }
            if !writtenPresent { heads += VerbForms.derived(head).map { ($0, false) } }
            if !pastOnly && !writtenPresent {
                let present = presentForms(head)
                heads += present.map { ($0, false) } + present.map { ("\u{0633}" + $0, true) }
            }
            let rests = rest.isEmpty ? [([String](), false)] : nounVariants(rest, possessiveOnLast: true)
            for (h, future) in heads {
                for (r, possessed) in rests {
                    add(Form(keys: [h] + r, future: future, possessed: possessed))
                }
            }
            // A one-word verb with its object pronoun (استقبلته، التقاه، يستقبلهم). Not for
            // three-letter verbs: دعمهم، قصفها are as often their verbal noun with a possessive.
            if rest.isEmpty && head.unicodeScalars.count >= 4 {
                for (h, future) in heads { for form in objectForms(h) { add(Form(keys: [form], future: future)) } }
            }
        case "adj":
            for form in adjectiveForms(head) { add(Form(keys: [form] + rest)) }
        default:
            if let g = keys.firstIndex(of: gap) {
                // A noun with a gap (إرسال … قوات إلى): vary only the words after it.
                let after = Array(keys[(g + 1)...])
                for (r, _) in nounVariants(after, possessiveOnLast: false) {
                    add(Form(keys: Array(keys[...g]) + r))
                }
            } else {
                for (k, possessed) in nounVariants(keys, possessiveOnLast: false) {
                    add(Form(keys: k, possessed: possessed))
                }
                if keys.count == 1 { for d in duals(head) { add(Form(keys: [d])) } }
            }
        }
        return out
    }

    static func samePhrase(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { ByteHash.equal($0, $1) }
    }

    // MARK: verbs

    /// Present-tense forms of a past-tense verb key: the stem with ي ت ن, and the dual, plural
    /// and jussive endings. Hollow verbs of the first form (زار → يزور) are not derived: the
    /// lexicon lists them.
    static func presentForms(_ key: String) -> [String] {
        let s = Array(key.unicodeScalars)
        guard s.count >= 2 else { return [] }
        let alef: Unicode.Scalar = "\u{0627}"
        let ya: Unicode.Scalar = "\u{064A}"
        let waw: Unicode.Scalar = "\u{0648}"
        var stem: [Unicode.Scalar]
        if s.count == 2 {
            stem = s  // حث → يحث
        } else if s[0] == alef {
            if s.count == 3 {
                stem = ["\u{0624}"] + s.dropFirst()  // أكد → يؤكد
            } else if s.count == 4 && s[2] == alef {
                stem = [s[1], ya, s[3]]  // أدان → يدين
            } else {
                stem = Array(s.dropFirst())  // أرسل → يرسل، اتهم → يتهم، استنكر → يستنكر
            }
        } else if s.last == alef {
            stem = s.dropLast() + [waw]  // دعا → يدعو
        } else if s.count == 3 && s[1] == alef {
            return []  // زار → يزور: listed by hand
        } else {
            stem = s  // رفض → يرفض، عارض → يعارض، نفى → ينفي
        }
        let base = String(String.UnicodeScalarView(stem))
        var endings: [String]
        var jussive: String?
        switch stem.last {
        case ya:
            let short = String(String.UnicodeScalarView(stem.dropLast()))
            endings = [base, base + "\u{0627}\u{0646}", short + "\u{0648}\u{0646}", base + "\u{0627}"]
            jussive = short  // لم يلتق
        case waw:
            endings = [base, base + "\u{0646}", base + "\u{0627}", base + "\u{0627}\u{0646}"]
            jussive = String(String.UnicodeScalarView(stem.dropLast()))  // لم يدع
        default:
            endings = [
                base, base + "\u{0627}\u{0646}", base + "\u{0648}\u{0646}", base + "\u{0648}\u{0627}",
                base + "\u{0627}",
            ]
        }
        if let j = jussive, j.unicodeScalars.count >= 2 { endings.append(j) }
        var forms: [String] = []
        for prefix in ["\u{064A}", "\u{062A}", "\u{0646}"] {
            // Normalised letters joined stay normalised: no key pass needed (load time).
            for e in endings { forms.append(prefix + e) }
        }
        return forms
    }

    /// A verb form with an object pronoun: ه، ها، هما، هم (final ى/ي becomes ا: التقاه).
    static func objectForms(_ verb: String) -> [String] {
        var s = Array(verb.unicodeScalars)
        guard s.count >= 2 else { return [] }
        if s.last == "\u{064A}" && s.first != "\u{064A}" && s.first != "\u{062A}" && s.first != "\u{0646}" {
            s[s.count - 1] = "\u{0627}"
        }
        if s.last == "\u{0648}" && (s.dropLast().last == "\u{0627}") { return [] }
        let stem = String(String.UnicodeScalarView(s))
        return ["\u{0647}", "\u{0647}\u{0627}", "\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0645}"].map { stem + $0 }
    }

    // MARK: nouns

    static let particles: Set<String> = ["الي", "علي", "عن", "من", "في", "مع", "ب", "ل", "ضد", "بين"]

    /// The variants of a noun phrase (or the words after a verb): as written, all definite,
    /// the last definite (construct), accusative, and with a possessive pronoun on the head
    /// (the first word; the last one after a verb) with the words after it definite.
    static func nounVariants(_ words: [String], possessiveOnLast: Bool) -> [([String], Bool)] {
        let content = words.indices.filter { !particles.contains(words[$0]) && words[$0] != gap }
        guard !content.isEmpty else { return [(words, false)] }
        var out: [([String], Bool)] = [(words, false)]
        var all = words
        for i in content { all[i] = definite(words[i]) }
        out.append((all, false))
        var last = words
        last[content.last!] = definite(words[content.last!])
        out.append((last, false))
        var accusative = words
        for i in content { accusative[i] = accusativeForm(words[i]) }
        out.append((accusative, false))
        let head = possessiveOnLast ? content.last! : content.first!
        if !isDefinite(words[head]) {
            for form in possessives(words[head]) {
                var w = words
                w[head] = form
                for i in content where i > head { w[i] = definite(words[i]) }
                out.append((w, true))
            }
        }
        return out
    }

    static func isDefinite(_ w: String) -> Bool { KeyBytes.hasPrefix(w, "\u{0627}\u{0644}") }

    static func definite(_ w: String) -> String { isDefinite(w) ? w : "\u{0627}\u{0644}" + w }

    /// The indefinite accusative (اتصالا، هاتفيا، دعما); unchanged where the ending takes no alef.
    static func accusativeForm(_ w: String) -> String {
        if isDefinite(w) || w.unicodeScalars.count < 3 { return w }
        for ending in ["\u{0647}", "\u{0627}", "\u{0621}", "\u{0648}", "ات", "ون", "ين", "ان"]
        where KeyBytes.hasSuffix(w, ending) {
            return w
        }
        return w + "\u{0627}"
    }

    /// The noun with a possessive pronoun: ه، ها، هما، هم، نا (ة becomes ت: زيارته).
    static func possessives(_ w: String) -> [String] {
        var s = Array(w.unicodeScalars)
        guard s.count >= 3, s.last != "\u{0627}", s.last != "\u{064A}" else { return [] }
        if s.last == "\u{0647}" { s[s.count - 1] = "\u{062A}" }
        let stem = String(String.UnicodeScalarView(s))
        return ["\u{0647}", "\u{0647}\u{0627}", "\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0645}", "\u{0646}\u{0627}"].map
        {
            stem + $0
        }
    }

    /// The dual of a one-word noun, indefinite and definite (لقاءين، اللقاءين، زيارتان).
    static func duals(_ w: String) -> [String] {
        var s = Array(w.unicodeScalars)
        guard s.count >= 3, !KeyBytes.hasSuffix(w, "ات") else { return [] }
        if s.last == "\u{0647}" { s[s.count - 1] = "\u{062A}" }
        let stem = String(String.UnicodeScalarView(s))
        let forms = [stem + "\u{064A}\u{0646}", stem + "\u{0627}\u{0646}"]
        return forms + forms.map(definite)
    }

    /// A predicate adjective's feminine, plural and dual (مستعد → مستعدة، مستعدون، مستعدين،
    /// مستعدان، مستعدتان).
    static func adjectiveForms(_ w: String) -> [String] {
        ["\u{0647}", "\u{0648}\u{0646}", "\u{064A}\u{0646}", "\u{0627}\u{0646}", "\u{062A}\u{0627}\u{0646}"].map {
            w + $0
        }
    }
}
