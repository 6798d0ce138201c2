import Foundation
import GRDB
import Model
import XCTest
@testable import Storage

final class CheckpointTests: XCTestCase {
    private func fileSize(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// While the writer holds the archive open, committed pages move from
    /// the log into the archive file; nothing read from it changes.
    func testCommittedPagesMoveIntoTheArchiveFileWhileTheWriterKeepsItOpen() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        let items = (0..<40).map { index in
            Fixtures.extraction("They agreed to build bridge number \(index) across the river.",
                                commitments: [("agreed to build bridge number \(index)", .pledge, [.infrastructure])])
        }
        _ = try archive.ingest(items.map { ($0.article, $0.extraction) })
        let before = try fileSize(path)
        XCTAssertGreaterThan(try fileSize(path + "-wal"), 0, "the batch must sit in the log to prove anything")

        try archive.checkpointCommittedPages()

        XCTAssertGreaterThan(try fileSize(path), before, "pages copied into the archive file")
        // The writer goes on as before, and readers see every row.
        let more = Fixtures.extraction("They agreed to meet again.", commitments: [("agreed to meet again", .pledge, [])])
        XCTAssertEqual(try archive.ingest(more.article, extraction: more.extraction), .archived(statementID: 41, commitments: 1))
        try archive.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM commitment"), 41)
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
        }
        XCTAssertEqual(try archive.search(CommitmentFilter(query: "bridge")).count, 40)
    }
}
