/// One article as read from an input: its text and the input's own fields.
public struct Article: Sendable, Equatable {
    /// The path as given for a text file, `PATH#N` for the N-th article of a collection.
    public var source: String
    /// The article text: the file's content, or `title + "\n\n" + body` in a collection.
    public var text: String
    /// The article's own fields other than its text (url, date, source, author, …).
    public var meta: [String: String]

    public init(source: String, text: String, meta: [String: String] = [:]) {
        self.source = source
        self.text = text
        self.meta = meta
    }
}

/// Why one input (a file, or one article of a collection) could not be read.
public struct InputFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The data is bad (exit code 65): invalid UTF-8, binary, malformed JSON, no text.
        case data
        /// The input could not be read (exit code 74): missing file, permission denied.
        case io
    }

    public var input: String
    /// Where in the input: "byte 1234", "line 3", "article 5", or nil for the whole input.
    public var place: String?
    public var reason: String
    public var kind: Kind

    public init(input: String, place: String? = nil, reason: String, kind: Kind = .data) {
        self.input = input
        self.place = place
        self.reason = reason
        self.kind = kind
    }

    public var description: String {
        if let place { return "\(input): \(place): \(reason)" }
        return "\(input): \(reason)"
    }
}

/// What reading an input yields, in input order: articles, and failures in their place.
public enum InputItem: Sendable, Equatable {
    case article(Article)
    case failure(InputFailure)
}
