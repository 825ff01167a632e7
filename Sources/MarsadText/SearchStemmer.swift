/// Light stemming of search keys (words normalised by `ArabicNormalizer`, default options), in
/// the spirit of Lucene's Arabic stemmer but tuned so that one word stems the same with or
/// without its clitics, and names survive.
///
/// Proclitics are peeled repeatedly, so a word and the same word behind a clitic reach the same
/// state: ال (3 letters must remain), لل (= ل + ال, 3 remain), و (3 remain, as in Lucene),
/// ب ك ل ف (5 remain, or 4 starting with ال: many words begin with these letters). The
/// thresholds keep most names whole: بوتين stays بوتين, and وبوتين, لبوتين reach it; بالعلاقات
/// and علاقات both give علاق. Longer words that begin with ب ك ل ف lose that letter, consistently
/// with and without clitics (بريطانيا and لبريطانيا both give ريطانيا).
/// Suffixes are then removed in turn, as Lucene does: a pronoun (هما هم هن ها كم نا; a ت left
/// before it is a ة and goes too), then ات (3 remain) or ان ون ين (4 remain, so ايران, بوتين,
/// هارون stay), then يه ية, then ه ة, then ي (3 remain each).
///
/// The stem is always a contiguous part of the key, so `stemRange` costs nothing to apply.
/// Keys holding anything but Arabic letters (Latin words, numbers) are left as they are.
public enum SearchStemmer {
    public static func stem(_ key: String) -> String {
        var bytes = Array(key.utf8)
        stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stems a key in place.
    public static func stem(_ key: inout [UInt8]) {
        let count = key.count
        let range = key.withUnsafeBufferPointer { stemRange($0) }
        if range.count == count { return }
        if range.lowerBound > 0 {
            key.withUnsafeMutableBufferPointer { p in
                for k in 0..<range.count { p[k] = p[range.lowerBound + k] }
            }
        }
        // Single removals avoid the general replaceSubrange path for the usual short suffix.
        let excess = count - range.count
        if excess <= 8 {
            for _ in 0..<excess { key.removeLast() }
        } else {
            key.removeLast(excess)
        }
    }

    /// The byte range of the stem inside `key`.
    public static func stemRange(_ key: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let n = key.count
        // Arabic letters U+0600–U+06FF are two bytes each, lead byte D8–DB.
        guard n >= 6, n & 1 == 0 else { return 0..<n }
        var k = 0
        while k < n {
            guard key[k] & 0xFC == 0xD8 else { return 0..<n }
            k += 2
        }
        @inline(__always) func letter(_ i: Int) -> UInt32 {
            UInt32(key[2 * i] & 0x1F) << 6 | UInt32(key[2 * i + 1] & 0x3F)
        }
        /// The last two letters before `hi`, as one number.
        @inline(__always) func lastTwo(_ hi: Int) -> UInt32 { letter(hi - 2) << 16 | letter(hi - 1) }
        var lo = 0
        var hi = n / 2

        // Proclitics, peeled until none applies.
        while hi - lo >= 4 {
            let first = letter(lo)
            let second = letter(lo + 1)
            let remaining = hi - lo - 1
            if (first == alef || first == lam) && second == lam && remaining - 1 >= 3 {
                lo += 2  // ال, لل
            } else if first == waw && remaining >= 3 {
                lo += 1
            } else if (first == beh || first == kaf || first == lam || first == feh)
                && (remaining >= 5 || (remaining >= 4 && second == alef && letter(lo + 2) == lam))
            {
                lo += 1
            } else {
                break
            }
        }

        // Pronoun enclitics.
        var peeledPronoun = false
        if hi - lo - 2 >= 3 {
            let end = lastTwo(hi)
            if end == hehMeem || end == hehNoon || end == hehAlef || end == kafMeem || end == noonAlef {
                hi -= 2
                peeledPronoun = true
            } else if end == meemAlef && hi - lo - 3 >= 3 && letter(hi - 3) == heh {
                hi -= 3  // هما
                peeledPronoun = true
            }
        }
        // Plural and dual endings.
        let ending = lastTwo(hi)
        if hi - lo - 2 >= 3 && ending == alefTeh {
            hi -= 2
        } else if hi - lo - 2 >= 4 && (ending == alefNoon || ending == wawNoon || ending == yehNoon) {
            hi -= 2
        } else if peeledPronoun && hi - lo - 1 >= 4 && letter(hi - 1) == teh {
            hi -= 1  // حكومتها → حكومت → حكوم, as حكومه → حكوم
        }
        if hi - lo - 2 >= 3 {
            let end = lastTwo(hi)
            if end == yehHeh || end == yehTehMarbuta { hi -= 2 }
        }
        if hi - lo - 1 >= 3 {
            let end = letter(hi - 1)
            if end == heh || end == tehMarbuta { hi -= 1 }
        }
        if hi - lo - 1 >= 3 && letter(hi - 1) == yeh {
            hi -= 1
        }
        return 2 * lo..<2 * hi
    }

    static let hehMeem: UInt32 = heh << 16 | meem
    static let hehNoon: UInt32 = heh << 16 | noon
    static let hehAlef: UInt32 = heh << 16 | alef
    static let kafMeem: UInt32 = kaf << 16 | meem
    static let noonAlef: UInt32 = noon << 16 | alef
    static let meemAlef: UInt32 = meem << 16 | alef
    static let alefTeh: UInt32 = alef << 16 | teh
    static let alefNoon: UInt32 = alef << 16 | noon
    static let wawNoon: UInt32 = waw << 16 | noon
    static let yehNoon: UInt32 = yeh << 16 | noon
    static let yehHeh: UInt32 = yeh << 16 | heh
    static let yehTehMarbuta: UInt32 = yeh << 16 | tehMarbuta

    static let alef: UInt32 = 0x0627
    static let beh: UInt32 = 0x0628
    static let tehMarbuta: UInt32 = 0x0629
    static let teh: UInt32 = 0x062A
    static let feh: UInt32 = 0x0641
    static let kaf: UInt32 = 0x0643
    static let lam: UInt32 = 0x0644
    static let meem: UInt32 = 0x0645
    static let noon: UInt32 = 0x0646
    static let heh: UInt32 = 0x0647
    static let waw: UInt32 = 0x0648
    static let yeh: UInt32 = 0x064A
}
