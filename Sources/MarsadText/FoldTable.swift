/// The normaliser's per-scalar fold for one set of options. Scalars below U+0800 are looked up
/// in a table; presentation forms expand through `PresentationForms`; invisible controls drop.
@usableFromInline
final class FoldTable: @unchecked Sendable {  // immutable after init
    static let keep: UInt16 = 0xFFFF
    static let drop: UInt16 = 0xFFFE
    static let hamzaAbove: UInt16 = 0xFFFD

    /// The action for each scalar below U+0800: keep, drop, hamzaAbove or a replacement.
    let small: UnsafeMutablePointer<UInt16>
    /// The same for the fast path, ready to write: output bytes (b0 | b1 << 8), byte count
    /// (<< 16), and `hamzaFlag`. Branch-free for the common letters.
    let encoded: UnsafeMutablePointer<UInt32>
    static let hamzaFlag: UInt32 = 1 << 24

    init(_ options: ArabicNormalizer.Options) {
        var t = [UInt16](repeating: Self.keep, count: 0x800)
        if options.lowercaseLatin {
            for v in 0x41...0x5A { t[v] = UInt16(v + 0x20) }
        }
        for v in [0x00AD, 0x061C] { t[v] = Self.drop }  // soft hyphen, Arabic letter mark
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
        encoded = .allocate(capacity: t.count)
        for (v, action) in t.enumerated() {
            let out = action == Self.keep ? UInt32(v) : UInt32(action)
            switch action {
            case Self.drop: encoded[v] = 0
            case Self.hamzaAbove: encoded[v] = Self.hamzaFlag
            default:
                encoded[v] =
                    out < 0x80
                    ? out | 1 << 16 : (0xC0 | out >> 6) | (0x80 | out & 0x3F) << 8 | 2 << 16
            }
        }
    }

    deinit {
        small.deallocate()
        encoded.deallocate()
    }

    @inline(__always)
    static func isDroppedWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x08CA...0x08FF, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F:
            return true  // Arabic extended marks; zero-width, bidi and invisible format controls
        default:
            return false
        }
    }

    // MARK: Fast path

    /// Folds `count` bytes from `source` into `out` (which may be `source` itself: the write
    /// position never passes the read position) and returns the folded length, or nil when a
    /// presentation form expands beyond its own bytes. `map` records the source scalar of
    /// every output scalar.
    @inline(__always)
    func foldFast<M: SourceMap>(
        _ source: UnsafePointer<UInt8>, count n: Int, into out: UnsafeMutablePointer<UInt8>,
        map: inout M
    ) -> Int? {
        let e = encoded
        let p = UnsafeBufferPointer(start: source, count: n)
        var r = 0  // read
        var w = 0  // write, never past r
        var s = 0  // source scalar
        while r < n {
            let b = p[r]
            if b < 0xE0 {
                if b < 0x80 {
                    out[w] = UInt8(truncatingIfNeeded: e[Int(b)])  // ASCII: never dropped
                    w += 1
                    map.record(s)
                    r += 1
                    s += 1
                    continue
                }
                let entry = e[Int(UInt32(b & 0x1F) << 6 | UInt32(p[r + 1] & 0x3F))]
                if entry & Self.hamzaFlag == 0 {
                    // Both bytes are written whatever the length: w + 1 <= r + 1 < n.
                    out[w] = UInt8(truncatingIfNeeded: entry)
                    out[w + 1] = UInt8(truncatingIfNeeded: entry >> 8)
                    let length = Int(entry >> 16 & 3)
                    if M.tracksSource && length > 0 { map.record(s) }
                    w += length
                } else if w >= 2 && out[w - 2] == 0xD9 && (out[w - 1] == 0x8A || out[w - 1] == 0x88) {
                    // ي + ٔ → ئ and و + ٔ → ؤ, as the precomposed letters are kept.
                    (out[w - 2], out[w - 1]) = out[w - 1] == 0x8A ? (0xD8, 0xA6) : (0xD8, 0xA4)
                }
                r += 2
                s += 1
                continue
            }
            // As on the general path: the last output letter, for a hamza inside an expansion.
            var last: UInt32 =
                w >= 2 && out[w - 2] == 0xD9 && (out[w - 1] == 0x8A || out[w - 1] == 0x88)
                ? 0x0640 + UInt32(out[w - 1] & 0x3F) : 0
            let (v, length) = UTF8Scalars.decode(p, r)
            if PresentationForms.firstRange.contains(v) || PresentationForms.secondRange.contains(v) {
                let entry = PresentationForms.entry(v)
                if entry == 0 {
                    (out + w).update(from: source + r, count: length)
                    w += length
                    map.record(s)
                } else if entry != PresentationForms.drop {
                    // An expansion fits only within the bytes it replaces.
                    var sink = PointerSink(out: out, w: w, limit: r + length)
                    let start = Int(entry >> 5)
                    for k in start..<start + Int(entry & 0x1F) {
                        foldSmall(UInt32(PresentationForms.expansions[k]), source: s, last: &last, into: &sink)
                    }
                    // The map has one slot per source scalar: expansions go the general way.
                    if sink.overflow || (M.tracksSource && sink.emitted > 1) { return nil }
                    w = sink.w
                    for _ in 0..<sink.emitted { map.record(s) }
                }
            } else if !Self.isDroppedWide(v) {
                (out + w).update(from: source + r, count: length)
                w += length
                map.record(s)
            }
            r += length
            s += 1
        }
        return w
    }

    // MARK: General path

    /// Folds into a sink that grows as needed.
    func fold<S: FoldSink>(_ p: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        let n = p.count
        var i = 0
        var source = 0
        var last: UInt32 = 0
        while i < n {
            let (v, length) = UTF8Scalars.decode(p, i)
            if v < 0x800 {
                foldSmall(v, source: source, last: &last, into: &sink)
            } else if PresentationForms.firstRange.contains(v)
                || PresentationForms.secondRange.contains(v)
            {
                let entry = PresentationForms.entry(v)
                if entry == 0 {
                    sink.emit(v, source: source)
                    last = v
                } else if entry != PresentationForms.drop {
                    // Every expansion scalar is below U+0800.
                    let start = Int(entry >> 5)
                    for k in start..<start + Int(entry & 0x1F) {
                        foldSmall(
                            UInt32(PresentationForms.expansions[k]), source: source, last: &last, into: &sink)
                    }
                }
            } else if !Self.isDroppedWide(v) {
                sink.emit(v, source: source)
                last = v
            }
            i += length
            source += 1
        }
    }

    @inline(__always)
    private func foldSmall<S: FoldSink>(
        _ v: UInt32, source: Int, last: inout UInt32, into sink: inout S
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
            if last == 0x064A || last == 0x0648 {
                last = last == 0x064A ? 0x0626 : 0x0624
                sink.replaceLast(last)
            }
        default:
            sink.emit(UInt32(a), source: source)
            last = UInt32(a)
        }
    }
}
