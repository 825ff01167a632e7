/// Prefix and suffix tests on normalised keys by their UTF-8 bytes. `String.hasPrefix` and
/// `hasSuffix` compare by canonical equivalence, character by character; keys carry no marks
/// (the normaliser drops them), so their bytes are their letters.
public enum KeyBytes {
    @inlinable @inline(__always) public static func hasPrefix(_ key: String, _ prefix: String) -> Bool {
        guard key.utf8.count >= prefix.utf8.count else { return false }
        return bytes(key) { k in bytes(prefix) { p in equal(k, 0, p) } }
    }

    @inlinable @inline(__always) public static func hasSuffix(_ key: String, _ suffix: String) -> Bool {
        guard key.utf8.count >= suffix.utf8.count else { return false }
        return bytes(key) { k in bytes(suffix) { s in equal(k, k.count - s.count, s) } }
    }

    /// Whether `b` is in `a` from `offset`.
    @usableFromInline @inline(__always) static func equal(
        _ a: UnsafeBufferPointer<UInt8>, _ offset: Int, _ b: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        for k in 0..<b.count where a[offset + k] != b[k] { return false }
        return true
    }

    /// The string's UTF-8 bytes, contiguous (native strings give them without a copy).
    @inlinable @inline(__always) public static func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R)
        -> R
    {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var s = s
        return s.withUTF8(body)
    }
}

extension KeyBytes {
    /// The parts of `text` between occurrences of `separator` (left to right, not overlapping,
    /// empty parts kept): `parts.joined(separator: x)` replaces every occurrence with `x`.
    public static func split(_ text: String, at separator: String) -> [String] {
        let t = Array(text.utf8)
        let s = Array(separator.utf8)
        guard !s.isEmpty else { return [text] }
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + s.count <= t.count {
            if t[i..<(i + s.count)].elementsEqual(s) {
                parts.append(String(decoding: t[start..<i], as: UTF8.self))
                i += s.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: t[start...], as: UTF8.self))
        return parts
    }
}
