import Foundation
import MarsadAnalysis

/// Encodes analysis records as JSON Lines (the record's own fast writer), or pretty JSON for
/// people (JSONEncoder, keys sorted).
struct RecordEncoder: Sendable {
    let pretty: Bool

    func encode(_ record: AnalysisRecord) -> [UInt8] {
        if !pretty {
            var bytes = record.jsonBytes()
            bytes.append(0x0A)
            return bytes
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        guard var bytes = try? [UInt8](encoder.encode(record)) else { return [] }
        bytes.append(0x0A)
        return bytes
    }
}
