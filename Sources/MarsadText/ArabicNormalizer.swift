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

    /// The whole text normalised, with a map back to source offsets.
    public func normalize(_ text: SourceText) -> NormalizedText {
        var sink = MappingSink(capacity: text.bytes.count)
        text.bytes.withUnsafeBufferPointer { p in
            table.fold(p, into: &sink)
        }
        sink.sourceStarts.append(text.scalarCount)
        return NormalizedText(bytes: sink.bytes, sourceStarts: sink.sourceStarts)
    }

    /// Convenience for strings: `normalize(SourceText(string)).string`.
    public func normalize(_ string: some StringProtocol) -> String {
        key(string)
    }

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

    /// Calls `body` with the key of `bytes`, built on the stack: no heap allocation for words.
    @inlinable
    public func withKey<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
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
    public func withKey<R>(of token: Token, in text: SourceText, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        text.bytes.withUnsafeBufferPointer { p in
            withKey(UnsafeBufferPointer(rebasing: p[token.byteStart..<token.byteEnd]), body)
        }
    }

    /// Folds `bytes` into `scratch` (at least as long); nil when a ligature needs more room.
    @usableFromInline
    func foldFast(_ bytes: UnsafeBufferPointer<UInt8>, into scratch: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard let source = bytes.baseAddress else { return 0 }
        return table.foldFast(source, count: bytes.count, into: scratch.baseAddress!)
    }

    /// The key of one token of `text`.
    public func key(of token: Token, in text: SourceText, into buffer: inout [UInt8]) {
        text.bytes.withUnsafeBufferPointer { p in
            let slice = UnsafeBufferPointer(rebasing: p[token.byteStart..<token.byteEnd])
            key(slice, into: &buffer)
        }
    }

    /// The key of a string.
    public func key(_ s: some StringProtocol) -> String {
        var buffer: [UInt8] = []
        var copy = String(s)
        copy.withUTF8 { key($0, into: &buffer) }
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// Receives the folded scalars.
protocol FoldSink {
    mutating func emit(_ v: UInt32, source: Int)
    /// Replaces the last emitted scalar, a two-byte one, by another two-byte scalar.
    mutating func replaceLast(_ v: UInt32)
}

struct KeySink: FoldSink {
    var bytes: [UInt8]

    @inline(__always)
    mutating func emit(_ v: UInt32, source: Int) {
        UTF8Scalars.append(v, to: &bytes)
    }

    mutating func replaceLast(_ v: UInt32) {
        bytes[bytes.count - 2] = UInt8(0xC0 | v >> 6)
        bytes[bytes.count - 1] = UInt8(0x80 | v & 0x3F)
    }
}

/// Writes to a raw buffer while it stays within `limit`.
struct PointerSink: FoldSink {
    let out: UnsafeMutablePointer<UInt8>
    var w: Int
    let limit: Int
    var overflow = false

    mutating func emit(_ v: UInt32, source: Int) {
        let length = v < 0x80 ? 1 : v < 0x800 ? 2 : 3
        guard w + length <= limit else {
            overflow = true
            return
        }
        if v < 0x80 {
            out[w] = UInt8(v)
        } else if v < 0x800 {
            out[w] = UInt8(0xC0 | v >> 6)
            out[w + 1] = UInt8(0x80 | v & 0x3F)
        } else {
            out[w] = UInt8(0xE0 | v >> 12)
            out[w + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
            out[w + 2] = UInt8(0x80 | v & 0x3F)
        }
        w += length
    }

    mutating func replaceLast(_ v: UInt32) {
        guard !overflow else { return }
        out[w - 2] = UInt8(0xC0 | v >> 6)
        out[w - 1] = UInt8(0x80 | v & 0x3F)
    }
}

struct MappingSink: FoldSink {
    var bytes: [UInt8] = []
    var sourceStarts: [Int] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        sourceStarts.reserveCapacity(capacity / 2 + 1)
    }

    @inline(__always)
    mutating func emit(_ v: UInt32, source: Int) {
        UTF8Scalars.append(v, to: &bytes)
        sourceStarts.append(source)
    }

    mutating func replaceLast(_ v: UInt32) {
        bytes[bytes.count - 2] = UInt8(0xC0 | v >> 6)
        bytes[bytes.count - 1] = UInt8(0x80 | v & 0x3F)
    }
}

/// The per-scalar fold for one set of options. Scalars below U+0800 are looked up in a table;
/// presentation forms expand through `PresentationForms`; controls are dropped.
@usableFromInline
final class FoldTable: @unchecked Sendable {  // immutable after init
    static let keep: UInt16 = 0xFFFF
    static let drop: UInt16 = 0xFFFE
    static let hamzaAbove: UInt16 = 0xFFFD

    /// The action for each scalar below U+0800: keep, drop, hamzaAbove or a replacement.
    let small: UnsafeMutablePointer<UInt16>

    init(_ options: ArabicNormalizer.Options) {
        var t = [UInt16](repeating: Self.keep, count: 0x800)
        if options.lowercaseLatin {
            for v in 0x41...0x5A { t[v] = UInt16(v + 0x20) }
        }
        for v in [0x00AD, 0x061C] { t[v] = Self.drop }
        for v in [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675] { t[v] = 0x0627 }
        for v in [0x0649, 0x06CC] { t[v] = 0x064A }
        for v in [0x06A9, 0x06AA, 0x06AF] { t[v] = 0x0643 }
        for v in [0x06BE, 0x06C0, 0x06C1] { t[v] = 0x0647 }
        t[0x06C3] = options.tehMarbutaToHeh ? 0x0647 : 0x0629
        if options.tehMarbutaToHeh { t[0x0629] = 0x0647 }
        // Tatweel, harakat, Quranic annotation marks.
        for v in [0x0640] + Array(0x0610...0x061A) + Array(0x064B...0x065F) + Array(0x06D6...0x06DC)
            + Array(0x06DF...0x06E4) + [0x06E7, 0x06E8] + Array(0x06EA...0x06ED)
        {
            t[v] = Self.drop
        }
        t[0x0654] = Self.hamzaAbove
        t[0x0670] = options.superscriptAlefToAlef ? 0x0627 : Self.drop
        if options.asciiDigits {
            for d in 0..<10 {
                t[0x0660 + d] = UInt16(0x30 + d)
                t[0x06F0 + d] = UInt16(0x30 + d)
            }
            t[0x066A] = 0x25  // %
            t[0x066B] = 0x2E  // .
            t[0x066C] = 0x2C  // ,
        }
        small = .allocate(capacity: t.count)
        small.initialize(from: t, count: t.count)
    }

    deinit { small.deallocate() }

    /// Folds `count` bytes from `source` into `out` (which may be `source` itself: the write
    /// position never passes the read position) and returns the folded length, or nil when a
    /// presentation form expands beyond its own bytes.
    func foldFast(_ source: UnsafePointer<UInt8>, count n: Int, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        let t = small
        let p = UnsafeBufferPointer(start: source, count: n)
        var r = 0  // read
        var w = 0  // write, never past r
        var last: UInt32 = 0
        while r < n {
            let b = p[r]
            if b < 0x80 {
                let a = t[Int(b)]
                if a != Self.drop {
                    let v = a == Self.keep ? b : UInt8(truncatingIfNeeded: a)
                    out[w] = v
                    w += 1
                    last = UInt32(v)
                }
                r += 1
                continue
            }
            let (v, length) = UTF8Scalars.decode(p, r)
            if v < 0x800 {
                r += 2
                let a = t[Int(v)]
                if a == Self.keep {
                    out[w] = b
                    out[w + 1] = p[r - 1]
                    w += 2
                    last = v
                } else if a == Self.drop {
                } else if a == Self.hamzaAbove {
                    // ي + ٔ → ئ and و + ٔ → ؤ, as the precomposed letters are kept.
                    if last == 0x064A || last == 0x0648 {
                        last = last == 0x064A ? 0x0626 : 0x0624
                        out[w - 2] = UInt8(0xC0 | last >> 6)
                        out[w - 1] = UInt8(0x80 | last & 0x3F)
                    }
                } else {
                    let u = UInt32(a)
                    if u < 0x80 {
                        out[w] = UInt8(u)
                        w += 1
                    } else {
                        out[w] = UInt8(0xC0 | u >> 6)
                        out[w + 1] = UInt8(0x80 | u & 0x3F)
                        w += 2
                    }
                    last = u
                }
                continue
            }
            switch v {
            case PresentationForms.firstRange, PresentationForms.secondRange:
                let entry = PresentationForms.entry(v)
                if entry == 0 {
                    (out + w).update(from: source + r, count: length)
                    w += length
                    last = v
                } else if entry != PresentationForms.drop {
                    // An expansion fits in place only within the bytes it replaces.
                    var sink = PointerSink(out: out, w: w, limit: r + length)
                    let start = Int(entry >> 5)
                    for k in start..<start + Int(entry & 0x1F) {
                        let u = UInt32(PresentationForms.expansions[k])
                        foldSmall(u, source: 0, last: &last, into: &sink)
                    }
                    if sink.overflow { return nil }
                    w = sink.w
                }
            case 0x08CA...0x08FF, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F:
                break
            default:
                (out + w).update(from: source + r, count: length)
                w += length
                last = v
            }
            r += length
        }
        return w
    }

    func fold<S: FoldSink>(_ p: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        do {
            let t = small
            let n = p.count
            var i = 0
            var source = 0
            var last: UInt32 = 0
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    let a = t[Int(b)]
                    if a != Self.drop {
                        let v = a == Self.keep ? UInt32(b) : UInt32(a)
                        sink.emit(v, source: source)
                        last = v
                    }
                    i += 1
                } else {
                    let (v, length) = UTF8Scalars.decode(p, i)
                    foldScalar(v, source: source, last: &last, into: &sink)
                    i += length
                }
                source += 1
            }
        }
    }

    @inline(__always)
    private func foldScalar<S: FoldSink>(
        _ v: UInt32, source: Int, last: inout UInt32,
        into sink: inout S
    ) {
        if v < 0x800 {
            foldSmall(v, source: source, last: &last, into: &sink)
            return
        }
        switch v {
        case PresentationForms.firstRange, PresentationForms.secondRange:
            let entry = PresentationForms.entry(v)
            if entry == 0 {
                sink.emit(v, source: source)
                last = v
            } else if entry != PresentationForms.drop {
                // Every expansion scalar is below U+0800.
                let start = Int(entry >> 5)
                for k in start..<start + Int(entry & 0x1F) {
                    let u = UInt32(PresentationForms.expansions[k])
                    foldSmall(u, source: source, last: &last, into: &sink)
                }
            }
        case 0x08CA...0x08FF, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F:
            break  // Arabic extended marks; zero-width, bidi and invisible format controls
        default:
            sink.emit(v, source: source)
            last = v
        }
    }

    @inline(__always)
    private func foldSmall<S: FoldSink>(
        _ v: UInt32, source: Int, last: inout UInt32,
        into sink: inout S
    ) {
        let a = small[Int(v)]
        switch a {
        case Self.keep:
            sink.emit(v, source: source)
            last = v
        case Self.drop:
            break
        case Self.hamzaAbove:
            // ي + ٔ → ئ and و + ٔ → ؤ, as the precomposed letters are kept; otherwise dropped.
            if last == 0x064A {
                sink.replaceLast(0x0626)
                last = 0x0626
            } else if last == 0x0648 {
                sink.replaceLast(0x0624)
                last = 0x0624
            }
        default:
            sink.emit(UInt32(a), source: source)
            last = UInt32(a)
        }
    }
}
