/// One hypothesis about how a normalised word splits into proclitics, stem and enclitic.
///
/// `prefixLength` and `suffixLength` count scalars of the word. `stem` is usually the middle of
/// the word; two hypotheses rebuild it: after لل (ل + ال, alef dropped) the stem regains its
/// article (للرئيس → "الرئيس"), and a ت before a pronoun becomes the ه that a normalised ة is
/// (حكومته → "حكومه").
public struct CliticSplit: Sendable, Equatable, Hashable {
    public var prefix: String
    public var stem: String
    public var suffix: String
    public var prefixLength: Int
    public var suffixLength: Int

    public init(prefix: String, stem: String, suffix: String, prefixLength: Int, suffixLength: Int) {
        self.prefix = prefix
        self.stem = stem
        self.suffix = suffix
        self.prefixLength = prefixLength
        self.suffixLength = suffixLength
    }

    public var isUnsplit: Bool { prefixLength == 0 && suffixLength == 0 }
}

/// Clitic hypotheses for a word normalised by `ArabicNormalizer` (default options). The
/// knowledge base decides which one is real, so بكين is offered whole as well as ب + كين.
///
/// Proclitics: an optional conjunction (و ف), an optional preposition or future particle
/// (ب ك ل س), an optional article (ال; ل + ال is written لل). Enclitics: the pronouns
/// ه ها هم هما هن ك كم نا ي, not after an article. A stem keeps at least 2 letters, 3 when
/// an enclitic is peeled.
public enum Clitics {
    static let alef: Unicode.Scalar = "\u{0627}"
    static let lam: Unicode.Scalar = "\u{0644}"
    static let teh: Unicode.Scalar = "\u{062A}"
    static let heh: Unicode.Scalar = "\u{0647}"

    static let conjunctions: [Unicode.Scalar?] = [nil, "\u{0648}", "\u{0641}"]
    static let particles: [Unicode.Scalar?] = [nil, "\u{0628}", "\u{0643}", "\u{0644}", "\u{0633}"]
    static let suffixes: [[Unicode.Scalar]] = ["هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"].map {
        Array($0.unicodeScalars)
    }

    /// Prefix hypotheses: (surface letters, whether the article is part of them).
    static let prefixes: [(letters: [Unicode.Scalar], hasArticle: Bool)] = {
        var result: [(letters: [Unicode.Scalar], hasArticle: Bool)] = []
        for conjunction in conjunctions {
            for particle in particles {
                for article in [false, true] {
                    if article && particle == "\u{0633}" { continue }  // س only before verbs
                    var letters: [Unicode.Scalar] = []
                    if let conjunction { letters.append(conjunction) }
                    if let particle { letters.append(particle) }
                    if article {
                        // ل + ال is written لل.
                        letters += particle == lam ? [lam] : [alef, lam]
                    }
                    if !letters.isEmpty { result.append((letters, article)) }
                }
            }
        }
        return result
    }()

    public static func candidates(_ normalizedWord: String) -> [CliticSplit] {
        let word = Array(normalizedWord.unicodeScalars)
        var splits: [CliticSplit] = []
        func add(_ prefixLength: Int, _ suffixLength: Int, stem: [Unicode.Scalar]) {
            let split = CliticSplit(
                prefix: string(word[0..<prefixLength]),
                stem: string(stem[...]),
                suffix: string(word[(word.count - suffixLength)...]),
                prefixLength: prefixLength, suffixLength: suffixLength)
            if !splits.contains(split) { splits.append(split) }
        }
        let prefixOptions =
            [(letters: [Unicode.Scalar](), hasArticle: false)]
            + prefixes.filter { word.starts(with: $0.letters) }
        for prefix in prefixOptions {
            let p = prefix.letters.count
            let restoresArticle = prefix.hasArticle && prefix.letters.suffix(2) == [lam, lam]
            // Enclitics (not after an article).
            if !prefix.hasArticle {
                for suffix in suffixes where word.count - p - suffix.count >= 3 {
                    guard word.suffix(suffix.count).elementsEqual(suffix) else { continue }
                    let stem = Array(word[p..<(word.count - suffix.count)])
                    add(p, suffix.count, stem: stem)
                    if stem.last == teh && stem.count >= 4 {
                        add(p, suffix.count, stem: Array(stem.dropLast()) + [heh])
                    }
                }
            }
            if p > 0 && word.count - p >= 2 {
                add(p, 0, stem: Array(word[p...]))
                if restoresArticle { add(p, 0, stem: [alef, lam] + word[p...]) }
            }
        }
        add(0, 0, stem: word)
        // Longest peel first; the order of generation breaks ties.
        return splits.enumerated().sorted {
            let a = $0.element.prefixLength + $0.element.suffixLength
            let b = $1.element.prefixLength + $1.element.suffixLength
            return a != b ? a > b : $0.offset < $1.offset
        }.map(\.element)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }
}
