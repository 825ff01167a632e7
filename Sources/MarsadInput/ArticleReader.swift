import Foundation
import MarsadText
import ZIPFoundation

/// Reads the articles of one input: a text file, a JSON or JSON Lines collection, a zip of such
/// files, or standard input (`-`). Failures are returned in place, so the run goes on.
public enum ArticleReader {
    /// All articles of the input at `path`, in order.
    public static func read(path: String) -> [InputItem] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return read(bytes: [UInt8](data), name: "-", kindHint: nil)
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            return [.failure(InputFailure(input: path, reason: "cannot read: \(describe(error))", kind: .io))]
        }
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "zip" || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return readZip(path: path)
        }
        return read(bytes: bytes, name: path, kindHint: ext)
    }

    /// The articles of in-memory bytes named `name` (used for files, zip entries and stdin).
    public static func read(bytes: [UInt8], name: String, kindHint: String?) -> [InputItem] {
        switch kindHint {
        case "json": return JSONCollection.read(bytes: bytes, name: name)
        case "jsonl", "ndjson": return JSONCollection.readLines(bytes: bytes, name: name)
        case "txt": return [readText(bytes: bytes, name: name)]
        default:
            // Unknown name: JSON when it looks like JSON, else one text article.
            if let first = firstNonSpace(bytes), first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
                return JSONCollection.readAny(bytes: bytes, name: name)
            }
            return [readText(bytes: bytes, name: name)]
        }
    }

    static func readText(bytes: [UInt8], name: String) -> InputItem {
        do {
            let text = try TextDecoder.decode(bytes)
            return .article(Article(source: name, text: text.string))
        } catch {
            return .failure(failure(for: error, input: name))
        }
    }

    static func failure(for error: TextDecodingError, input: String) -> InputFailure {
        switch error {
        case .invalidUTF8(let offset):
            return InputFailure(input: input, place: "byte \(offset)", reason: "invalid UTF-8")
        case .binary(let offset):
            return InputFailure(input: input, place: "byte \(offset)", reason: "binary file (NUL byte), not text")
        case .empty:
            return InputFailure(input: input, reason: "empty file")
        }
    }

    static func readZip(path: String) -> [InputItem] {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            return [.failure(InputFailure(input: path, reason: "not a readable zip archive (truncated or damaged)"))]
        }
        var items: [InputItem] = []
        let entries = archive.filter { $0.type == .file }.sorted { $0.path < $1.path }
        for entry in entries {
            let name = "\(path)!\(entry.path)"
            let base = (entry.path as NSString).lastPathComponent
            if base.hasPrefix(".") || entry.path.hasPrefix("__MACOSX") { continue }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                items.append(.failure(InputFailure(input: name, reason: "cannot extract: \(describe(error))")))
                continue
            }
            let ext = (entry.path as NSString).pathExtension.lowercased()
            items.append(contentsOf: read(bytes: [UInt8](data), name: name, kindHint: ext))
        }
        if items.isEmpty {
            items.append(.failure(InputFailure(input: path, reason: "zip archive holds no articles")))
        }
        return items
    }

    static func firstNonSpace(_ bytes: [UInt8]) -> UInt8? {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count {
            let b = bytes[i]
            if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 { return b }
            i += 1
        }
        return nil
    }

    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return ns.localizedDescription
    }
}
