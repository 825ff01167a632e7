import Foundation

@testable import MarsadText

/// Files shared beside the package (../shared from the package root). Tests that need them are
/// skipped with a message when the folder is absent.
enum Shared {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let conformance = root.appendingPathComponent("eval-data/conformance")
    static let vectors = conformance.appendingPathComponent(
        "arabic_normalization_stemming_vectors.tsv")
    static let stopwords = conformance.appendingPathComponent("lucene_arabic_stopwords.txt")
    static let seeds = root.appendingPathComponent("seeds")

    static var hasConformance: Bool {
        FileManager.default.fileExists(atPath: vectors.path)
            && FileManager.default.fileExists(atPath: stopwords.path)
    }
    static var hasSeeds: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// A small seeded generator (SplitMix64) so random tests are repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SourceText {
    /// The text of a scalar range, taken through the String's scalars (independent of the
    /// byte index under test).
    func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = string.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let upper = scalars.index(lower, offsetBy: range.count)
        return String(scalars[lower..<upper])
    }
}

func texts(_ tokens: [Token], in text: SourceText) -> [String] {
    tokens.map { $0.text(in: text) }
}
