/// Lines of a text: split at LF, CR, CRLF (one break), NEL, U+2028 and U+2029; trimmed of
/// whitespace and invisible controls; empty lines skipped.
public enum Paragraphs {
    public static func lines(in text: SourceText) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        text.bytes.withUnsafeBufferPointer { p in
            var i = 0
            var s = 0
            var first = -1  // first visible scalar of the current line
            var lastEnd = -1  // end of the last visible scalar
            func close() {
                if first >= 0 { lines.append(first..<lastEnd) }
                first = -1
            }
            while i < p.count {
                let b = p[i]
                let (v, length) = b < 0x80 ? (UInt32(b), 1) : UTF8Scalars.decode(p, i)
                switch ScalarClass.of(v) {
                case .lineBreak where v != 0x0B && v != 0x0C:
                    close()
                case .space, .ignorable, .joiner, .lineBreak:
                    break
                default:
                    if first < 0 { first = s }
                    lastEnd = s + 1
                }
                i += length
                s += 1
            }
            close()
        }
        return lines
    }
}
