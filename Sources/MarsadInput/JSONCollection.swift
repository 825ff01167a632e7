import Foundation

/// Article collections in JSON: an array of article objects, one article object, an object whose
/// array field holds the articles, or JSON Lines (one object per line).
enum JSONCollection {
    static let titleFields = ["title", "headline"]
    static let bodyFields = ["content", "text", "body"]

    static func readAny(bytes: [UInt8], name: String) -> [InputItem] {
        // A file of several top-level objects, one per line, is JSON Lines.
        if looksLikeJSONLines(bytes) { return readLines(bytes: bytes, name: name) }
        return read(bytes: bytes, name: name)
    }

    static func read(bytes: [UInt8], name: String) -> [InputItem] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(stripBOM(bytes)), options: [])
        } catch {
            return [
                .failure(
                    InputFailure(
                        input: name, place: place(of: error, in: bytes), reason: "malformed JSON: \(detail(error))"))
            ]
        }
        if let array = value as? [Any] {
            return articles(array, name: name)
        }
        if let object = value as? [String: Any] {
            if hasText(object) {
                return [article(object, source: name, index: nil)]
            }
            // An envelope such as {"articles": [...]}: the first array of objects.
            for key in object.keys.sorted() {
                if let array = object[key] as? [Any], array.contains(where: { $0 is [String: Any] }) {
                    return articles(array, name: name)
                }
            }
            return [
                .failure(
                    InputFailure(input: name, reason: "JSON object has no article text (title, content, text or body)"))
            ]
        }
        return [
            .failure(InputFailure(input: name, reason: "JSON holds neither an article object nor an array of them"))
        ]
    }

    static func readLines(bytes: [UInt8], name: String) -> [InputItem] {
        var items: [InputItem] = []
        var index = 0
        var lineNumber = 0
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            defer { index += 1 }
            do {
                let value = try JSONSerialization.jsonObject(with: Data(line), options: [])
                guard let object = value as? [String: Any] else {
                    items.append(
                        .failure(
                            InputFailure(
                                input: "\(name)#\(index)", place: "line \(lineNumber)",
                                reason: "a JSON Lines line must be an article object")))
                    continue
                }
                items.append(article(object, source: "\(name)#\(index)", index: index, line: lineNumber))
            } catch {
                items.append(
                    .failure(
                        InputFailure(
                            input: "\(name)#\(index)", place: "line \(lineNumber)",
                            reason: "malformed JSON: \(detail(error))")))
            }
        }
        return items
    }

    static func articles(_ array: [Any], name: String) -> [InputItem] {
        array.enumerated().map { index, element in
            guard let object = element as? [String: Any] else {
                return .failure(
                    InputFailure(input: "\(name)#\(index)", place: "article \(index)", reason: "not a JSON object"))
            }
            return article(object, source: "\(name)#\(index)", index: index)
        }
    }

    static func hasText(_ object: [String: Any]) -> Bool {
        (titleFields + bodyFields).contains { !((object[$0] as? String) ?? "").isEmpty }
    }

    /// The article text is `title + "\n\n" + body`, or whichever of the two exists.
    static func article(_ object: [String: Any], source: String, index: Int?, line: Int? = nil) -> InputItem {
        let title = titleFields.lazy.compactMap { object[$0] as? String }.first { !$0.isEmpty }
        let bodyKey = bodyFields.first { !((object[$0] as? String) ?? "").isEmpty }
        let body = bodyKey.flatMap { object[$0] as? String }
        let text: String
        switch (title, body) {
        case (let t?, let b?): text = t + "\n\n" + b
        case (let t?, nil): text = t
        case (nil, let b?): text = b
        case (nil, nil):
            let place = line.map { "line \($0)" } ?? index.map { "article \($0)" }
            return .failure(
                InputFailure(input: source, place: place, reason: "article has no text (title, content, text or body)"))
        }
        var meta: [String: String] = [:]
        for (key, value) in object where key != bodyKey {
            switch value {
            case let s as String: meta[key] = s
            case let n as NSNumber: meta[key] = n.stringValue
            default: continue
            }
        }
        return .article(Article(source: source, text: text, meta: meta))
    }

    static func looksLikeJSONLines(_ bytes: [UInt8]) -> Bool {
        guard ArticleReader.firstNonSpace(bytes) == UInt8(ascii: "{") else { return false }
        // JSON Lines: a line that closes an object is followed by a line that opens one.
        var i = 0
        var depth = 0
        var inString = false
        var escaped = false
        while i < bytes.count {
            let b = bytes[i]
            if inString {
                if escaped {
                    escaped = false
                } else if b == 0x5C {
                    escaped = true
                } else if b == 0x22 {
                    inString = false
                }
            } else if b == 0x22 {
                inString = true
            } else if b == 0x7B || b == 0x5B {
                depth += 1
            } else if b == 0x7D || b == 0x5D {
                depth -= 1
                if depth == 0 {
                    // Anything but whitespace after the first top-level value means several values.
                    var j = i + 1
                    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x09
                    { j += 1 }
                    return j < bytes.count
                }
            }
            i += 1
        }
        return false
    }

    static func stripBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
    }

    static func detail(_ error: any Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }

    /// Foundation says "around character N" (a byte offset into the data we passed, after the
    /// BOM); turn it into "byte N, line L" of the file.
    static func place(of error: any Error, in bytes: [UInt8]) -> String? {
        let message = detail(error)
        guard let range = message.range(of: "character ") else { return nil }
        let digits = message[range.upperBound...].prefix { $0.isNumber }
        guard var offset = Int(digits) else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset += 3 }
        offset = min(offset, bytes.count)
        var line = 1
        for b in bytes[..<offset] where b == 0x0A { line += 1 }
        return "byte \(offset), line \(line)"
    }
}
