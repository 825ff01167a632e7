/// The decoded text of an article, exactly as given: never rewritten.
///
/// Offsets in Marsad are Unicode scalar offsets; hot loops work on UTF-8 bytes. A small
/// checkpoint index makes converting between the two O(1) (a table look-up and a scan of at
/// most a few dozen bytes). Pure ASCII text needs no index: offsets are equal.
public struct SourceText: Sendable {
    public let string: String
    /// UTF-8, without byte order mark.
    public let bytes: [UInt8]
    public let scalarCount: Int

    /// Scalars before each 64-byte block; empty when the text is ASCII.
    private let scalarsBeforeBlock: [Int]
    /// Byte offset of every 32nd scalar; empty when the text is ASCII.
    private let byteOfScalarBlock: [Int]

    static let byteBlockShift = 6
    static let scalarBlockShift = 5

    /// Text already in memory (tests, JSON inputs). Kept as given, a leading U+FEFF included.
    public init(_ string: String) {
        var s = string
        s.makeContiguousUTF8()
        self.init(validated: Array(s.utf8), string: s)
    }

    /// `bytes` must be valid UTF-8; `string` must hold the same text when given.
    init(validated bytes: [UInt8], string: String? = nil) {
        self.bytes = bytes
        self.string = string ?? String(decoding: bytes, as: UTF8.self)
        var scalarsBefore: [Int] = []
        var byteOfScalar: [Int] = []
        var count = 0
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            guard !UTF8Scalars.isASCII(p) else {
                count = n  // offsets are equal: no index
                return
            }
            scalarsBefore.reserveCapacity(n >> Self.byteBlockShift + 1)
            byteOfScalar.reserveCapacity(n >> (Self.scalarBlockShift + 1) + 1)
            let base = UnsafeRawPointer(p.baseAddress!)
            let scalarMask = (1 << Self.scalarBlockShift) - 1
            let blockBytes = 1 << Self.byteBlockShift
            var blockStart = 0
            while blockStart < n {
                scalarsBefore.append(count)
                let blockEnd = min(blockStart + blockBytes, n)
                var j = blockStart
                // Eight bytes at a time; a word is walked byte by byte only when it holds the
                // start of a checkpointed scalar (every 32nd).
                while j < blockEnd {
                    let wordEnd = min(j + 8, blockEnd)
                    let scalars: Int
                    if wordEnd - j == 8 {
                        let w = base.loadUnaligned(fromByteOffset: j, as: UInt64.self)
                        scalars = UTF8Scalars.scalarStarts(w)
                    } else {
                        scalars = UTF8Scalars.countScalars(p, from: j, to: wordEnd)
                    }
                    let nextCheckpoint = (count + scalarMask) & ~scalarMask
                    if nextCheckpoint < count + scalars {
                        for k in j..<wordEnd where p[k] & 0xC0 != 0x80 {
                            if count & scalarMask == 0 { byteOfScalar.append(k) }
                            count += 1
                        }
                    } else {
                        count += scalars
                    }
                    j = wordEnd
                }
                blockStart = blockEnd
            }
        }
        self.scalarCount = count
        self.scalarsBeforeBlock = scalarsBefore
        self.byteOfScalarBlock = byteOfScalar
    }

    public var byteCount: Int { bytes.count }
    public var isASCII: Bool { scalarsBeforeBlock.isEmpty }

    /// Scalar offset of the scalar starting at byte `byte` (or `scalarCount` at the end).
    /// A byte inside a multi-byte sequence maps to the scalar after it.
    public func scalarOffset(ofByte byte: Int) -> Int {
        precondition(byte >= 0 && byte <= bytes.count, "byte offset \(byte) out of range")
        if scalarsBeforeBlock.isEmpty { return byte }
        let block = byte >> Self.byteBlockShift
        if block >= scalarsBeforeBlock.count { return scalarCount }
        let blockStart = block << Self.byteBlockShift
        return bytes.withUnsafeBufferPointer { p in
            scalarsBeforeBlock[block] + UTF8Scalars.countScalars(p, from: blockStart, to: byte)
        }
    }

    /// Byte offset where scalar `scalar` starts (or `byteCount` at the end).
    public func byteOffset(ofScalar scalar: Int) -> Int {
        precondition(scalar >= 0 && scalar <= scalarCount, "scalar offset \(scalar) out of range")
        if scalarsBeforeBlock.isEmpty { return scalar }
        if scalar == scalarCount { return bytes.count }
        var i = byteOfScalarBlock[scalar >> Self.scalarBlockShift]
        var remaining = scalar & ((1 << Self.scalarBlockShift) - 1)
        if remaining == 0 { return i }
        return bytes.withUnsafeBufferPointer { p in
            // Whole words while the target scalar starts beyond them, then byte by byte.
            let base = UnsafeRawPointer(p.baseAddress!)
            while i + 8 <= p.count {
                let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let starts = UTF8Scalars.scalarStarts(w)
                if starts > remaining { break }
                remaining -= starts
                i += 8
            }
            while true {
                if p[i] & 0xC0 != 0x80 {
                    if remaining == 0 { return i }
                    remaining -= 1
                }
                i += 1
            }
        }
    }

    /// The byte range of a scalar range.
    public func byteRange(_ scalars: Range<Int>) -> Range<Int> {
        let lower = byteOffset(ofScalar: scalars.lowerBound)
        let upper = scalars.isEmpty ? lower : byteOffset(ofScalar: scalars.upperBound)
        return lower..<upper
    }

    /// The text of a scalar range.
    public func slice(_ scalars: Range<Int>) -> String {
        slice(bytes: byteRange(scalars))
    }

    /// The text of a byte range that starts and ends on scalar boundaries.
    public func slice(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
