import Foundation
import GRDB
import XCTest

/// `extract --json` and `show --json` give, for the statement's kind, date,
/// venue and issuers, spans whose offsets (Unicode scalars) cut exactly
/// their text out of the article.
final class EvidenceEndToEndTests: ArchiveTestCase {
    /// Articles written for this test. The emoji and the accents come before
    /// the spans, so that offsets counted in UTF-16 or bytes would miss.
    static let articles: [(name: String, text: String, published: String)] = [
        ("en.txt", """
            🌍 Egypt and Jordan issue joint statement on water

            CAIRO, March 3 (Agency) - Egypt and Jordan agreed on Tuesday in Cairo to widen their cooperation on water \
            and energy, according to a joint statement issued after talks between the two foreign ministers.

            The two sides stressed the importance of regional stability.
            """, "2026-03-04"),
        ("fr.txt", """
            Réunis à Alger le 12 février 2026, les ministres algérien et tunisien ont publié un communiqué conjoint.

            Les deux pays s'engagent à renforcer leur coopération énergétique.
            """, "2026-02-13"),
    ]

    func testShowAndExtractGiveSpansThatCutTheirTextFromTheArticle() throws {
        for (index, article) in Self.articles.enumerated() {
            let file = folder.appendingPathComponent(article.name)
            try article.text.write(to: file, atomically: true, encoding: .utf8)
            let ingest = try cli.run(["ingest", file.path, "--published", article.published])
            XCTAssertEqual(ingest.status, 0, ingest.stderr)

            let show = try cli.run(["show", "\(index + 1)", "--json"])
            XCTAssertEqual(show.status, 0, show.stderr)
            let detail = try JSONSerialization.jsonObject(with: show.stdoutData) as! [String: Any]
            let stored = try DatabaseQueue(path: cli.archive).read { db in
                try String.fetchOne(db, sql: "SELECT text FROM article WHERE statement_id = ?", arguments: [index + 1])!
            }
            try checkSpans(detail["evidence"], in: stored, article.name)

            let extract = try cli.run(["extract", file.path, "--json", "--published", article.published], useArchive: false)
            XCTAssertEqual(extract.status, 0, extract.stderr)
            let extraction = try JSONSerialization.jsonObject(with: extract.stdoutData) as! [String: Any]
            try checkSpans(extraction["evidence"], in: article.text, article.name)
        }
    }

    /// Every span of `evidence` holds the text at its offsets; kind, date, venue and two issuers are there.
    private func checkSpans(_ evidence: Any?, in text: String, _ name: String) throws {
        let evidence = try XCTUnwrap(evidence as? [String: Any], name)
        var spans: [[String: Any]] = []
        for field in ["kind", "date", "venue"] {
            spans.append(try XCTUnwrap(evidence[field] as? [String: Any], "\(name): \(field)"))
        }
        let issuers = try XCTUnwrap(evidence["issuers"] as? [String: [String: Any]], name)
        XCTAssertEqual(issuers.count, 2, "\(name): \(issuers)")
        spans += issuers.values
        let scalars = Array(text.unicodeScalars)
        for span in spans {
            let start = try XCTUnwrap(span["start"] as? Int), end = try XCTUnwrap(span["end"] as? Int)
            XCTAssertTrue(0 <= start && start < end && end <= scalars.count, "\(name): \(span)")
            let cut = String(String.UnicodeScalarView(scalars[start..<end]))
            XCTAssertEqual(cut, span["text"] as? String, name)
        }
    }
}
