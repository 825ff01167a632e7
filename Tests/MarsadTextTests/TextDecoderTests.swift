import XCTest

@testable import MarsadText

/// Kept as XCTest so that `swift test` reports XCTest results too.
final class TextDecoderTests: XCTestCase {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    func decodeError(_ bytes: [UInt8]) -> TextDecodingError? {
        do {
            _ = try TextDecoder.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    func testValidUTF8() throws {
        let text = try TextDecoder.decode(Array("قال سالم: «نعم».".utf8))
        XCTAssertEqual(text.string, "قال سالم: «نعم».")
        XCTAssertEqual(text.scalarCount, 16)
    }

    func testBOMIsRemovedAndNotCounted() throws {
        let text = try TextDecoder.decode(bom + Array("سلام".utf8))
        XCTAssertEqual(text.string, "سلام")
        XCTAssertEqual(text.bytes, Array("سلام".utf8))
        XCTAssertEqual(text.scalarCount, 4)
    }

    func testCRLFIsKept() throws {
        let text = try TextDecoder.decode(Array("a\r\nب\nc\r".utf8))
        XCTAssertEqual(text.string, "a\r\nب\nc\r")
        XCTAssertEqual(text.scalarCount, 7)  // CRLF is two scalars in the text as given
    }

    func testInvalidUTF8ReportsFileOffset() {
        let good = Array("ab".utf8) + Array("ج".utf8)  // 4 bytes
        XCTAssertEqual(decodeError(good + [0xFF]), .invalidUTF8(byteOffset: 4))
        XCTAssertEqual(decodeError(bom + good + [0xFF]), .invalidUTF8(byteOffset: 7))
        XCTAssertEqual(decodeError(good + [0xD8]), .invalidUTF8(byteOffset: 4))  // truncated
        // A lead byte followed by no continuation byte.
        XCTAssertEqual(decodeError(good + [0xD8, 0x41]), .invalidUTF8(byteOffset: 4))
        XCTAssertEqual(decodeError([0xC0, 0xAF]), .invalidUTF8(byteOffset: 0))  // overlong
        XCTAssertEqual(decodeError([0xED, 0xA0, 0x80]), .invalidUTF8(byteOffset: 0))  // surrogate
        // Above U+10FFFF.
        XCTAssertEqual(decodeError([0xF4, 0x90, 0x80, 0x80]), .invalidUTF8(byteOffset: 0))
        XCTAssertEqual(decodeError([0x80]), .invalidUTF8(byteOffset: 0))
        // Past the ASCII fast path.
        XCTAssertEqual(
            decodeError(Array(repeating: 0x61, count: 1234) + [0xE9, 0x61]),
            .invalidUTF8(byteOffset: 1234))
        XCTAssertEqual(
            TextDecodingError.invalidUTF8(byteOffset: 1234).description, "invalid UTF-8 at byte 1234")
    }

    func testNULIsBinary() {
        XCTAssertEqual(
            decodeError(Array(repeating: 0x61, count: 17) + [0, 0x61]), .binary(byteOffset: 17))
        XCTAssertEqual(decodeError(bom + [0x61, 0]), .binary(byteOffset: 4))
        XCTAssertEqual(
            TextDecodingError.binary(byteOffset: 17).description, "binary file (NUL byte at byte 17)")
    }

    func testEmpty() {
        XCTAssertEqual(decodeError([]), .empty)
        XCTAssertEqual(decodeError(bom), .empty)
        XCTAssertEqual(TextDecodingError.empty.description, "empty file")
    }

    func testFourByteScalars() throws {
        let text = try TextDecoder.decode(Array("a😀ب".utf8))
        XCTAssertEqual(text.scalarCount, 3)
        XCTAssertEqual(text.byteOffset(ofScalar: 2), 5)
        XCTAssertEqual(text.scalarOffset(ofByte: 5), 2)
    }
}
