/// A knowledge data file in the documented TSV format (`Data/README.md`): `#` comment lines, a
/// header of column names, then one record per line with TAB-separated cells; `|` separates
/// several values in a cell.
public struct TSVTable: Sendable {
    public let name: String
    public let columns: [String]
    public let rows: [Row]

    public struct Row: Sendable {
        /// 1-based line number in the file, for error messages.
        public let line: Int
        let cells: [Substring]
        let index: [String: Int]

        /// The cell of `column`, trimmed; empty when absent.
        public subscript(_ column: String) -> String {
            guard let i = index[column], i < cells.count else { return "" }
            return String(cells[i]).trimmingSpaces
        }

        /// The `|`-separated values of `column`, trimmed, empties dropped.
        public func list(_ column: String, separator: Character = "|") -> [String] {
            let cell = self[column]
            if cell.isEmpty { return [] }
            return cell.split(separator: separator).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
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
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard header != nil else {
                let names = cells.map { String($0).trimmingSpaces }
                for column in required where !names.contains(column) {
                    throw FormatError(file: name, line: lineNumber, message: "header lacks the required column '\(column)'")
                }
                for (i, column) in names.enumerated() { index[column] = i }
                header = names
                continue
            }
            if cells.allSatisfy({ $0.allSatisfy { $0 == " " } }) { continue }
            rows.append(Row(line: lineNumber, cells: Array(cells), index: index))
        }
        guard let header else {
            throw FormatError(file: name, line: lineNumber, message: "no header line")
        }
        self.columns = header
        self.rows = rows
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
