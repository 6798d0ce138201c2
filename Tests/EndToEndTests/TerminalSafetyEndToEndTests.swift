import Foundation
import XCTest

/// Escape sequences stored in an article (title, text, source) or in a file
/// name never reach the terminal raw in text output; CSV and JSON keep them.
final class TerminalSafetyEndToEndTests: ArchiveTestCase {
    static let clearScreen = "\u{1B}[2J"
    static let retitle = "\u{1B}]0;owned\u{07}"
    static let hyperlink = "\u{1B}]8;;https://example.com/x\u{1B}\\"
    static let c1Introducer = "\u{9B}31m"

    /// Raw control bytes a terminal obeys: C0 but line feed and tab, DEL, and C1 (U+0080–U+009F).
    static func controls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F..<0xA0).contains($0.value) }
    }

    func testTextOutputEscapesControlCharactersAndCSVAndJSONKeepThem() throws {
        let text = "Egypt and Sudan called on Monday for a binding \(Self.clearScreen)agreement on the filling of the dam\(Self.hyperlink), in a joint statement issued in Cairo."
        let title = "Dam deal \(Self.retitle)"
        let source = "Wire \(Self.c1Introducer)"
        let line = try String(decoding: JSONSerialization.data(withJSONObject: ["text": text, "title": title, "source": source]), as: UTF8.self)
        let hostileName = folder.appendingPathComponent("wire\u{1B}[2J.jsonl")
        try Data((line + "\n").utf8).write(to: hostileName)
        let empty = folder.appendingPathComponent("empty\u{1B}]0;x\u{07}.txt")
        try Data().write(to: empty)

        let ingest = try cli.run(["ingest", hostileName.path, empty.path])
        XCTAssertEqual(ingest.status, 1, ingest.stderr)
        XCTAssertEqual(Self.controls(in: ingest.stdout), [], ingest.stdout)
        XCTAssertEqual(Self.controls(in: ingest.stderr), [], ingest.stderr)
        XCTAssertTrue(ingest.stdout.contains("wire\\x1B[2J.jsonl:1: archived as statement 1"), ingest.stdout)
        XCTAssertTrue(ingest.stderr.contains("empty\\x1B]0;x\\x07.txt: failed: "), ingest.stderr)

        let show = try cli.run(["show", "1"])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertEqual(Self.controls(in: show.stdout), [], show.stdout)
        XCTAssertTrue(show.stdout.contains("Dam deal \\x1B]0;owned\\x07"), show.stdout)
        XCTAssertTrue(show.stdout.contains("Wire \\u{9B}31m"), show.stdout)
        XCTAssertTrue(show.stdout.contains("binding \\x1B[2Jagreement"), show.stdout)

        let search = try cli.run(["search", "binding"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.contains("\\x1B[2J"), search.stdout)
        XCTAssertEqual(Self.controls(in: search.stdout), [], search.stdout)

        for arguments in [["parties"], ["stats"]] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertEqual(Self.controls(in: result.stdout), [], "\(arguments)")
        }

        // The exact text where a program reads it.
        let json = try cli.run(["show", "1", "--json"])
        let detail = try XCTUnwrap(JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        let sources = try XCTUnwrap(detail["sources"] as? [[String: Any]])
        XCTAssertEqual(sources.first?["title"] as? String, title)
        XCTAssertEqual(sources.first?["source"] as? String, source)
        let csv = try cli.run(["export", "--no-formula-guard"])
        XCTAssertTrue(csv.stdout.contains(Self.clearScreen), csv.stdout)
        XCTAssertTrue(csv.stdout.contains(Self.retitle), csv.stdout)
        let jsonl = try cli.run(["search", "binding", "--format", "jsonl"])
        XCTAssertTrue(jsonl.stdout.contains("\\u001b[2J"), jsonl.stdout)
    }
}
