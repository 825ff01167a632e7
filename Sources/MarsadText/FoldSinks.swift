// Where the normaliser's folds write: growing arrays on the general path; on the fast path,
// raw buffers and an optional map of source scalars.

/// Receives the folded scalars (general path).
protocol FoldSink {
    mutating func emit(_ v: UInt32, source: Int)
    /// Replaces the last emitted scalar, a two-byte one, by another two-byte scalar.
    mutating func replaceLast(_ v: UInt32)
}

extension FoldSink {
    @inline(__always)
    static func encode2(_ v: UInt32) -> (UInt8, UInt8) {
        (UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F))
    }
}

struct KeySink: FoldSink {
    var bytes: [UInt8]

    @inline(__always)
    mutating func emit(_ v: UInt32, source: Int) {
        UTF8Scalars.append(v, to: &bytes)
    }

    mutating func replaceLast(_ v: UInt32) {
        (bytes[bytes.count - 2], bytes[bytes.count - 1]) = Self.encode2(v)
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
        (bytes[bytes.count - 2], bytes[bytes.count - 1]) = Self.encode2(v)
    }
}

/// Writes to a raw buffer while it stays within `limit` (an expansion on the fast path).
struct PointerSink: FoldSink {
    let out: UnsafeMutablePointer<UInt8>
    var w: Int
    let limit: Int
    var overflow = false
    var emitted = 0

    mutating func emit(_ v: UInt32, source: Int) {
        let length = v < 0x80 ? 1 : v < 0x800 ? 2 : 3
        guard w + length <= limit else {
            overflow = true
            return
        }
        if v < 0x80 {
            out[w] = UInt8(v)
        } else if v < 0x800 {
            (out[w], out[w + 1]) = Self.encode2(v)
        } else {
            out[w] = UInt8(0xE0 | v >> 12)
            out[w + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
            out[w + 2] = UInt8(0x80 | v & 0x3F)
        }
        w += length
        emitted += 1
    }

    mutating func replaceLast(_ v: UInt32) {
        guard !overflow else { return }
        (out[w - 2], out[w - 1]) = Self.encode2(v)
    }
}

/// The fast path's record of which source scalar each output scalar comes from.
protocol SourceMap {
    static var tracksSource: Bool { get }
    mutating func record(_ source: Int)
}

/// Keys need no map: every call compiles away.
@usableFromInline
struct NoSourceMap: SourceMap {
    @usableFromInline init() {}
    static var tracksSource: Bool { false }
    @inline(__always) mutating func record(_ source: Int) {}
}

struct SourceRecorder: SourceMap {
    let starts: UnsafeMutablePointer<Int>
    var count = 0
    static var tracksSource: Bool { true }

    @inline(__always)
    mutating func record(_ source: Int) {
        starts[count] = source
        count += 1
    }
}
