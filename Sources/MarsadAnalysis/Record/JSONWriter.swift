/// Writes JSON into a byte buffer: the analysis record is written for every article, and
/// Foundation's JSONEncoder costs several times the analysis of a short one.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Per open object or array, innermost in bit 0: whether a value was written in it (the
    /// next one needs a comma). A bit stack: records nest a few levels, never 64.
    private var needsComma: UInt64 = 0
    private var depth = 0

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func separator() {
        if needsComma & 1 != 0 { bytes.append(0x2C) }
        needsComma |= 1
    }

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 63, "JSON nested too deep")
        bytes.append(bracket)
        needsComma <<= 1
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma >>= 1
        depth -= 1
    }

    public mutating func beginObject() { open(0x7B) }

    public mutating func endObject() { close(0x7D) }

    public mutating func beginArray() { open(0x5B) }

    public mutating func endArray() { close(0x5D) }

    /// `"key":` inside an object.
    public mutating func key(_ k: StaticString) {
        separator()
        bytes.append(0x22)
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        // The value that follows must not be preceded by a comma.
        pendingValue = true
    }

    private var pendingValue = false

    /// A key that is not a literal (the input's own metadata field names).
    public mutating func rawKey(_ k: String) {
        separator()
        JSONWriter.appendString(k, to: &bytes)
        bytes.append(0x3A)
        pendingValue = true
    }

    mutating func beforeValue() {
        if pendingValue {
            pendingValue = false
            needsComma |= 1
        } else {
            separator()
        }
    }

    public mutating func string(_ s: String) {
        beforeValue()
        JSONWriter.appendString(s, to: &bytes)
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func int(_ v: Int) {
        beforeValue()
        digits(v)
    }

    /// A number's digits straight into the buffer: no String per number.
    mutating func digits(_ v: Int) {
        if v < 0 { bytes.append(0x2D) }
        var m = v.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                n += 1
            } while m > 0
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    public mutating func bool(_ v: Bool) {
        beforeValue()
        bytes.append(contentsOf: (v ? "true" : "false").utf8)
    }

    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Bytes written as they are (JSON the caller has composed).
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `{"text":…,"start":…,"end":…}` as a value: spans are most of a record's values, written
    /// here in one go rather than key by key.
    mutating func textSpanValue(text: String, start: Int, end: Int) {
        beforeValue()
        raw("{\"text\":")
        JSONWriter.appendString(text, to: &bytes)
        raw(",\"start\":")
        digits(start)
        raw(",\"end\":")
        digits(end)
        bytes.append(0x7D)
    }

    /// `{"start":…,"end":…}` as a value.
    mutating func spanValue(start: Int, end: Int) {
        beforeValue()
        raw("{\"start\":")
        digits(start)
        raw(",\"end\":")
        digits(end)
        bytes.append(0x7D)
    }

    /// Starts an object or array as a value (after a key or inside an array).
    public mutating func objectValue(_ body: (inout JSONWriter) -> Void) {
        beforeValue()
        beginObject()
        body(&self)
        endObject()
    }

    public mutating func arrayValue(_ body: (inout JSONWriter) -> Void) {
        beforeValue()
        beginArray()
        body(&self)
        endArray()
    }

    /// A JSON string literal, escaping what JSON requires; other bytes are copied as UTF-8.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        // Most strings need no escape: their bytes are copied at once.
        let copied = text.withUTF8 { u -> Bool in
            for b in u where b < 0x20 || b == 0x22 || b == 0x5C { return false }
            out.append(contentsOf: u)
            return true
        }
        if copied {
            out.append(0x22)
            return
        }
        let hex: StaticString = "0123456789abcdef"
        for b in text.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0..<0x20:
                out.append(0x5C); out.append(0x75); out.append(0x30); out.append(0x30)
                hex.withUTF8Buffer { h in
                    out.append(h[Int(b >> 4)])
                    out.append(h[Int(b & 15)])
                }
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
