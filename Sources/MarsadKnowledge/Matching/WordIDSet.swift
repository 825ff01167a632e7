/// A set of vocabulary ids as a bitmap, a bit per id: the first words of a trie's phrases
/// (`PhraseTrie.hasPrefix(id:)`), the verb heads of event phrases. A `Set<Int32>` hashed every
/// id through SipHash, and the loader inserts tens of thousands.
public struct WordIDSet: Sendable {
    @usableFromInline var bits: [UInt64] = []

    public init() {}

    public mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let slot = Int(id) >> 6
        if slot >= bits.count { bits += [UInt64](repeating: 0, count: slot + 1 - bits.count) }
        bits[slot] |= 1 << UInt64(id & 63)
    }

    @inlinable @inline(__always) public func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let slot = Int(id) >> 6
        return slot < bits.count && bits[slot] & (1 << UInt64(id & 63)) != 0
    }

    /// The ids in the set, in increasing order.
    public var ids: [Int32] {
        var ids: [Int32] = []
        for (slot, word) in bits.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { ids.append(Int32(slot * 64 + bit)) }
        }
        return ids
    }
}
