/// FNV-1a over a string's UTF-8 bytes. Swift's own `String` hashing and `==` work on the NFC
/// form, which for Arabic text costs a Unicode table lookup per scalar; matching keys are
/// already normalised by `ArabicNormalizer`, so their bytes are what identifies them.
public enum ByteHash {
    @inline(__always) public static func of(_ s: String) -> UInt64 {
        // The borrowed bytes where the string has them contiguous (no copy of the String, so
        // no reference counting); a copy only for the rare others.
        if let h = s.utf8.withContiguousStorageIfAvailable({ of($0) }) { return h }
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

    /// Byte equality, without Unicode canonical equivalence. Compares the contiguous bytes
    /// (the generic `elementsEqual` over two UTF-8 views costs tens of instructions a byte).
    @inline(__always) public static func equal(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        if let same = a.utf8.withContiguousStorageIfAvailable({ pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                for i in 0..<pa.count where pa[i] != pb[i] { return false }
                return true
            }
        }), let same {
            return same
        }
        var a = a
        var b = b
        return a.withUTF8 { pa in
            b.withUTF8 { pb in
                for i in 0..<pa.count where pa[i] != pb[i] { return false }
                return true
            }
        }
    }
}
