import GRDB
import Model
import XCTest
@testable import Storage

/// `entente_rank` must rank exactly as FTS5's `bm25()` did on the
/// one-column index, with commitment lengths looked up or kept in memory.
final class EntenteRankTests: XCTestCase {
    func testRankEqualsBM25OnAOneColumnIndex() throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let queue = try DatabaseQueue(configuration: configuration)
        let texts = [
            "The two sides agreed to deepen cooperation on trade",
            "cooperation cooperation and more cooperation on energy and trade",
            "They called for cooperation",
            "The international community must support the ceasefire",
            "The sides welcomed investment and investors in the investment zone",
            "Trade, trade and trade again, with no mention of the other word",
            "واتفق الجانبان على تعزيز التعاون في مجال الطاقة والتعاون التجاري",
            "ودعا الجانبان المجتمع الدولي إلى دعم التعاون",
        ]
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'entente')")
            for text in texts { try db.execute(sql: "INSERT INTO t(body) VALUES (?)", arguments: [text]) }
        }
        let queries = ["cooperation", "cooperation trade", "\"international community\"", "invest*",
                       "trade OR energy", "NEAR(sides cooperation, 5)", "التعاون", "تعزيز التعاون", "cooperation NOT energy"]
        for query in queries {
            let rows = try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, bm25(t) AS builtin, entente_rank(t) AS ours FROM t WHERE t MATCH ?",
                                 arguments: [query])
            }
            XCTAssertFalse(rows.isEmpty, query)
            for row in rows {
                XCTAssertEqual(row["ours"] as Double, row["builtin"] as Double, "\(query), row \(row["rowid"] as Int64)")
            }
        }
    }

    /// Lengths kept in memory give the same rows in the same order as
    /// lengths looked up, after new commitments are added and after one is
    /// deleted and its rowid reused with a different length.
    func testKeptLengthsRankAsLookedUpLengthsAsTheArchiveChanges() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        func add(_ range: Range<Int>) throws {
            _ = try archive.ingest(range.map { index in
                // Lengths vary and repeat the word differently, so the order
                // depends on every length.
                let clause = "cooperation " + String(repeating: "on shared matters ", count: index % 7)
                    + (index % 3 == 0 ? "and cooperation " : "") + "number \(index)"
                return Fixtures.extraction(clause + ".", commitments: [(clause, .pledge, [.trade])])
            })
        }
        func assertSameAsFresh(_ label: String) throws {
            let fresh = try Archive(path: path, mode: .read)
            let filter = CommitmentFilter(query: "cooperation")
            XCTAssertEqual(try archive.search(filter).map(\.commitmentID), try fresh.search(filter).map(\.commitmentID), label)
            for id in 1...200 {
                let kept = archive.norms.length(of: Int64(id))
                if kept != 0 {
                    let actual = try fresh.read { db in
                        try Int.fetchOne(db, sql: "SELECT length(search_text) FROM commitment WHERE id = ?", arguments: [id])
                    }
                    XCTAssertNotNil(actual, "\(label): no length may be kept for a missing row \(id)")
                }
            }
        }

        try add(0..<40)
        try archive.prepareForRepeatedSearches()
        XCTAssertNotEqual(archive.norms.length(of: 40), 0, "lengths are kept once asked")
        try assertSameAsFresh("loaded")
        try add(40..<60)
        try assertSameAsFresh("after new commitments")
        XCTAssertNotEqual(archive.norms.length(of: 60), 0, "new rows are loaded on the next search")

        // Delete the last commitment and add one that reuses its rowid with
        // another length: the epoch moves, and the kept lengths are reloaded.
        let before = archive.norms.length(of: 60)
        try archive.write { db in
            try db.execute(sql: "DELETE FROM commitment WHERE id = 60")
            try db.execute(sql: """
                INSERT INTO commitment(id, statement_id, article_id, ordinal, text, start_offset, end_offset, type, language, facets)
                SELECT 60, statement_id, article_id, 99, 'cooperation', 0, 11, 'pledge', 'en', facets FROM commitment WHERE id = 59
                """)
        }
        try assertSameAsFresh("after a delete and a reused rowid")
        XCTAssertEqual(archive.norms.length(of: 60), 1)
        XCTAssertNotEqual(before, 1)
    }
}
