/// The stems a name may have under its proclitics, for knowledge matching: و/ف, then ب/ل/ك,
/// and لل for ل + ال (للصين → الصين). Cheaper than the general clitic analysis (no suffixes,
/// no verb prefixes): this runs for every token of every scan.
enum ProcliticPeel {
    static let waw: Unicode.Scalar = "\u{0648}"
    static let fa: Unicode.Scalar = "\u{0641}"
    static let ba: Unicode.Scalar = "\u{0628}"
    static let lam: Unicode.Scalar = "\u{0644}"
    static let kaf: Unicode.Scalar = "\u{0643}"

    /// Candidate stems of a normalised key, longest peel last; at least two letters remain.
    static func stems(of key: String) -> [String] {
        let scalars = key.unicodeScalars
        guard scalars.count > 2 else { return [] }
        var out: [String] = []
        var index = scalars.startIndex
        var first = scalars[index]
        // و or ف first.
        if first == waw || first == fa {
            index = scalars.index(after: index)
            out.append(String(scalars[index...]))
            first = scalars[index]
        }
        let rest = scalars.distance(from: index, to: scalars.endIndex)
        guard rest > 2 else { return out.filter { $0.unicodeScalars.count >= 2 } }
        let second = scalars[scalars.index(after: index)]
        if first == lam && second == lam {
            // لل = ل + ال: the stem regains its article.
            out.append("\u{0627}" + String(scalars[scalars.index(after: index)...]))
        } else if first == ba || first == lam || first == kaf {
            out.append(String(scalars[scalars.index(after: index)...]))
        }
        return out.filter { $0.unicodeScalars.count >= 2 }
    }
}

extension ProcliticPeel {
    /// A stem under proclitics and what was peeled to reach it.
    struct Stem: Equatable {
        var key: String
        /// Letters peeled from the front.
        var prefixLength: Int
        /// ل + ال written لل: the stem regained its article.
        var restoredArticle: Bool
    }

    /// `stems(of:)` read from the key's UTF-8 bytes (the same stems, in the same order), with
    /// what each peel removed: the entity recogniser asks this of many tokens, and the scalar
    /// view's String building costs thousands of instructions a word.
    static func peeled(_ key: String) -> [Stem] {
        if let stems = key.utf8.withContiguousStorageIfAvailable(peeled(bytes:)) { return stems }
        var key = key
        return key.withUTF8(peeled(bytes:))
    }

    private static func peeled(bytes b: UnsafeBufferPointer<UInt8>) -> [Stem] {
        // Scalars: bytes that do not continue a UTF-8 sequence.
        var scalars = 0
        for byte in b where byte & 0xC0 != 0x80 { scalars += 1 }
        guard scalars > 2 else { return [] }
        // The proclitics are two-byte letters: و D9 88, ف D9 81, ب D8 A8, ل D9 84, ك D9 83.
        func letter(_ at: Int, _ lead: UInt8, _ trail: UInt8) -> Bool {
            at + 1 < b.count && b[at] == lead && b[at + 1] == trail
        }
        func rest(_ from: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[from...]), as: UTF8.self) }
        var out: [Stem] = []
        var at = 0
        var peeled = 0
        if letter(0, 0xD9, 0x88) || letter(0, 0xD9, 0x81) {
            at = 2
            peeled = 1
            out.append(Stem(key: rest(at), prefixLength: 1, restoredArticle: false))
        }
        guard scalars - peeled > 2 else { return out }
        // The scalar after the one at `at` (which may be any letter, of any length).
        var next = at + 1
        while next < b.count && b[next] & 0xC0 == 0x80 { next += 1 }
        if letter(at, 0xD9, 0x84) && letter(next, 0xD9, 0x84) {
            // لل = ل + ال: the stem regains its article (ا D8 A7).
            out.append(Stem(key: "\u{0627}" + rest(next), prefixLength: peeled + 2, restoredArticle: true))
        } else if letter(at, 0xD8, 0xA8) || letter(at, 0xD9, 0x84) || letter(at, 0xD9, 0x83) {
            out.append(Stem(key: rest(next), prefixLength: peeled + 1, restoredArticle: false))
        }
        // Every stem keeps at least two letters (`stems(of:)` filters on it; here it always holds).
        return out
    }
}
