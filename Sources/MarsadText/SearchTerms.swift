// The index's path from a token to what it stores: key, then search stem.

extension ArabicNormalizer {
    /// Calls `body` with the search term of a token: its key, stemmed by `SearchStemmer`,
    /// built on the stack. This is what the index stores and what queries look up.
    @inlinable
    public func withSearchTerm<R>(
        of token: Token, in text: SourceText, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        withKey(of: token, in: text) { key in
            body(UnsafeBufferPointer(rebasing: key[SearchStemmer.stemRange(key)]))
        }
    }

    /// Writes the search term of a token into `buffer`, replacing its contents: one call for
    /// `key(of:in:into:)` followed by `SearchStemmer.stem(_:)`, and faster.
    public func searchTerm(of token: Token, in text: SourceText, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        withSearchTerm(of: token, in: text) { buffer.append(contentsOf: $0) }
    }

    /// The search term of a word or query string.
    public func searchTerm(_ word: some StringProtocol) -> String {
        SearchStemmer.stem(key(word))
    }
}
