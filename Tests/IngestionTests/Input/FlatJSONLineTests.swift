import Foundation
import XCTest
@testable import Ingestion

/// `FlatJSONLine` reads a line only when `JSONDecoder` would read it the
/// same way, and hands every other line back (nil) to `JSONDecoder`.
final class FlatJSONLineTests: XCTestCase {
    private func read(_ line: String) -> [String: String]? {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { FlatJSONLine.values(UnsafeBufferPointer($0)) }
    }

    /// What `JSONDecoder` makes of the line's top-level string values (nulls left out).
    private func decoded(_ line: String) -> [String: String]? {
        guard let object = try? JSONDecoder().decode([String: String?].self, from: Data(line.utf8)) else { return nil }
        return object.compactMapValues { $0 }
    }

    func testFlatLinesReadAsJSONDecoderReadsThem() {
        let lines = [
            #"{"text": "One.", "title": "A", "published": "2025-01-02", "language": "en", "source": "S", "url": "u"}"#,
            #"{"text":"Line one.\nLine two.\r\nTabs\there, a quote \" and a slash \/ and \\ a backslash."}"#,
            #"{"text": "\u00e9t\u00E9, \u0627\u062a\u0641\u0642, an emoji \ud83d\ude00, \b\f."}"#,
            #"  { "text" : "spaced" , "title" : null }  "#,
            #"{"text": "واتفق الجانبان على تعزيز التعاون.", "language": "ar"}"#,
            #"{"text": "", "extra": "ignored but read"}"#,
            #"{}"#,
        ]
        for line in lines {
            XCTAssertNotNil(read(line), line)
            XCTAssertEqual(read(line), decoded(line), line)
        }
    }

    func testOtherLinesAreLeftToJSONDecoder() {
        let lines = [
            #"{"text": "a", "count": 3}"#,  // a number
            #"{"text": "a", "tags": ["x"]}"#,  // an array
            #"{"text": "a", "meta": {"k": "v"}}"#,  // an object
            #"{"text": "a", "flag": true}"#,
            #"{"te\u0078t": "a"}"#,  // an escape in a key
            #"{"tëxt": "a"}"#,  // a non-ASCII key
            #"{"text": "a", "text": "b"}"#,  // a key given twice
            #"{"text": "lone \ud83d surrogate"}"#,
            #"{"text": "lone \ude00 low surrogate"}"#,
            #"{"text": "a NUL \u0000"}"#,
            "{\"text\": \"a raw\ttab\"}",
            #"{"text": "a bad \x escape"}"#,
            #"{"text": "a"} trailing"#,
            #"{"text": "unclosed}"#,
            #"{"text": "a",}"#,
            #"["text"]"#,
            "not json",
            "",
        ]
        for line in lines {
            XCTAssertNil(read(line), line)
        }
    }

    /// Through the reader: a line the flat reader leaves alone still reads
    /// (or fails) as `JSONDecoder` says.
    func testTheReaderFallsBackToJSONDecoder() throws {
        let data = Data(#"""
            {"text": "Kept, with a number beside it.", "pages": 3}
            {"text": "a", "text": "b"}
            {"text": 5}
            """#.utf8)
        let entries = try ArticleReader.numberedJSONLines(data)
        XCTAssertEqual(try entries[0].entry.get().text, "Kept, with a number beside it.")
        XCTAssertEqual(entries.count, 3)
        XCTAssertEqual(entries[2].entry.failure, .badJSONLine(line: 3, reason: "not a JSON object with a \"text\" string"))
    }
}
