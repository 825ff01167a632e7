import MarsadText

/// A string as a dictionary key by its bytes (`ByteHash`): keys built from normalised matching
/// keys need none of `String`'s Unicode-aware hashing and comparison (for Arabic, a table lookup
/// per scalar).
struct ByteKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: ByteKey, b: ByteKey) -> Bool { ByteHash.equal(a.text, b.text) }

    func hash(into hasher: inout Hasher) { hasher.combine(ByteHash.of(text)) }
}
