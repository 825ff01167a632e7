public enum TokenKind: String, Sendable, Codable, CaseIterable {
    case arabic, latin, number, punctuation, quote, symbol
}

/// A token: a kind and its span, as Unicode scalar offsets (end exclusive) and UTF-8 byte
/// offsets into the `SourceText`. No string is stored.
public struct Token: Sendable, Equatable, Hashable {
    public var kind: TokenKind
    public var start: Int
    public var end: Int
    public var byteStart: Int
    public var byteEnd: Int

    public init(kind: TokenKind, start: Int, end: Int, byteStart: Int, byteEnd: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }

    public var range: Range<Int> { start..<end }
    public var byteRange: Range<Int> { byteStart..<byteEnd }
    public var length: Int { end - start }
}

extension Token {
    public func text(in source: SourceText) -> String {
        source.slice(bytes: byteStart..<byteEnd)
    }
}
