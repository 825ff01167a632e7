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

/// A clitic hypothesis seen through `Clitics.forEachCandidate`: the stem's UTF-8 bytes are
/// valid only inside the closure.
public struct CliticView {
    public var prefixLength: Int
    public var suffixLength: Int
    public var stem: UnsafeBufferPointer<UInt8>
}

/// Clitic hypotheses for a word normalised by `ArabicNormalizer` (default options), ordered
/// from the longest peel to none, the unsplit word always last. The knowledge base decides
/// which one is real, so بكين is offered whole as well as ب + كين.
///
/// Proclitics: an optional conjunction (و ف), an optional preposition or future particle
/// (ب ك ل س), an optional article (ال; ل + ال is written لل). Enclitics: the pronouns
/// ه ها هم هما هن ك كم نا ي, not after an article. A stem keeps at least 2 letters, 3 when
/// an enclitic is peeled.
public enum Clitics {
    public static func candidates(_ normalizedWord: String) -> [CliticSplit] {
        var word = normalizedWord
        return word.withUTF8 { bytes in
            var splits: [CliticSplit] = []
            splits.reserveCapacity(6)
            forEachHypothesis(bytes) { h, stem in
                splits.append(
                    CliticSplit(
                        prefix: String(decoding: bytes[..<h.prefixBytes], as: UTF8.self),
                        stem: String(decoding: stem, as: UTF8.self),
                        suffix: String(decoding: bytes[(bytes.count - h.suffixBytes)...], as: UTF8.self),
                        prefixLength: h.prefixBytes / 2, suffixLength: h.suffixBytes / 2))
            }
            return splits
        }
    }

    /// The same hypotheses over the UTF-8 bytes of a key, without allocating.
    public static func forEachCandidate(
        _ key: UnsafeBufferPointer<UInt8>, _ body: (CliticView) -> Void
    ) {
        forEachHypothesis(key) { h, stem in
            body(CliticView(prefixLength: h.prefixBytes / 2, suffixLength: h.suffixBytes / 2, stem: stem))
        }
    }

    // MARK: Implementation, on UTF-8 bytes (every clitic letter is two bytes)

    struct Hypothesis {
        var prefixBytes: Int
        var suffixBytes: Int
        var rebuild: Rebuild
        var peeled: Int { prefixBytes + suffixBytes }
    }

    enum Rebuild { case none, article, tehMarbuta }

    struct Prefix {
        let bytes: [UInt8]
        let hasArticle: Bool
        let endsWithLamLam: Bool
    }

    static let alefLam: [UInt8] = Array("ال".utf8)
    static let heh: [UInt8] = Array("ه".utf8)
    static let teh: [UInt8] = Array("ت".utf8)

    /// Every surface form of conjunction? particle? article?, e.g. و، وب، وبال، لل، ولل، فس.
    static let prefixes: [Prefix] = {
        var result: [Prefix] = []
        for conjunction in ["", "و", "ف"] {
            for particle in ["", "ب", "ك", "ل", "س"] {
                for article in [false, true] {
                    if article && particle == "س" { continue }  // س only before verbs
                    // ل + ال is written لل.
                    let articleLetters = article ? (particle == "ل" ? "ل" : "ال") : ""
                    let letters = conjunction + particle + articleLetters
                    if letters.isEmpty { continue }
                    result.append(
                        Prefix(
                            bytes: Array(letters.utf8), hasArticle: article,
                            endsWithLamLam: article && particle == "ل"))
                }
            }
        }
        return result
    }()

    static let suffixes: [[UInt8]] = ["هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"].map {
        Array($0.utf8)
    }

    /// Calls `body` with each hypothesis and its stem bytes, longest peel first.
    static func forEachHypothesis(
        _ word: UnsafeBufferPointer<UInt8>, _ body: (Hypothesis, UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let n = word.count
        let scalars = n == 0 ? 0 : UTF8Scalars.countScalars(word, from: 0, to: n)
        var found: [Hypothesis] = []
        func add(_ h: Hypothesis) {
            // Insertion keeps the order: longest peel first, then order of generation.
            var k = found.count
            while k > 0 && found[k - 1].peeled < h.peeled { k -= 1 }
            found.insert(h, at: k)
        }
        func consider(_ p: Int, hasArticle: Bool, lamLam: Bool) {
            let prefixLetters = p / 2
            if !hasArticle {
                for suffix in suffixes where scalars - prefixLetters - suffix.count / 2 >= 3 {
                    guard n - suffix.count >= p, word[(n - suffix.count)...].elementsEqual(suffix) else {
                        continue
                    }
                    add(Hypothesis(prefixBytes: p, suffixBytes: suffix.count, rebuild: .none))
                    let stemEnd = n - suffix.count
                    if scalars - prefixLetters - suffix.count / 2 >= 4,
                        word[(stemEnd - 2)..<stemEnd].elementsEqual(teh)
                    {
                        add(Hypothesis(prefixBytes: p, suffixBytes: suffix.count, rebuild: .tehMarbuta))
                    }
                }
            }
            if p > 0 && scalars - prefixLetters >= 2 {
                add(Hypothesis(prefixBytes: p, suffixBytes: 0, rebuild: .none))
                if lamLam { add(Hypothesis(prefixBytes: p, suffixBytes: 0, rebuild: .article)) }
            }
        }
        consider(0, hasArticle: false, lamLam: false)
        for prefix in prefixes where n > prefix.bytes.count && word.starts(with: prefix.bytes) {
            consider(prefix.bytes.count, hasArticle: prefix.hasArticle, lamLam: prefix.endsWithLamLam)
        }
        found.append(Hypothesis(prefixBytes: 0, suffixBytes: 0, rebuild: .none))

        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 4) { scratch in
            for h in found {
                let stem = UnsafeBufferPointer(rebasing: word[h.prefixBytes..<(n - h.suffixBytes)])
                switch h.rebuild {
                case .none:
                    body(h, stem)
                case .article:
                    let out = scratch.baseAddress!
                    out.initialize(from: alefLam, count: 2 * 2)
                    (out + 4).initialize(from: stem.baseAddress!, count: stem.count)
                    body(h, UnsafeBufferPointer(start: out, count: stem.count + 4))
                case .tehMarbuta:
                    let out = scratch.baseAddress!
                    out.initialize(from: stem.baseAddress!, count: stem.count - 2)
                    (out + stem.count - 2).initialize(from: heh, count: 2)
                    body(h, UnsafeBufferPointer(start: out, count: stem.count))
                }
            }
        }
    }
}
