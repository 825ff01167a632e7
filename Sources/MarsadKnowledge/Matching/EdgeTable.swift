/// An open-addressing hash table from 64-bit keys to 32-bit values, for trie edges. Swift's
/// `Dictionary` hashes every key with SipHash; trie keys are already well mixed integers, so a
/// multiplicative hash and linear probing do the same lookup in a few instructions. Lookups are
/// `@inlinable`: other modules' matching loops inline them instead of calling across modules.
///
/// Key and value sit side by side in one slot (a negative value marks an empty one): a probe
/// reads one cache line, where separate key, value and occupancy arrays read three. The event
/// triggers' table is megabytes, so most probes miss the cache.
@usableFromInline
struct EdgeTable: Sendable {
    @usableFromInline struct Slot: Sendable {
        @usableFromInline var key: UInt64
        /// The child node; -1 for an empty slot.
        @usableFromInline var value: Int32

        @inlinable init(key: UInt64, value: Int32) {
            self.key = key
            self.value = value
        }
    }

    @usableFromInline var slots: [Slot]
    @usableFromInline var shift: UInt64
    private(set) var count = 0

    init() {
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: 16)
        shift = 64 - 4
    }

    @inlinable @inline(__always) func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inlinable @inline(__always) subscript(key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var i = slot(key)
            while true {
                let s = table[i]
                if s.value < 0 { return nil }
                if s.key == key { return s.value }
                i = (i + 1) & mask
            }
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        precondition(value >= 0, "trie nodes are non-negative")
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let mask = slots.count - 1
        var i = slot(key)
        while slots[i].value >= 0 {
            if slots[i].key == key {
                slots[i].value = value
                return
            }
            i = (i + 1) & mask
        }
        slots[i] = Slot(key: key, value: value)
        count += 1
    }

    /// Makes room for `count` entries in all, so that inserting them rehashes nothing.
    mutating func reserve(_ count: Int) {
        while count * 4 > slots.count * 3 { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: old.count * 2)
        shift -= 1
        count = 0
        for s in old where s.value >= 0 { set(s.key, s.value) }
    }
}
