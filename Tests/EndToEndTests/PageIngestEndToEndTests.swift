import Foundation
import XCTest

/// Saved web pages through the built binary, and what `ingest` prints when
/// stderr is not a terminal.
final class PageIngestEndToEndTests: ArchiveTestCase {
    static let page = CLI.fixtures.appendingPathComponent("nile-talks.en.html")

    func testIngestingASavedPageArchivesItsMainTextAndMetadata() throws {
        let result = try cli.run(["ingest", Self.page.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("nile-talks.en.html: archived as statement 1 with 2 commitments"), result.stdout)
        let detail = try cli.statementJSON(1)
        let source = (detail["sources"] as! [[String: Any]])[0]
        XCTAssertEqual(source["title"] as? String, "Egypt, Sudan agree to coordinate on Nile water")
        XCTAssertEqual(source["source"] as? String, "Valley Wire")
        XCTAssertEqual(source["url"] as? String, "https://valleywire.example/en/eg-sd-nile")
        XCTAssertEqual(source["published"] as? String, "2026-03-04")
        XCTAssertEqual(source["language"] as? String, "en")
        // Nothing from the script, the cookie banner or the comments became a commitment.
        let texts = (detail["commitments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        XCTAssertEqual(texts.count, 2, "\(texts)")
        XCTAssertFalse(texts.contains { $0.contains("cookies") || $0.contains("railway") || $0.contains("pledged nothing") }, "\(texts)")
    }

    func testFlagsOverrideThePagesMetadataAndExtractReadsPages() throws {
        let result = try cli.run(["ingest", Self.page.path, "--published", "2026-03-05", "--source", "Given"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let detail = try cli.statementJSON(1)
        let source = (detail["sources"] as! [[String: Any]])[0]
        XCTAssertEqual(source["published"] as? String, "2026-03-05")
        XCTAssertEqual(source["source"] as? String, "Given")
        let extract = try cli.run(["extract", Self.page.path], useArchive: false)
        XCTAssertEqual(extract.status, 0, extract.stderr)
        XCTAssertTrue(extract.stdout.contains("issuers:   EG, SD"), extract.stdout)
    }

    /// Off a terminal (a pipe here): a line per article on stdout, failures
    /// on stderr with their file and line, and no progress line.
    func testOffATerminalEachArticleHasALineAndNoProgressIsDrawn() throws {
        let wire = CLI.fixtures.appendingPathComponent("wire.jsonl").path
        for options in [[], ["--verbose"]] {
            let archive = CLI(archive: folder.appendingPathComponent("run\(options.count).sqlite").path)
            let result = try archive.run(["ingest", Self.page.path, wire] + options)
            XCTAssertEqual(result.status, 1)
            let lines = result.stdout.split(separator: "\n")
            XCTAssertEqual(lines.count, 4, result.stdout)
            XCTAssertTrue(lines[0].hasSuffix("nile-talks.en.html: archived as statement 1 with 2 commitments"), result.stdout)
            XCTAssertTrue(lines[1].contains("wire.jsonl:1: archived as statement 2"), result.stdout)
            XCTAssertTrue(lines[3].hasPrefix("3 archived"), result.stdout)
            XCTAssertEqual(result.stderr, "\(wire):3: failed: line 3: no \"text\" field\n")
            XCTAssertFalse(result.stderr.contains("\r") || result.stderr.contains("\u{1B}"), result.stderr)
        }
    }
}
