import GRDB
import TextAnalysis
import XCTest
@testable import Storage

/// MinHash bands shared by more than `MergeRules.maxArticlesPerBand`
/// articles (`0013_report_stop_bands.sql`): listed once, keeping no rows,
/// so that their look-ups read nothing and their articles write nothing.
final class StopBandTests: XCTestCase {
    private let band: Int64 = 0x5A5A

    /// A migrated archive (up to `migration`) with `count` bare articles.
    private func archive(articles count: Int, upTo migration: String? = nil) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let queue = try DatabaseQueue(path: Fixtures.temporaryPath(), configuration: configuration)
        if let migration { try Archive.migrator.migrate(queue, upTo: migration) } else { try Archive.migrator.migrate(queue) }
        try queue.write { db in
            try db.execute(sql: "INSERT INTO statement(id, kind, date, date_precision) VALUES (1, 'news_report', '2026-01-05', 'day')")
            for id in 1...count {
                try db.execute(sql: """
                    INSERT INTO article(id, statement_id, content_hash, language, ingested_at, text)
                    VALUES (?, 1, ?, 'en', '2026-01-06T00:00:00Z', ?)
                    """, arguments: [id, Archive.contentHash(of: "text \(id)"), "text \(id)"])
            }
        }
        return queue
    }

    private func state(of queue: DatabaseQueue, band: Int64) throws -> (rows: Int, stopped: Bool) {
        try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM report_band WHERE band = ?", arguments: [band])!,
             try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM report_stop_band WHERE band = ?", arguments: [band])!)
        }
    }

    func testABandKeepsItsRowsUpToTheCapThenBecomesAStopBandWithNone() throws {
        let cap = MergeRules.maxArticlesPerBand
        let queue = try archive(articles: cap + 3)
        for id in 1...(cap + 3) {
            try queue.write { db in try ReportMerger(db: db).insertBands(of: Int64(id), [band, Int64(id)]) }
            let (rows, stopped) = try state(of: queue, band: band)
            XCTAssertEqual(rows, id <= cap ? id : 0, "after article \(id)")
            XCTAssertEqual(stopped, id > cap, "after article \(id)")
            XCTAssertEqual(try state(of: queue, band: Int64(id)).rows, 1, "an article's own band is kept")
        }
    }

    func testTheMigrationListsTheBandsPastTheCapAndRemovesTheirRows() throws {
        let cap = MergeRules.maxArticlesPerBand
        let queue = try archive(articles: cap + 1, upTo: "0012_report_persons.sql")
        try queue.write { db in
            for id in 1...(cap + 1) {
                try db.execute(sql: "INSERT INTO report_band(band, article_id) VALUES (?, ?)", arguments: [band, id])
            }
            for id in 1...cap {
                try db.execute(sql: "INSERT INTO report_band(band, article_id) VALUES (?, ?)", arguments: [band + 1, id])
            }
        }
        try Archive.migrator.migrate(queue)
        XCTAssertEqual(try state(of: queue, band: band).rows, 0)
        XCTAssertTrue(try state(of: queue, band: band).stopped)
        XCTAssertEqual(try state(of: queue, band: band + 1).rows, cap)
        XCTAssertFalse(try state(of: queue, band: band + 1).stopped)
    }
}
