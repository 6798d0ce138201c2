import Foundation
import XCTest
@testable import Ingestion

/// Whatever `FlatJSONObject` reads, `JSONDecoder` must read the same way;
/// whatever it declines, the reader leaves to `JSONDecoder`.
final class FlatJSONObjectTests: XCTestCase {
    private struct Line: Decodable, Equatable {
        var text: String?
        var title: String?
        var source: String?
        var url: String?
        var published: String?
        var language: String?
    }

    private func fields(_ line: String) -> [String: String?]? {
        Array(line.utf8).withUnsafeBufferPointer { FlatJSONObject.fields($0) }
    }

    func testReadsWhatJSONDecoderReadsAndDeclinesTheRest() throws {
        var lines = [
            #"{"text": "Plain.", "title": "A", "published": "2025-01-02", "language": "en"}"#,
            #"{"text":"Esc \" \\ \/ \b \f \n \r \t é \u00e9 \u0627\u0644 \ud83d\ude00.","url":null}"#,
            #"  { "text" : "spaces" , "extra" : "ignored" }  "#,
            "{\"text\":\"tab\tinside\"}",                      // a raw control character: JSONDecoder's call
            #"{}"#, #"{"title": "no text"}"#, #"{"text": null}"#, #"{"text": ""}"#,
            #"{"text": "a", "text": "b"}"#,                     // a key twice
            #"{"text": "a", "count": 3}"#, #"{"text": "a", "tags": ["x"]}"#, #"{"text": "a", "ok": true}"#,
            #"{"te\u0078t": "escaped key"}"#, #"{"tēxt": "non-ASCII key"}"#,
            #"{"text": "lone \ud83d surrogate"}"#, #"{"text": "lone \ude00 low"}"#, #"{"text": "nul \u0000"}"#,
            #"{"text": "bad \x escape"}"#, #"{"text": "short \u12"}"#, #"{"text": "unterminated}"#,
            #"{"text": "a"} trailing"#, #"{"text": "a",}"#, #"{"text" "a"}"#, #"["text"]"#, "not json", #"{"text": nul}"#,
            #"{"text": nullx}"#, #"{"title": 5, "text": "a"}"#, #"{"text": "عربي “مقتبس” — ١٢"}"#,
        ]
        let wires = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("SampleData/wires.jsonl"), encoding: .utf8)
        lines += wires.split(separator: "\n").map(String.init)
        var read = 0, declined = 0
        for line in lines {
            let decoded = try? JSONDecoder().decode(Line.self, from: Data(line.utf8))
            guard let fields = fields(line) else {
                declined += 1
                continue
            }
            read += 1
            let fast = Line(
                text: fields["text"] ?? nil, title: fields["title"] ?? nil, source: fields["source"] ?? nil,
                url: fields["url"] ?? nil, published: fields["published"] ?? nil, language: fields["language"] ?? nil)
            XCTAssertEqual(fast, decoded, line)
            if let fastText = fast.text, let text = decoded?.text {
                XCTAssertEqual(Array(fastText.utf8), Array(text.utf8), line)
            }
        }
        XCTAssertGreaterThan(read, 8)
        XCTAssertGreaterThan(declined, 15)
        XCTAssertEqual(fields(#"{"text": "a", "url": null}"#)?["url"], .some(nil))
        XCTAssertNil(fields(#"{"text": "a", "text": null}"#))
    }
}
