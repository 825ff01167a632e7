/// A set of vocabulary ids as a bitmap: the loader inserts tens of thousands of ids, and a
/// `Set<Int32>` hashed each one through SipHash.
public struct WordIDSet: Sendable {
    @usableFromInline var bits: [UInt64] = []

    public init() {}

    public mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let slot = Int(id) >> 6
        if slot >= bits.count { bits += [UInt64](repeating: 0, count: slot + 1 - bits.count) }
        bits[slot] |= 1 << UInt64(id & 63)
    }

    @inlinable public func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let slot = Int(id) >> 6
        return slot < bits.count && bits[slot] & (1 << UInt64(id & 63)) != 0
    }
}
