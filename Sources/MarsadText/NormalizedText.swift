/// A normalised view of a `SourceText`, with offsets that lead back to it (as Lucene's
/// CharFilter corrects offsets): every normalised scalar knows the source scalar it came from.
public struct NormalizedText: Sendable {
    public let string: String
    public let scalarCount: Int
    /// Source scalar of each normalised scalar, then the source scalar count.
    private let sourceStarts: [Int]

    init(bytes: [UInt8], sourceStarts: [Int]) {
        self.string = String(decoding: bytes, as: UTF8.self)
        self.scalarCount = sourceStarts.count - 1
        self.sourceStarts = sourceStarts
    }

    /// The source scalar that produced normalised scalar `i` (`i == scalarCount`: the source end).
    public func sourceScalar(forNormalizedScalar i: Int) -> Int {
        precondition(i >= 0 && i <= scalarCount, "normalized offset \(i) out of range")
        return sourceStarts[i]
    }

    /// The source span of a normalised span. It starts at the source of its first scalar and
    /// ends where the source of the next normalised scalar starts, so marks removed from the
    /// end of a word (harakat, tatweel) stay inside it; a part of an expansion (one letter of a
    /// lam-alef ligature) maps to the whole source scalar. Never empty for a non-empty range.
    public func sourceRange(forNormalized range: Range<Int>) -> Range<Int> {
        precondition(
            range.lowerBound >= 0 && range.upperBound <= scalarCount,
            "normalized range \(range) out of range")
        let start = sourceStarts[range.lowerBound]
        if range.isEmpty { return start..<start }
        let end = max(sourceStarts[range.upperBound], sourceStarts[range.upperBound - 1] + 1)
        return start..<end
    }
}
