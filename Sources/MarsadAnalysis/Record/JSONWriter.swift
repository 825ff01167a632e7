/// Writes JSON into a byte buffer: the analysis record is written for every article, and
/// Foundation's JSONEncoder costs several times the analysis of a short one.
///
/// The buffer is sized ahead and written through a pointer: `Array.append` checks uniqueness and
/// capacity at every byte, which cost more than the writing itself.
public struct JSONWriter {
    /// The JSON written so far.
    public var bytes: [UInt8] { Array(storage[0..<length]) }
    /// Allocated bytes (zeros past `length`).
    private var storage: [UInt8]
    private var length = 0
    /// Per open object or array, innermost in bit 0: whether a value was written in it (the
    /// next one needs a comma). A bit stack: records nest a few levels, never 64.
    private var needsComma: UInt64 = 0
    private var depth = 0
    /// After a key: the value that follows takes no comma.
    private var pendingValue = false

    public init(capacity: Int = 4096) { storage = [UInt8](repeating: 0, count: max(capacity, 64)) }

    /// Writes at most `count` bytes with `body`, which returns how many it wrote.
    @inline(__always) private mutating func write(
        atMost count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int
    ) {
        if length + count > storage.count {
            storage.append(contentsOf: repeatElement(0, count: max(storage.count, length + count - storage.count)))
        }
        let start = length
        length += storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + start) }
    }

    @inline(__always) private mutating func byte(_ b: UInt8) {
        write(atMost: 1) { p in
            p[0] = b
            return 1
        }
    }

    /// Bytes written as they are (JSON the caller has composed).
    @inline(__always) mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { u in
            write(atMost: u.count) { p in
                p.update(from: u.baseAddress!, count: u.count)
                return u.count
            }
        }
    }

    mutating func separator() {
        if needsComma & 1 != 0 { byte(0x2C) }
        needsComma |= 1
    }

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 63, "JSON nested too deep")
        byte(bracket)
        needsComma <<= 1
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        byte(bracket)
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
        k.withUTF8Buffer { u in
            write(atMost: u.count + 3) { p in
                p[0] = 0x22
                (p + 1).update(from: u.baseAddress!, count: u.count)
                p[u.count + 1] = 0x22
                p[u.count + 2] = 0x3A
                return u.count + 3
            }
        }
        pendingValue = true
    }

    /// A key that is not a literal (the input's own metadata field names).
    public mutating func rawKey(_ k: String) {
        separator()
        stringLiteral(k)
        byte(0x3A)
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
        stringLiteral(s)
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
        write(atMost: 21) { p in
            var n = 0
            if v < 0 {
                p[0] = 0x2D
                n = 1
            }
            var m = v.magnitude
            let first = n
            repeat {
                p[n] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                n += 1
            } while m > 0
            // Written least significant first: reversed in place.
            var (a, b) = (first, n - 1)
            while a < b {
                (p[a], p[b]) = (p[b], p[a])
                a += 1
                b -= 1
            }
            return n
        }
    }

    public mutating func bool(_ v: Bool) {
        beforeValue()
        if v { raw("true") } else { raw("false") }
    }

    public mutating func null() {
        beforeValue()
        raw("null")
    }

    /// `{"text":…,"start":…,"end":…}` as a value: spans are most of a record's values, written
    /// here in one go rather than key by key.
    mutating func textSpanValue(text: String, start: Int, end: Int) {
        beforeValue()
        raw("{\"text\":")
        stringLiteral(text)
        raw(",\"start\":")
        digits(start)
        raw(",\"end\":")
        digits(end)
        byte(0x7D)
    }

    /// `{"start":…,"end":…}` as a value.
    mutating func spanValue(start: Int, end: Int) {
        beforeValue()
        raw("{\"start\":")
        digits(start)
        raw(",\"end\":")
        digits(end)
        byte(0x7D)
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

    /// `text` as a JSON string literal (`appendString`), written in place.
    private mutating func stringLiteral(_ text: String) {
        var text = text
        text.withUTF8 { u in
            // An escape is at most six bytes (\u00XX), plus the quotes.
            write(atMost: u.count * 6 + 2) { p in JSONWriter.writeString(u, to: p) }
        }
    }

    /// A JSON string literal, escaping what JSON requires; other bytes are copied as UTF-8.
    public static func appendString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { u in
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: u.count * 6 + 2))
            let n = out.withUnsafeMutableBufferPointer { writeString(u, to: $0.baseAddress! + start) }
            out.removeLast(u.count * 6 + 2 - n)
        }
    }

    /// Writes the literal of the UTF-8 bytes `u` at `p` (room for `u.count * 6 + 2` bytes);
    /// returns the bytes written.
    private static func writeString(_ u: UnsafeBufferPointer<UInt8>, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p[0] = 0x22
        var n = 1
        // Most strings need no escape: their bytes are copied at once.
        if !u.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            if let base = u.baseAddress { (p + 1).update(from: base, count: u.count) }
            p[u.count + 1] = 0x22
            return u.count + 2
        }
        let hex: StaticString = "0123456789abcdef"
        for b in u {
            switch b {
            case 0x22, 0x5C:
                p[n] = 0x5C
                p[n + 1] = b
                n += 2
            case 0x0A:
                p[n] = 0x5C
                p[n + 1] = 0x6E
                n += 2
            case 0x0D:
                p[n] = 0x5C
                p[n + 1] = 0x72
                n += 2
            case 0x09:
                p[n] = 0x5C
                p[n + 1] = 0x74
                n += 2
            case 0..<0x20:
                p[n] = 0x5C
                p[n + 1] = 0x75
                p[n + 2] = 0x30
                p[n + 3] = 0x30
                hex.withUTF8Buffer { h in
                    p[n + 4] = h[Int(b >> 4)]
                    p[n + 5] = h[Int(b & 15)]
                }
                n += 6
            default:
                p[n] = b
                n += 1
            }
        }
        p[n] = 0x22
        return n + 1
    }
}
