import Testing

@testable import MarsadText

@Suite struct NumeralsTests {
    @Test(arguments: [
        ("2022", 2022.0), ("٢٠٢٢", 2022), ("۱۴۰۲", 1402), ("3.5", 3.5), ("3,5", 3.5), ("٣٫٥", 3.5),
        ("1,000", 1000), ("١٬٠٠٠", 1000), ("1.000.000", 1_000_000), ("1,234.5", 1234.5),
        ("1.234,5", 1234.5), ("-7", -7), ("+12", 12), ("0.25", 0.25),
    ])
    func values(_ text: String, _ value: Double) {
        #expect(Numerals.value(text) == value)
    }

    @Test func notNumbers() {
        for text in ["04/02/2026", "04.02.2026", "", "abc", "1..2", "3.", ",5", "1,00,0"] {
            #expect(Numerals.value(text) == nil, "\(text)")
        }
    }

    @Test func integers() {
        #expect(Numerals.int("٢٠٢٢") == 2022)
        #expect(Numerals.int("1,000") == 1000)
        #expect(Numerals.int("3.5") == nil)
        #expect(Numerals.int("99999999999999999999") == nil)
    }
}
