/// Why a file could not be read as text. Offsets are in the file's bytes, byte order mark included.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(byteOffset: Int)
    case binary(byteOffset: Int)
    case empty

    public var description: String {
        switch self {
        case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset)"
        case .binary(let offset): return "binary file (NUL byte at byte \(offset))"
        case .empty: return "empty file"
        }
    }
}

/// Turns file bytes into a `SourceText`: UTF-8 with or without a byte order mark.
/// Line ends are kept as given (CRLF stays CRLF); the text is never rewritten.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> SourceText {
        let bomLength =
            bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if bytes.count == bomLength { throw .empty }
        if let nul = bytes.withUnsafeBufferPointer({ firstNUL($0, from: bomLength) }) {
            // Report whichever problem comes first.
            let before = bytes.withUnsafeBufferPointer {
                validate(UnsafeBufferPointer(rebasing: $0[..<nul]), from: bomLength)
            }
            throw before ?? .binary(byteOffset: nul)
        }
        let body = bomLength == 0 ? bytes : Array(bytes[bomLength...])
        // The standard library's validation is the fast path; ours finds the offset on failure.
        guard let string = String(validating: body, as: UTF8.self) else {
            throw bytes.withUnsafeBufferPointer { validate($0, from: bomLength) }
                ?? .invalidUTF8(byteOffset: bomLength)
        }
        return SourceText(validated: body, string: string)
    }

    /// Offset of the first zero byte, eight bytes at a time.
    static func firstNUL(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let n = p.count
        guard n > start else { return nil }
        let base = UnsafeRawPointer(p.baseAddress!)
        var i = start
        while i + 8 <= n {
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < n {
            if p[i] == 0 { return i }
            i += 1
        }
        return nil
    }

    /// The first problem in `p[start...]`: an ill-formed sequence (reported at its first byte)
    /// or a NUL byte. A byte loop with an eight-byte ASCII fast path; it also documents exactly
    /// what is accepted (the standard's well-formed UTF-8, as `String(validating:)`).
    static func validate(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> TextDecodingError? {
        let n = p.count
        guard n > 0 else { return nil }
        let base = UnsafeRawPointer(p.baseAddress!)
        var i = start
        while i < n {
            let b0 = p[i]
            if b0 < 0x80 {
                if b0 == 0 { return .binary(byteOffset: i) }
                i += 1
                // A run of ASCII, eight bytes at a time.
                while i + 8 <= n {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let hasHighBit = w & 0x8080_8080_8080_8080
                    let hasZero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
                    if hasHighBit | hasZero != 0 { break }
                    i += 8
                }
                continue
            }
            if b0 &- 0xC2 < 0x1E {  // two bytes (Arabic): the common case
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return .invalidUTF8(byteOffset: i) }
                i += 2
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch b0 {
            case 0xE0:
                length = 3
                lowest = 0xA0  // overlong
            case 0xED:
                length = 3
                highest = 0x9F  // surrogates
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xF0:
                length = 4
                lowest = 0x90  // overlong
            case 0xF4:
                length = 4
                highest = 0x8F  // above U+10FFFF
            case 0xF1...0xF3: length = 4
            default: return .invalidUTF8(byteOffset: i)
            }
            if i + length > n { return .invalidUTF8(byteOffset: i) }
            let b1 = p[i + 1]
            if b1 < lowest || b1 > highest { return .invalidUTF8(byteOffset: i) }
            if length > 2 {
                if p[i + 2] & 0xC0 != 0x80 { return .invalidUTF8(byteOffset: i) }
                if length > 3, p[i + 3] & 0xC0 != 0x80 { return .invalidUTF8(byteOffset: i) }
            }
            i += length
        }
        return nil
    }
}
