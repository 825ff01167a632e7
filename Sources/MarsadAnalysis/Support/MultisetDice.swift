/// Multiset Dice similarity of two sorted lists (the word hashes of two lines, of two
/// quotations): 1 for the same items, 0 for none shared.
enum MultisetDice {
    static func of<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * Double(shared) / Double(a.count + b.count)
    }
}
