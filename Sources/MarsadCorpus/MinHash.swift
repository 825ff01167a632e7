import MarsadText

/// MinHash signatures over word shingles: a compact summary of a text whose agreement with
/// another's estimates the Jaccard similarity of their shingle sets. Words are the normalised
/// keys of MarsadText (harakat, alef forms, tatweel ignored), so a wire copy republished with
/// other punctuation or spelling of hamza still matches.
public struct MinHash: Sendable {
    /// Number of hash functions (signature length).
    public let count: Int
    /// Words per shingle.
    public let shingle: Int
    private let multipliers: [UInt64]
    private let addends: [UInt64]

    public static let standard = MinHash(count: 64, shingle: 3)

    public init(count: Int, shingle: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) {
        self.count = count
        self.shingle = shingle
        var state = seed
        var m: [UInt64] = []
        var a: [UInt64] = []
        for _ in 0..<count {
            m.append(Self.splitmix(&state) | 1)
            a.append(Self.splitmix(&state))
        }
        multipliers = m
        addends = a
    }

    static func splitmix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static let normalizer = ArabicNormalizer()

    /// Hashes of the text's words (normalised keys), in order.
    public static func wordHashes(of text: SourceText) -> [UInt64] {
        var hashes: [UInt64] = []
        hashes.reserveCapacity(text.byteCount / 6)
        Tokenizer.forEachToken(in: text) { token in
            switch token.kind {
            case .arabic, .latin, .number:
                normalizer.withKey(of: token, in: text) { key in
                    var h: UInt64 = 0xCBF2_9CE4_8422_2325
                    for b in key {
                        h ^= UInt64(b)
                        h &*= 0x0000_0100_0000_01B3
                    }
                    hashes.append(h)
                }
            default: break
            }
        }
        return hashes
    }

    /// The signature of a text: `count` minima; all `UInt32.max` when the text has fewer words
    /// than a shingle.
    public func signature(of text: SourceText) -> [UInt32] {
        signature(words: Self.wordHashes(of: text))
    }

    public func signature(words: [UInt64]) -> [UInt32] {
        var minima = [UInt64](repeating: .max, count: count)
        guard words.count >= shingle else { return [UInt32](repeating: .max, count: count) }
        multipliers.withUnsafeBufferPointer { mul in
            addends.withUnsafeBufferPointer { add in
                minima.withUnsafeMutableBufferPointer { mins in
                    for i in 0...(words.count - shingle) {
                        var x: UInt64 = 0
                        for j in 0..<shingle { x = (x &* 0x100_0000_01B3) ^ words[i + j] }
                        x ^= x >> 29
                        for k in 0..<count {
                            let h = (x &* mul[k]) &+ add[k]
                            if h < mins[k] { mins[k] = h }
                        }
                    }
                }
            }
        }
        return minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
    }

    /// Share of equal positions: the estimated Jaccard similarity of the shingle sets.
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var same = 0
        for i in 0..<a.count where a[i] == b[i] { same += 1 }
        return Double(same) / Double(a.count)
    }

    public static func isEmpty(_ signature: [UInt32]) -> Bool { signature.allSatisfy { $0 == .max } }
}
