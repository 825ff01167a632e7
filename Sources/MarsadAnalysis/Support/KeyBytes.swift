/// Prefix and suffix tests on normalised keys by their UTF-8 bytes. `String.hasPrefix` and
/// `hasSuffix` compare by canonical equivalence, character by character; keys carry no marks
/// (the normaliser drops them), so their bytes are their letters.
enum KeyBytes {
    @inline(__always) static func hasPrefix(_ key: String, _ prefix: String) -> Bool {
        let k = key.utf8
        let p = prefix.utf8
        return k.count >= p.count && k.starts(with: p)
    }

    @inline(__always) static func hasSuffix(_ key: String, _ suffix: String) -> Bool {
        let k = key.utf8
        let s = suffix.utf8
        return k.count >= s.count && k.suffix(s.count).elementsEqual(s)
    }
}
