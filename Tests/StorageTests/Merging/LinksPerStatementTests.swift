import GRDB
import Model
import XCTest
@testable import Storage

/// A statement carried by more outlets than `MergeRules.linksPerStatement`:
/// each new report stores links to that many of its reports at most, and
/// joins the same statement as if it had been compared with every one.
final class LinksPerStatementTests: XCTestCase {
    private let cap = MergeRules.linksPerStatement

    /// Reports of one statement, each with its own lead and the same clause.
    private func reports(_ count: Int) -> [(article: Article, extraction: Extraction)] {
        (1...count).map { outlet in
            Fixtures.extraction("Outlet \(outlet) reports: the two sides agreed to deepen cooperation in trade.", round: 7,
                                commitments: [("the two sides agreed to deepen cooperation in trade", .pledge, [.trade])])
        }
    }

    private func links(in archive: Archive) throws -> [Int64: Int] {
        try archive.read { db in
            try Row.fetchAll(db, sql: "SELECT article_id, count(*) FROM report_link GROUP BY article_id")
                .reduce(into: [:]) { $0[$1[0] as Int64] = $1[1] as Int }
        }
    }

    func testEachReportLinksToAtMostTheCapAndAllStayOneStatementInAnyOrder() throws {
        let items = reports(cap + 4)
        let forward = Array(items.indices)
        for order in [forward, Array(forward.reversed()), forward.shuffled(), forward.shuffled()] {
            let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
            for index in order { _ = try archive.ingest(items[index].article, extraction: items[index].extraction) }
            XCTAssertEqual(try archive.stats().statements, 1, "order \(order)")
            let links = try links(in: archive)
            XCTAssertEqual(links.count, items.count - 1, "every report but the first is linked, order \(order)")
            XCTAssertEqual(links.values.max(), cap, "order \(order)")
            XCTAssertEqual(links[Int64(items.count)], cap, "the last report links to the first \(cap)")
        }
    }

    /// The links kept hold the statement together when the analyst splits
    /// off the report every later one linked to first.
    func testSplittingTheFirstReportLeavesTheOthersOneStatement() throws {
        let items = reports(cap + 4)
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest(items)
        let split = try archive.split(article: 1)
        XCTAssertEqual(try archive.stats().statements, 2)
        let others = try archive.read { db in
            try Int64.fetchAll(db, sql: "SELECT DISTINCT statement_id FROM article WHERE id <> 1")
        }
        XCTAssertEqual(others.count, 1)
        XCTAssertNotEqual(others.first, split)
    }
}
