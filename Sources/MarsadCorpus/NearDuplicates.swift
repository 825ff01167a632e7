/// Near-duplicate groups by locality-sensitive hashing of MinHash signatures: signatures are cut
/// into bands; texts sharing a whole band are candidates, kept when their estimated Jaccard
/// similarity reaches the threshold, and joined transitively (a wire copy republished by
/// several outlets forms one group).
public enum NearDuplicates {
    /// Groups of two or more indices into `signatures`, each sorted, largest groups first.
    public static func groups(_ signatures: [[UInt32]], bands: Int = 16, threshold: Double = 0.6) -> [[Int]] {
        var parent = Array(0..<signatures.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        guard let length = signatures.first(where: { !MinHash.isEmpty($0) })?.count, length >= bands else { return [] }
        let rows = length / bands
        for band in 0..<bands {
            var buckets: [UInt64: Int] = [:]
            buckets.reserveCapacity(signatures.count)
            for (i, sig) in signatures.enumerated() where sig.count == length && !MinHash.isEmpty(sig) {
                var h: UInt64 = 0xCBF2_9CE4_8422_2325 &+ UInt64(band)
                for r in 0..<rows {
                    h = (h ^ UInt64(sig[band * rows + r])) &* 0x0000_0100_0000_01B3
                }
                if let first = buckets[h] {
                    let a = find(first)
                    let b = find(i)
                    if a != b && MinHash.similarity(signatures[first], sig) >= threshold {
                        parent[b] = a
                    } else if a != b {
                        // Compare with the group's representative too: the bucket's first member
                        // may be a looser match than the rest.
                        if MinHash.similarity(signatures[a], sig) >= threshold { parent[b] = a }
                    }
                } else {
                    buckets[h] = i
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in 0..<signatures.count {
            groups[find(i), default: []].append(i)
        }
        return groups.values.filter { $0.count > 1 }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0]
        }
    }
}
