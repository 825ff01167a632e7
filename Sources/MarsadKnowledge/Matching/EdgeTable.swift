/// An open-addressing hash table from 64-bit keys to 32-bit values, for trie edges. Swift's
/// `Dictionary` hashes every key with SipHash; trie keys are already well mixed integers, so a
/// multiplicative hash and linear probing do the same lookup in a few instructions. Lookups are
/// `@inlinable`: other modules' matching loops inline them instead of calling across modules.
@usableFromInline
struct EdgeTable: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [Int32]
    @usableFromInline var occupied: [Bool]
    @usableFromInline var shift: UInt64
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 16)
        values = [Int32](repeating: 0, count: 16)
        occupied = [Bool](repeating: false, count: 16)
        shift = 64 - 4
    }

    @inlinable @inline(__always) func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inlinable @inline(__always) subscript(key: UInt64) -> Int32? {
        let mask = keys.count - 1
        var i = slot(key)
        while occupied[i] {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while occupied[i] {
            if keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        occupied[i] = true
        keys[i] = key
        values[i] = value
        count += 1
    }

    /// Makes room for `count` entries in all, so that inserting them rehashes nothing.
    mutating func reserve(_ count: Int) {
        while count * 4 > keys.count * 3 { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let oldOccupied = occupied
        let capacity = keys.count * 2
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: 0, count: capacity)
        occupied = [Bool](repeating: false, count: capacity)
        shift -= 1
        count = 0
        for i in oldKeys.indices where oldOccupied[i] { set(oldKeys[i], oldValues[i]) }
    }

    /// Every key, in no particular order.
    var allKeys: [UInt64] { keys.indices.filter { occupied[$0] }.map { keys[$0] } }
}
