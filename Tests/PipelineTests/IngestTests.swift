import Foundation
import XCTest
import Ingestion
import Model
@testable import Pipeline
import Storage

/// The ingest below the command line: inputs of every format in, one
/// event per article in input order, counts out.
final class IngestTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testEveryFormatIsArchivedAndEventsComeInInputOrder() throws {
        let text = try write("a.en.txt", "---\ntitle: Talks\n---\nEgypt and Sudan agreed on Monday to coordinate their positions on the Nile.")
        let lines = try write("b.jsonl", """
            {"text": "France and Morocco agreed to strengthen cooperation in energy and training.", "language": "en"}
            {"title": "no text"}
            {"text": "Egypt and Sudan agreed on Monday to coordinate their positions on the Nile."}
            """)
        let page = try write("c.html", """
            <html lang="fr"><head><title>Page</title></head><body><nav>Accueil</nav>
            <article><h1>Page</h1><p>Le Maroc et le Sénégal ont convenu de renforcer leur coopération maritime.</p></article></body></html>
            """)
        let (sources, problems) = ArticleInput.sources([text, lines, page])
        XCTAssertTrue(problems.isEmpty)
        XCTAssertEqual(sources.map { String(describing: type(of: $0.format)) }, ["PlainTextFormat", "JSONLinesFormat", "HTMLFormat"])

        let archive = try Archive(path: folder.appendingPathComponent("archive.sqlite").path, mode: .write)
        var events: [IngestEvent] = []
        var ingest = Ingest(sources: sources)
        ingest.batchSize = 2
        let tally = try ingest.run(into: archive) { events += $0 }
        try archive.close()

        XCTAssertEqual(events.map(\.label), [text, "\(lines):1", "\(lines):2", "\(lines):3", page])
        guard case .archived = events[0], case .archived = events[1], case .archived = events[4] else {
            return XCTFail("\(events)")
        }
        XCTAssertEqual(events[2], .failed(label: "\(lines):2", reason: "line 2: no \"text\" field"))
        guard case let .archived(_, first, _) = events[0] else { return }
        XCTAssertEqual(events[3], .alreadyArchived(label: "\(lines):3", statementID: first))
        XCTAssertEqual(tally.archived, 3)
        XCTAssertEqual(tally.alreadyArchived, 1)
        XCTAssertEqual(tally.failed, 1)
        XCTAssertEqual(tally.done, 5)
    }

    func testEventMessagesAreTheLinesIngestPrints() {
        let cases: [(IngestEvent, String)] = [
            (.archived(label: "a", statementID: 3, commitments: 1), "archived as statement 3 with 1 commitment"),
            (.archived(label: "a", statementID: 3, commitments: 2), "archived as statement 3 with 2 commitments"),
            (.alreadyArchived(label: "a", statementID: 4), "already archived (statement 4)"),
            (.sameAsEarlier(label: "a"), "the same text as an earlier article of this run"),
            (.failed(label: "a", reason: "the article is empty"), "failed: the article is empty"),
        ]
        for (event, message) in cases { XCTAssertEqual(event.message, message) }
    }

    func testArticleCountsAreEstimatedPerFormat() throws {
        let lines = try write("many.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\"}")
        let text = try write("one.md", "One article.\n")
        let (sources, _) = ArticleInput.sources([lines, text])
        XCTAssertEqual(sources.map(\.estimatedArticleCount), [3, 1])
    }
}
