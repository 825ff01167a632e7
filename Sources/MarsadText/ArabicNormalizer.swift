/// Normalisation for matching: the form in which the knowledge base and the search index
/// compare words. It never touches the source: `normalize(_:)` returns a new text with an
/// offset map back, and `key(_:into:)` writes the matching key of one word into a reused buffer.
///
/// Folds: presentation forms → letters (lam-alef → two letters, ﷲ → الله); tatweel, harakat and
/// Quranic marks removed; أ إ آ ٱ → ا; ى ی → ي; ک گ → ك; ة → ه (option); Arabic-Indic and Persian
/// digits → ASCII; bidi and zero-width controls removed; ASCII letters lower-cased (option).
/// A hamza written as a separate mark after ي or و is composed (ئ ؤ), as in precomposed text.
public struct ArabicNormalizer: Sendable {
    public struct Options: Sendable, Hashable {
        /// ة → ه, so that spellings with and without the dots match.
        public var tehMarbutaToHeh: Bool
        /// Superscript alef (U+0670) → ا instead of being removed.
        public var superscriptAlefToAlef: Bool
        /// A–Z → a–z.
        public var lowercaseLatin: Bool
        /// ٠–٩ and ۰–۹ → 0–9, ٫ → ".", ٬ → ",", ٪ → "%".
        public var asciiDigits: Bool

        public init(
            tehMarbutaToHeh: Bool = true, superscriptAlefToAlef: Bool = false,
            lowercaseLatin: Bool = true, asciiDigits: Bool = true
        ) {
            self.tehMarbutaToHeh = tehMarbutaToHeh
            self.superscriptAlefToAlef = superscriptAlefToAlef
            self.lowercaseLatin = lowercaseLatin
            self.asciiDigits = asciiDigits
        }

        /// Search and knowledge-base keys (the default).
        public static let searchKey = Options()
        /// Keeps ة and letter case: for display and for readers.
        public static let readable = Options(tehMarbutaToHeh: false, lowercaseLatin: false)
    }

    public let options: Options
    @usableFromInline let table: FoldTable

    /// Builds the fold table once (a few microseconds): create one normaliser and reuse it.
    public init(options: Options = .searchKey) {
        self.options = options
        self.table = FoldTable(options)
    }

    // MARK: Whole texts

    /// The whole text normalised, with a map back to source offsets.
    public func normalize(_ text: SourceText) -> NormalizedText {
        let n = text.bytes.count
        if n == 0 { return NormalizedText(bytes: [], sourceStarts: [0]) }
        // Fast path: output no longer than the input, written straight into its arrays.
        var fits = true
        var starts: [Int] = []
        let bytes = [UInt8](unsafeUninitializedCapacity: n) { out, written in
            starts = [Int](unsafeUninitializedCapacity: text.scalarCount + 1) { map, mapped in
                var recorder = SourceRecorder(starts: map.baseAddress!)
                let result: Int? = text.bytes.withUnsafeBufferPointer { p in
                    guard let base = p.baseAddress else { return 0 }
                    return table.foldFast(base, count: n, into: out.baseAddress!, map: &recorder)
                }
                if let result {
                    written = result
                    map[recorder.count] = text.scalarCount
                    mapped = recorder.count + 1
                } else {
                    fits = false
                }
            }
        }
        if fits { return NormalizedText(bytes: bytes, sourceStarts: starts) }
        var sink = MappingSink(capacity: n)
        text.bytes.withUnsafeBufferPointer { table.fold($0, into: &sink) }
        sink.sourceStarts.append(text.scalarCount)
        return NormalizedText(bytes: sink.bytes, sourceStarts: sink.sourceStarts)
    }

    /// A normalised string: `normalize(SourceText(string)).string`, without the map.
    public func normalize(_ string: some StringProtocol) -> String {
        key(string)
    }

    // MARK: Keys of words

    /// Writes the key of a word (or any UTF-8 text) into `buffer`, replacing its contents.
    /// Reuse one buffer across calls: nothing else is allocated.
    public func key(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        // Fast path: folding never lengthens a scalar except a few ligatures, so the key is
        // built in a stack buffer as long as the input, then copied once.
        let done = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { scratch in
            guard let written = foldFast(bytes, into: scratch) else { return false }
            buffer.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: written))
            return true
        }
        if done { return }
        var sink = KeySink(bytes: [])
        swap(&sink.bytes, &buffer)  // the sink appends to the caller's storage, no copy
        table.fold(bytes, into: &sink)
        swap(&sink.bytes, &buffer)
    }

    /// The key of one token of `text`.
    public func key(of token: Token, in text: SourceText, into buffer: inout [UInt8]) {
        text.bytes.withUnsafeBufferPointer { p in
            key(UnsafeBufferPointer(rebasing: p[token.byteStart..<token.byteEnd]), into: &buffer)
        }
    }

    /// The key of a string.
    public func key(_ s: some StringProtocol) -> String {
        var buffer: [UInt8] = []
        var copy = String(s)
        copy.withUTF8 { key($0, into: &buffer) }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Calls `body` with the key of `bytes`, built on the stack: the fastest way to key words.
    @inlinable
    public func withKey<R>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { scratch in
            if let written = foldFast(bytes, into: scratch) {
                return body(UnsafeBufferPointer(start: scratch.baseAddress, count: written))
            }
            var slow: [UInt8] = []
            key(bytes, into: &slow)
            return slow.withUnsafeBufferPointer(body)
        }
    }

    /// Calls `body` with the key of one token of `text`, built on the stack.
    @inlinable
    public func withKey<R>(
        of token: Token, in text: SourceText, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        text.bytes.withUnsafeBufferPointer { p in
            withKey(UnsafeBufferPointer(rebasing: p[token.byteStart..<token.byteEnd]), body)
        }
    }

    /// Folds `bytes` into `scratch` (at least as long); nil when a ligature needs more room.
    @usableFromInline
    func foldFast(
        _ bytes: UnsafeBufferPointer<UInt8>, into scratch: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        guard let source = bytes.baseAddress else { return 0 }
        var noMap = NoSourceMap()
        return table.foldFast(source, count: bytes.count, into: scratch.baseAddress!, map: &noMap)
    }
}
