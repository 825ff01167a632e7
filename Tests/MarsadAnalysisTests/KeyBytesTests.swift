import Testing

import MarsadText

@testable import MarsadAnalysis

/// Byte-level key tests and the template split the entity stage builds English names with.
struct KeyBytesTests {
    @Test func prefixAndSuffixByBytes() {
        #expect(KeyBytes.hasPrefix("للصين", "لل"))
        #expect(!KeyBytes.hasPrefix("الصين", "لل"))
        #expect(KeyBytes.hasSuffix("وزارة الخارجيه", "ه"))
        #expect(!KeyBytes.hasSuffix("ه", "يه"))
        #expect(KeyBytes.hasPrefix("kb:mfa-CHN", "kb:"))
    }

    @Test func splitAtEveryOccurrence() {
        #expect(
            KeyBytes.split("Ministry of Foreign Affairs of {country}", at: "{country}") == [
                "Ministry of Foreign Affairs of ", "",
            ])
        #expect(KeyBytes.split("{country} Army", at: "{country}") == ["", " Army"])
        #expect(KeyBytes.split("{country}-{country} talks", at: "{country}") == ["", "-", " talks"])
        #expect(KeyBytes.split("Shura Council", at: "{country}") == ["Shura Council"])
        #expect(KeyBytes.split("{country} Army", at: "{country}").joined(separator: "Ruritania") == "Ruritania Army")
    }
}
