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
