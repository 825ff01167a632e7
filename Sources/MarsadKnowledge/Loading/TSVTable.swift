/// A knowledge data file in the documented TSV format (`Data/README.md`): `#` comment lines, a
/// header of column names, then one record per line with TAB-separated cells; `|` separates
/// several values in a cell. Parsed over UTF-8 bytes: the data is loaded at every start.
public struct TSVTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [Row]

    public struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        public let line: Int
        let cells: [String]
        let index: [String: Int]

        /// The cell of `column`, trimmed; empty when absent.
        public subscript(_ column: String) -> String {
            guard let i = index[column], i < cells.count else { return "" }
            return cells[i]
        }

        /// The `|`-separated values of `column`, trimmed, empties dropped.
        public func list(_ column: String, separator: Character = "|") -> [String] {
            let cell = self[column]
            if cell.isEmpty { return [] }
            let sep = separator.asciiValue ?? UInt8(ascii: "|")
            return cell.utf8.split(separator: sep).compactMap { part in
                let value = TSVTable.trimmed(part)
                return value.isEmpty ? nil : value
            }
        }
    }

    public struct FormatError: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses `text`; `required` columns must be in the header.
    public init(name: String, text: String, required: [String] = []) throws(FormatError) {
        self.name = name
        var header: [String]?
        var index: [String: Int] = [:]
        var rows: [Row] = []
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map(TSVTable.trimmed)
            guard header != nil else {
                for column in required where !cells.contains(column) {
                    throw FormatError(
                        file: name, line: lineNumber, message: "header lacks the required column '\(column)'")
                }
                for (i, column) in cells.enumerated() { index[column] = i }
                header = cells
                continue
            }
            if cells.allSatisfy(\.isEmpty) { continue }
            rows.append(Row(line: lineNumber, cells: cells, index: index))
        }
        guard let header else {
            throw FormatError(file: name, line: lineNumber, message: "no header line")
        }
        self.columns = header
        self.rows = rows
    }

    /// The bytes as a string without leading and trailing spaces (ASCII, and no-break C2 A0).
    static func trimmed(_ bytes: Substring.UTF8View.SubSequence) -> String {
        var s = bytes.startIndex
        var e = bytes.endIndex
        while s < e {
            if bytes[s] == 0x20 {
                s = bytes.index(after: s)
            } else if bytes[s] == 0xC2, bytes.index(after: s) < e, bytes[bytes.index(after: s)] == 0xA0 {
                s = bytes.index(s, offsetBy: 2)
            } else {
                break
            }
        }
        while s < e {
            let last = bytes.index(before: e)
            if bytes[last] == 0x20 {
                e = last
            } else if bytes[last] == 0xA0, last > s, bytes[bytes.index(before: last)] == 0xC2 {
                e = bytes.index(before: last)
            } else {
                break
            }
        }
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\u{00A0}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{00A0}" { s = s.dropLast() }
        return String(s)
    }
}
