import MarsadAnalysis

/// An article's text with its annotations marked inline as tags, for people to read:
/// `<e id="Q15031">شي جين بينغ</e>`, `<q speaker="Q15031">…</q>`, `<ev plover="CONSULT">…</ev>`.
/// The text itself is unchanged between the tags.
public enum Marking {
    public static func marked(text: String, record: AnalysisRecord) -> String {
        struct Tag {
            var at: Int
            var isClose: Bool
            var length: Int
            var text: String
        }
        var tags: [Tag] = []
        func add(_ start: Int, _ end: Int, open: String, close: String) {
            guard start < end else { return }
            tags.append(Tag(at: start, isClose: false, length: end - start, text: open))
            tags.append(Tag(at: end, isClose: true, length: end - start, text: close))
        }
        for e in record.events {
            add(
                e.evidence.start, e.evidence.end, open: "<ev plover=\"\(e.plover ?? "?")\" cameo=\"\(e.cameo)\">",
                close: "</ev>")
        }
        for q in record.quotes {
            add(q.start, q.end, open: "<q speaker=\"\(q.speaker ?? "?")\">", close: "</q>")
        }
        for e in record.entities {
            for m in e.mentions { add(m.start, m.end, open: "<e id=\"\(e.id)\">", close: "</e>") }
        }
        // At one place: closes first (inner before outer), then opens (outer before inner).
        tags.sort { a, b in
            if a.at != b.at { return a.at < b.at }
            if a.isClose != b.isClose { return a.isClose }
            return a.isClose ? a.length < b.length : a.length > b.length
        }
        var out = String.UnicodeScalarView()
        var next = 0
        for (i, scalar) in text.unicodeScalars.enumerated() {
            while next < tags.count && tags[next].at == i {
                out.append(contentsOf: tags[next].text.unicodeScalars)
                next += 1
            }
            out.append(scalar)
        }
        while next < tags.count {
            out.append(contentsOf: tags[next].text.unicodeScalars)
            next += 1
        }
        return String(out)
    }
}
