import GRDB
import Model
import XCTest
@testable import Storage

/// The spans that decided a statement's fields are stored at ingest and read
/// back by `statement(id:)` with their text cut from the article.
final class StatementEvidenceTests: XCTestCase {
    func testEvidenceIsStoredAndReadBackWithItsText() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let text = "✨ China and Pakistan said in a joint statement in Beijing on 5 January 2026 that they agreed."
        var item = Fixtures.extraction(text, commitments: [("they agreed", .pledge, [])])
        item.extraction.evidence = StatementEvidence(
            kind: span("joint statement", in: text), date: span("5 January 2026", in: text), venue: span("Beijing", in: text),
            issuers: ["CN": span("China", in: text), "PK": span("Pakistan", in: text)])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        let detail = try XCTUnwrap(try archive.statement(id: 1))
        XCTAssertEqual(detail.evidence, item.extraction.evidence)
    }

    func testAnIssuerRowNeedsItsPartyAndOtherRowsNone() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let item = Fixtures.extraction("China and Pakistan agreed.", commitments: [("agreed", .pledge, [])])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        for (field, party) in [("issuer", nil), ("kind", "CN"), ("place", nil)] as [(String, String?)] {
            XCTAssertThrowsError(try archive.write { db in
                try db.execute(sql: """
                    INSERT INTO statement_evidence(statement_id, article_id, field, party_code, start_offset, end_offset)
                    VALUES (1, 1, ?, ?, 0, 5)
                    """, arguments: [field, party])
            }, field)
        }
    }

    private func span(_ words: String, in text: String) -> TextSpan {
        let scalars = Array(text.unicodeScalars), target = Array(words.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
        return TextSpan(start: start, end: start + target.count, text: words)
    }
}
