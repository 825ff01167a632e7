import MarsadAnalysis
import Foundation

/// Rows to print in one of the faces' formats: an aligned table for people, JSON, JSON Lines or
/// CSV for programs. Every listing command builds one of these.
public struct ResultTable: Sendable {
    public enum Cell: Sendable, Equatable {
        case text(String?)
        case int(Int)
        case double(Double)
        /// A JSON value already encoded (an array of ids, an object).
        case json(String)

        var plain: String {
            switch self {
            case .text(let s): s ?? ""
            case .int(let i): String(i)
            case .double(let d): String(format: "%.3f", d)
            case .json(let j): j
            }
        }
    }

    public enum Format: String, Sendable, CaseIterable {
        case table, json, jsonl, csv
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .table: table()
        case .json: "[" + rows.map { object($0) }.joined(separator: ",\n ") + "]\n"
        case .jsonl: rows.map { object($0) + "\n" }.joined()
        case .csv:
            ([columns] + rows.map { $0.map(\.plain) }).map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }
                .joined()
        }
    }

    func object(_ row: [Cell]) -> String {
        var parts: [String] = []
        for (name, cell) in zip(columns, row) {
            let value: String
            switch cell {
            case .text(nil): value = "null"
            case .text(let s?): value = Self.jsonString(s)
            case .int(let i): value = String(i)
            case .double(let d): value = d.isFinite ? String(format: "%.4f", d) : "null"
            case .json(let j): value = j
            }
            parts.append(Self.jsonString(name) + ":" + value)
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    func table() -> String {
        if rows.isEmpty { return "(nothing found)\n" }
        let cells = rows.map { $0.map { Self.oneLine($0.plain) } }
        var widths = columns.map { Self.width($0) }
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = min(max(widths[i], Self.width(c)), 80) }
        }
        var out = ""
        func line(_ values: [String]) {
            var parts: [String] = []
            for (i, v) in values.enumerated() {
                let clipped = Self.width(v) > 80 && i < values.count - 1 ? String(v.unicodeScalars.prefix(79)) + "…" : v
                let pad = i < values.count - 1 ? max(0, widths[i] - Self.width(clipped)) : 0
                parts.append(clipped + String(repeating: " ", count: pad))
            }
            out += parts.joined(separator: "  ") + "\n"
        }
        line(columns)
        line(widths.map { String(repeating: "-", count: $0) })
        for row in cells { line(row) }
        return out
    }

    /// Display width: scalars that take a column (combining marks do not).
    static func width(_ s: String) -> Int {
        var n = 0
        for u in s.unicodeScalars {
            switch u.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: n += 1
            }
        }
        return n
    }

    static func oneLine(_ s: String) -> String {
        guard s.contains(where: { $0.isNewline || $0 == "\t" }) else { return s }
        return s.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }

    public static func csvField(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    public static func jsonString(_ s: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.appendString(s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
