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
        plainKeys(phrase) ?? tokenizedKeys(phrase)
    }

    /// A 64-bit hash of a phrase's keys, from their bytes (`ByteHash`), for de-duplicating
    /// phrases while loading: Swift's hashing of Arabic Strings goes through Unicode
    /// normalisation.
    static func hash(_ keys: [String]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for key in keys { h = (h ^ ByteHash.of(key)) &* 0x100_0000_01b3 }
        return h
    }

    /// `keys` by the tokenizer: any text.
    static func tokenizedKeys(_ phrase: String) -> [String] {
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

    /// The keys of a phrase of Arabic letters (ء–ي) and single spaces only, most of the data,
    /// without the tokenizer (its setup per phrase was a tenth of the load time). Such a phrase
    /// tokenises as its space-separated words; nil for anything else.
    static func plainKeys(_ phrase: String) -> [String]? {
        var phrase = phrase
        return phrase.withUTF8 { bytes -> [String]? in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 {
                    guard i > 0, i + 1 < bytes.count, bytes[i + 1] != 0x20 else { return nil }
                    i += 1
                    continue
                }
                // U+0621–U+063A (D8 A1–BA) and U+0641–U+064A (D9 81–8A).
                guard i + 1 < bytes.count else { return nil }
                let c = bytes[i + 1]
                guard (b == 0xD8 && c >= 0xA1 && c <= 0xBA) || (b == 0xD9 && c >= 0x81 && c <= 0x8A) else { return nil }
                i += 2
            }
            var keys: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if i > start {
                    keys.append(
                        normalizer.withKey(UnsafeBufferPointer(rebasing: bytes[start..<i])) {
                            String(decoding: $0, as: UTF8.self)
                        })
                }
                start = i + 1
            }
            return keys
        }
    }

    /// The key of one token's text.
    public static func key(_ word: some StringProtocol) -> String { normalizer.key(word) }
}
