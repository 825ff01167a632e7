import Foundation
import Testing
import XCTest
import ZIPFoundation

@testable import MarsadInput

/// A scratch folder per test, removed afterwards.
final class Scratch {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-input-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = url.appendingPathComponent(name).path
        try? FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
    deinit { try? FileManager.default.removeItem(at: url) }
}

func articles(_ items: [InputItem]) -> [Article] {
    items.compactMap { if case .article(let a) = $0 { return a } else { return nil } }
}

func failures(_ items: [InputItem]) -> [InputFailure] {
    items.compactMap { if case .failure(let f) = $0 { return f } else { return nil } }
}

@Suite struct TextInputTests {
    @Test func plainTextIsOneArticle() {
        let s = Scratch()
        let path = s.write("a.txt", "قال الرئيس.\r\nوأضاف.")
        let items = ArticleReader.read(path: path)
        #expect(articles(items) == [Article(source: path, text: "قال الرئيس.\r\nوأضاف.")])
    }

    @Test func byteOrderMarkIsNotPartOfTheText() {
        let s = Scratch()
        let path = s.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("نص".utf8))
        #expect(articles(ArticleReader.read(path: path)).first?.text == "نص")
    }

    @Test func invalidUTF8NamesTheByte() {
        let s = Scratch()
        let path = s.write("bad.txt", Array("abc".utf8) + [0xC3, 0x28] + Array("def".utf8))
        let f = failures(ArticleReader.read(path: path))
        #expect(f == [InputFailure(input: path, place: "byte 3", reason: "invalid UTF-8")])
        #expect(f.first?.description == "\(path): byte 3: invalid UTF-8")
    }

    @Test func binaryFileIsRejected() {
        let s = Scratch()
        let path = s.write("x.bin", [0x41, 0x42, 0x00, 0x43])
        #expect(
            failures(ArticleReader.read(path: path)) == [
                InputFailure(input: path, place: "byte 2", reason: "binary file (NUL byte), not text")
            ])
    }

    @Test func emptyFileIsAnError() {
        let s = Scratch()
        let path = s.write("empty.txt", [])
        #expect(failures(ArticleReader.read(path: path)) == [InputFailure(input: path, reason: "empty file")])
    }

    @Test func missingFileIsAnIOError() {
        let results = InputFiles.expand(["/nonexistent/marsad/file.txt"])
        guard case .failure(let f) = results.first else {
            Issue.record("expected a failure")
            return
        }
        #expect(f.kind == .io)
        #expect(f.description == "/nonexistent/marsad/file.txt: no such file or folder")
    }

    @Test func foldersAreWalkedInOrderSkippingHiddenAndOtherFiles() {
        let s = Scratch()
        let b = s.write("b/2.txt", "ب")
        let a = s.write("a.txt", "ا")
        _ = s.write(".hidden/3.txt", "ج")
        _ = s.write("notes.md", "#")
        let c = s.write("b/1.json", "[]")
        let paths = InputFiles.expand([s.url.path]).compactMap { try? $0.get() }
        #expect(paths == [a, c, b])
    }
}

@Suite struct CollectionInputTests {
    @Test func jsonArrayGivesTitleBlankLineBody() {
        let s = Scratch()
        let path = s.write(
            "c.json",
            #"[{"title": "عنوان", "content": "نص الخبر", "url": "http://x", "date_extracted": "2015-07-21 02:51:32"}, {"text": "بلا عنوان"}]"#
        )
        let got = articles(ArticleReader.read(path: path))
        #expect(got.count == 2)
        #expect(got[0].source == "\(path)#0")
        #expect(got[0].text == "عنوان\n\nنص الخبر")
        #expect(got[0].meta == ["title": "عنوان", "url": "http://x", "date_extracted": "2015-07-21 02:51:32"])
        #expect(got[1].source == "\(path)#1")
        #expect(got[1].text == "بلا عنوان")
    }

    @Test func malformedJSONNamesBytesAndLine() {
        let s = Scratch()
        let path = s.write("bad.json", "[{\"title\": \"a\"},\n {\"title\": }]")
        let f = failures(ArticleReader.read(path: path))
        #expect(f.count == 1)
        #expect(f.first?.place == "byte 28, line 2")
        #expect(f.first?.reason.hasPrefix("malformed JSON") == true)
    }

    @Test func articleWithoutTextIsAnErrorForThatArticleOnly() {
        let s = Scratch()
        let path = s.write("c.json", #"[{"url": "http://x"}, {"title": "خبر"}]"#)
        let items = ArticleReader.read(path: path)
        #expect(
            failures(items) == [
                InputFailure(
                    input: "\(path)#0", place: "article 0", reason: "article has no text (title, content, text or body)"
                )
            ])
        #expect(articles(items).map(\.text) == ["خبر"])
    }

    @Test func jsonLinesKeepGoingPastABadLine() {
        let s = Scratch()
        let path = s.write("c.jsonl", "{\"title\": \"أ\"}\n{oops\n\n{\"body\": \"ب\"}\n")
        let items = ArticleReader.read(path: path)
        #expect(articles(items).map(\.source) == ["\(path)#0", "\(path)#2"])
        #expect(failures(items).map(\.place) == ["line 2"])
        #expect(failures(items).first?.input == "\(path)#1")
    }

    @Test func jsonLinesAreDetectedWithoutTheirExtension() {
        let s = Scratch()
        let path = s.write("c.data", "{\"title\": \"أ\"}\n{\"title\": \"ب\"}\n")
        #expect(articles(ArticleReader.read(path: path)).map(\.text) == ["أ", "ب"])
    }

    @Test func zipOfCollectionsIsRead() throws {
        let s = Scratch()
        let json = s.write("in/2015.json", #"[{"title": "أ", "content": "ب"}]"#)
        let zipPath = s.url.appendingPathComponent("c.zip")
        let archive = try Archive(url: zipPath, accessMode: .create)
        try archive.addEntry(
            with: "2015.json", relativeTo: URL(fileURLWithPath: (json as NSString).deletingLastPathComponent))
        let got = articles(ArticleReader.read(path: zipPath.path))
        #expect(got == [Article(source: "\(zipPath.path)!2015.json#0", text: "أ\n\nب", meta: ["title": "أ"])])
    }

    @Test func truncatedZipIsAnErrorForThatInput() throws {
        let s = Scratch()
        let json = s.write("in/a.txt", String(repeating: "خبر ", count: 2000))
        let zipPath = s.url.appendingPathComponent("c.zip")
        let archive = try Archive(url: zipPath, accessMode: .create)
        try archive.addEntry(
            with: "a.txt", relativeTo: URL(fileURLWithPath: (json as NSString).deletingLastPathComponent),
            compressionMethod: .deflate)
        let whole = try Data(contentsOf: zipPath)
        let cut = s.write("cut.zip", [UInt8](whole.prefix(whole.count / 2)))
        let f = failures(ArticleReader.read(path: cut))
        #expect(f.count == 1)
        #expect(f.first?.input == cut)
        #expect(f.first?.reason == "not a readable zip archive (truncated or damaged)")
    }
}

/// XCTest still runs alongside Swift Testing; keep one case so its runner reports a count.
final class InputXCTests: XCTestCase {
    func testStandardInputNameIsKeptAsDash() {
        XCTAssertEqual(InputFiles.expand(["-"]).compactMap { try? $0.get() }, ["-"])
    }
}
