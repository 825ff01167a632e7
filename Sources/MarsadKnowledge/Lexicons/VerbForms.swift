/// Inflected past-tense forms of a verb key (masculine singular, normalised): the feminine
/// (قالت), dual (قالا، قالتا) and plural (قالوا). Defective verbs ending in ا or ي (دعا، نفى)
/// drop it before ت and وا (دعت، دعوا; نفت، نفوا، نفيا). Used by the lexicon loader for
/// `speech_cues.tsv` and `event_triggers.tsv` verbs, as their format promises.
public enum VerbForms {
    public static func derived(_ key: String) -> [String] { inflections(key).map(\.form) }

    /// The derived forms with their grammatical number: `singular` (قالت), `dual` (قالا، قالتا),
    /// `plural` (قالوا).
    public static func inflections(_ key: String) -> [(form: String, number: String)] {
        let scalars = key.unicodeScalars
        guard scalars.count >= 2, let last = scalars.last else { return [] }
        if last == "\u{0627}" || last == "\u{064A}" {
            let stem = String(scalars.dropLast())
            var forms = [
                (stem + "\u{062A}", "singular"), (stem + "\u{0648}\u{0627}", "plural"),
                (stem + "\u{062A}\u{0627}", "dual"),
            ]
            if last == "\u{064A}" { forms.append((key + "\u{0627}", "dual")) }
            return forms
        }
        return [
            (key + "\u{062A}", "singular"), (key + "\u{0627}", "dual"), (key + "\u{062A}\u{0627}", "dual"),
            (key + "\u{0648}\u{0627}", "plural"),
        ]
    }
}
