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
            var cell = self[column]
            if cell.isEmpty { return [] }
            let sep = separator.asciiValue ?? UInt8(ascii: "|")
            return cell.withUTF8 { bytes in
                var values: [String] = []
                var start = 0
                for i in 0...bytes.count where i == bytes.count || bytes[i] == sep {
                    let value = TSVTable.trimmed(bytes, start, i)
                    if !value.isEmpty { values.append(value) }
                    start = i + 1
                }
                return values
            }
        }
    }

    public struct FormatError: Error, CustomStringConvertible, Equatable {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses `text`; `required` columns must be in the header. One pass over the bytes: the
    /// data is parsed at every start, and the generic `split` of a UTF-8 view cost over a
    /// hundred instructions a byte.
    public init(name: String, text: String, required: [String] = []) throws(FormatError) {
        self.name = name
        var text = text
        let parsed = text.withUTF8 { bytes -> Result<([String], [Row]), FormatError> in
            var header: [String]?
            var index: [String: Int] = [:]
            var rows: [Row] = []
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                lineNumber += 1
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                if end == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
                var cells: [String] = []
                var cellStart = lineStart
                for i in lineStart...end where i == end || bytes[i] == 0x09 {
                    cells.append(TSVTable.trimmed(bytes, cellStart, i))
                    cellStart = i + 1
                }
                guard header != nil else {
                    for column in required where !cells.contains(column) {
                        return .failure(
                            FormatError(
                                file: name, line: lineNumber, message: "header lacks the required column '\(column)'"))
                    }
                    for (i, column) in cells.enumerated() { index[column] = i }
                    header = cells
                    continue
                }
                if cells.allSatisfy(\.isEmpty) { continue }
                rows.append(Row(line: lineNumber, cells: cells, index: index))
            }
            guard let header else {
                return .failure(FormatError(file: name, line: lineNumber, message: "no header line"))
            }
            return .success((header, rows))
        }
        switch parsed {
        case .success(let (header, rows)):
            self.columns = header
            self.rows = rows
        case .failure(let error):
            throw error
        }
    }

    /// The bytes `start..<end` as a string without leading and trailing spaces (ASCII, and
    /// no-break C2 A0).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var s = start
        var e = end
        while s < e {
            if bytes[s] == 0x20 {
                s += 1
            } else if bytes[s] == 0xC2, s + 1 < e, bytes[s + 1] == 0xA0 {
                s += 2
            } else {
                break
            }
        }
        while s < e {
            if bytes[e - 1] == 0x20 {
                e -= 1
            } else if bytes[e - 1] == 0xA0, e - 1 > s, bytes[e - 2] == 0xC2 {
                e -= 2
            } else {
                break
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
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
