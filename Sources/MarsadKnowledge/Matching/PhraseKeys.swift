import MarsadText

/// Normalised matching keys: the same normalisation for the knowledge data and for article
/// tokens, so that a name in a data file matches however the article spells its alef or taa.
public enum PhraseKeys {
    /// The normaliser of every matching key: harakat, tatweel, alef forms, ى/ي and ة/ه folded.
    public static let normalizer: ArabicNormalizer = {
        var options = ArabicNormalizer.Options()
        options.tehMarbutaToHeh = true
        return ArabicNormalizer(options: options)
    }()

    /// The keys of a phrase: its word and number tokens (punctuation and quotes dropped), each
    /// normalised. `أ ف ب` gives three keys, `CCTV` one.
    public static func keys(_ phrase: String) -> [String] {
        let text = SourceText(phrase)
        var keys: [String] = []
        Tokenizer.forEachToken(in: text) { token in
            switch token.kind {
            case .arabic, .latin, .number: keys.append(normalizer.key(token.text(in: text)))
            default: break
            }
        }
        return keys
    }

    /// The key of one token's text.
    public static func key(_ word: some StringProtocol) -> String { normalizer.key(word) }
}
