/// FNV-1a over a string's UTF-8 bytes. Swift's own `String` hashing and `==` work on the NFC
/// form, which for Arabic text costs a Unicode table lookup per scalar; matching keys are
/// already normalised by `ArabicNormalizer`, so their bytes are what identifies them.
public enum ByteHash {
    @inline(__always) public static func of(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { of($0) }
    }

    @inline(__always) public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    /// Byte equality, without Unicode canonical equivalence.
    @inline(__always) public static func equal(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}
