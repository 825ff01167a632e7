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

extension KeyBytes {
    /// The parts of `text` between occurrences of `separator` (left to right, not overlapping,
    /// empty parts kept): `parts.joined(separator: x)` replaces every occurrence with `x`.
    static func split(_ text: String, at separator: String) -> [String] {
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
