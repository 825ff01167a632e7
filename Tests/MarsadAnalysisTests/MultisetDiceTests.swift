import Testing

@testable import MarsadAnalysis

@Suite struct MultisetDiceTests {
    @Test func countsRepeatedItemsAsOftenAsBothListsHaveThem() {
        #expect(MultisetDice.of([1, 2, 2, 3], [2, 2, 4]) == 4.0 / 7.0)
        #expect(MultisetDice.of([2, 2, 2], [2]) == 0.5)
        #expect(MultisetDice.of([UInt64(5), 9], [5, 9]) == 1)
        #expect(MultisetDice.of([1, 3], [2, 4]) == 0)
        #expect(MultisetDice.of([Int](), [1]) == 0)
    }
}
