import Foundation
import MarsadAnalysis

/// Encodes analysis records as JSON Lines (or pretty JSON for people).
struct RecordEncoder: Sendable {
    let pretty: Bool

    func encode(_ record: AnalysisRecord) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys] : [.withoutEscapingSlashes]
        guard var bytes = try? [UInt8](encoder.encode(record)) else { return [] }
        bytes.append(0x0A)
        return bytes
    }
}
