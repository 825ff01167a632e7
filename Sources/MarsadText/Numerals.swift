/// Values of number tokens written in any decimal digit set (ASCII, Arabic-Indic, Persian...).
///
/// Separators: ٫ is a decimal separator and ٬ a thousands separator. "." and "," are read as
/// the text most likely means: when both occur the last one is decimal ("1,234.5", "1.234,5");
/// alone, a separator followed by groups of exactly three digits is a thousands separator when
/// it occurs more than once or the group is the last ("1,000", "1.000.000") — except a single
/// "." which stays decimal ("3.500" reads 3.5, as in English text) — otherwise it is decimal
/// ("3.5", "3,5"). An optional leading sign + - − is accepted. Dates and other text give nil.
public enum Numerals {
    public static func value(_ text: String) -> Double? {
        guard let ascii = plainDecimal(text) else { return nil }
        return Double(ascii)
    }

    /// The value when it is a whole number that fits an `Int`.
    public static func int(_ text: String) -> Int? {
        guard let ascii = plainDecimal(text) else { return nil }
        if ascii.contains(".") { return nil }
        return Int(ascii)
    }

    /// The digit of a scalar, in any script.
    public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0x660 && v <= 0x669 { return Int(v - 0x660) }
        if v >= 0x6F0 && v <= 0x6F9 { return Int(v - 0x6F0) }
        guard scalar.properties.numericType == .decimal, let d = scalar.properties.numericValue
        else { return nil }
        return Int(d)
    }

    /// The number rewritten as ASCII "[-]digits[.digits]", or nil when it is not a number.
    static func plainDecimal(_ text: String) -> String? {
        var digits: [UInt8] = []  // ASCII digits, with separators kept as given for now
        var separators: [(index: Int, scalar: UInt32)] = []
        var negative = false
        for (k, scalar) in text.unicodeScalars.enumerated() {
            if let d = digitValue(scalar) {
                digits.append(UInt8(0x30 + d))
                continue
            }
            switch scalar.value {
            case 0x2B where k == 0: continue
            case 0x2D where k == 0, 0x2212 where k == 0:
                negative = true
            case 0x2E, 0x2C, 0x066B, 0x066C:
                // A separator must sit between digits.
                guard let last = digits.last, last != 0x2E, last != 0x2C else { return nil }
                separators.append((digits.count, scalar.value))
                digits.append(scalar.value == 0x2C || scalar.value == 0x066C ? 0x2C : 0x2E)
            default:
                return nil
            }
        }
        guard let last = digits.last, last != 0x2E, last != 0x2C, !digits.isEmpty else {
            return nil
        }
        let decimalIndex = decimalSeparator(separators, digits: digits)
        var out = negative ? "-" : ""
        out.reserveCapacity(digits.count + 1)
        for (k, b) in digits.enumerated() {
            if b == 0x2E || b == 0x2C {
                if k == decimalIndex { out.append(".") }
                continue
            }
            out.unicodeScalars.append(Unicode.Scalar(b))
        }
        // Thousands groups must be three digits long.
        if !groupsAreValid(digits, decimalIndex: decimalIndex) { return nil }
        return out
    }

    /// Index (in `digits`) of the decimal separator, or nil when every separator groups
    /// thousands.
    private static func decimalSeparator(
        _ separators: [(index: Int, scalar: UInt32)], digits: [UInt8]
    )
        -> Int?
    {
        guard let lastSeparator = separators.last else { return nil }
        if let arabicDecimal = separators.last(where: { $0.scalar == 0x066B }) {
            return arabicDecimal.index
        }
        let asciiKinds = Set(separators.filter { $0.scalar < 0x80 }.map(\.scalar))
        if asciiKinds.count == 2 { return lastSeparator.index }  // "1,234.5", "1.234,5"
        guard lastSeparator.scalar < 0x80 else { return nil }  // only ٬
        let sameCount = separators.filter { $0.scalar == lastSeparator.scalar }.count
        let groupLength = digits.count - lastSeparator.index - 1
        if sameCount > 1 { return groupLength == 3 ? nil : lastSeparator.index }
        if lastSeparator.scalar == 0x2C, groupLength == 3 { return nil }  // "1,000"
        return lastSeparator.index  // "3.5", "3,5", "3.500"
    }

    private static func groupsAreValid(_ digits: [UInt8], decimalIndex: Int?) -> Bool {
        var groupStart = -1  // index of the last thousands separator
        for (k, b) in digits.enumerated() where b == 0x2E || b == 0x2C {
            if k == decimalIndex { return groupStart < 0 || k - groupStart - 1 == 3 }
            if groupStart >= 0, k - groupStart - 1 != 3 { return false }
            groupStart = k
        }
        return groupStart < 0 || digits.count - groupStart - 1 == 3
    }
}
