// Low-level UTF-8 helpers shared by the hot loops. Every buffer handed to them is valid UTF-8
// (it comes from a Swift String or from TextDecoder), so decoding does no validation.

@usableFromInline
enum UTF8Scalars {
    /// Decodes the scalar starting at `i` in valid UTF-8.
    @inline(__always) @usableFromInline
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            return ((b0 & 0x1F) << 6 | UInt32(p[i + 1]) & 0x3F, 2)
        }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | (UInt32(p[i + 1]) & 0x3F) << 6 | UInt32(p[i + 2]) & 0x3F, 3)
        }
        let v =
            (b0 & 0x07) << 18 | (UInt32(p[i + 1]) & 0x3F) << 12 | (UInt32(p[i + 2]) & 0x3F) << 6
            | UInt32(p[i + 3]) & 0x3F
        return (v, 4)
    }

    /// Length of the sequence that starts with lead byte `b`.
    @inline(__always) @usableFromInline
    static func sequenceLength(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// How many of the eight bytes of `w` start a scalar (are not continuation bytes).
    @inline(__always)
    static func scalarStarts(_ w: UInt64) -> Int {
        // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear. The flags are summed with
        // a multiply, as the baseline x86-64 target has no popcount instruction.
        let continuation = (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
        return 8 - Int(truncatingIfNeeded: (continuation &* 0x0101_0101_0101_0101) >> 56)
    }

    /// Number of scalars (non-continuation bytes) in `p[from..<to]`, eight bytes at a time.
    @inline(__always)
    static func countScalars(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        var count = 0
        let base = UnsafeRawPointer(p.baseAddress!)
        while i + 8 <= to {
            count += scalarStarts(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < to {
            if p[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// True when every byte is below 0x80.
    static func isASCII(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        guard n > 0 else { return true }
        let base = UnsafeRawPointer(p.baseAddress!)
        var i = 0
        var high: UInt64 = 0
        while i + 32 <= n {
            high |= base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            high |= base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            high |= base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
            high |= base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
            if high & 0x8080_8080_8080_8080 != 0 { return false }
            i += 32
        }
        while i < n {
            if p[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Appends the UTF-8 encoding of `v`.
    @inline(__always)
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | (v >> 12) & 0x3F))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }
}
