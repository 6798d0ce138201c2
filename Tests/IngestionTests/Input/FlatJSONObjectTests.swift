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

/// The eight-bytes-at-a-time scan of a string's plain run must stop where a
/// byte-by-byte scan stops: at the first backslash or control character.
final class PlainRunTests: XCTestCase {
    func testStopsWhereAByteScanStops() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x09, 0x1F, 0x20, 0x21, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x9F, 0xA0, 0xD8, 0xDC, 0xFF, 0x41]
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...40, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0x20...0xFF, using: &generator) }
            // Mostly plain, with a few bytes that stop a run or sit next to the thresholds.
            for _ in 0..<Int.random(in: 0...3, using: &generator) where !bytes.isEmpty {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = interesting.randomElement(using: &generator)!
            }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for from in 0...buffer.count {
                    var expected = from
                    while expected < buffer.count, buffer[expected] != 0x5C, buffer[expected] >= 0x20 { expected += 1 }
                    XCTAssertEqual(FlatJSONObject.plainRunEnd(base, from: from, to: buffer.count), expected, "\(bytes) from \(from)")
                }
            }
        }
    }
}
