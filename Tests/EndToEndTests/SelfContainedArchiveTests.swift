import Foundation
import GRDB
import XCTest

/// After a successful command the `.sqlite` file alone is the whole archive:
/// a user backs it up or mails it without the `-wal` file beside it.
final class SelfContainedArchiveTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Many small batches make the ingest's reading thread checkpoint while
    /// the writer commits, the order in which a log was left behind.
    func testTheArchiveFileCopiedAloneAfterIngestHoldsEverything() throws {
        let sampleData = CLI.packageRoot.appendingPathComponent("SampleData").path
        for (run, options) in [["--batch-size", "1"], ["--batch-size", "2"], ["--batch-size", "3"], []].enumerated() {
            let cli = CLI(archive: folder.appendingPathComponent("run\(run).sqlite").path)
            let ingest = try cli.run(["ingest", sampleData, CLI.seed.path] + options)
            XCTAssertEqual(ingest.status, 0, ingest.stderr)
            XCTAssertEqual(Self.logSize(of: cli.archive), 0, "a log is left beside the archive after \(options)")

            let copy = CLI(archive: folder.appendingPathComponent("copy\(run)/archive.sqlite").path)
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: copy.archive).deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: cli.archive, toPath: copy.archive)
            let original = try cli.run(["stats", "--json"])
            let copied = try copy.run(["stats", "--json"])
            XCTAssertEqual(copied.status, 0, copied.stderr)
            XCTAssertEqual(copied.stdout, original.stdout)
            XCTAssertTrue(original.stdout.contains("\"statements\""), original.stdout)
        }
    }

    /// A read command that rebuilds an index made by older analyzer rules
    /// writes too, and must leave the file whole in the same way.
    func testAReadCommandThatRebuildsTheIndexLeavesNoLog() throws {
        let cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        XCTAssertEqual(try cli.run(["ingest", CLI.seed.path, "--published", "2026-01-05"]).status, 0)
        let queue = try DatabaseQueue(path: cli.archive)
        try queue.write { db in
            try db.execute(sql: "UPDATE archive_info SET value = '0' WHERE key = 'analyzer_version'")
        }
        try queue.close()
        let search = try cli.run(["search", "التعاون"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertEqual(Self.logSize(of: cli.archive), 0)
        let version = try DatabaseQueue(path: cli.archive).read { db in
            try String.fetchOne(db, sql: "SELECT value FROM archive_info WHERE key = 'analyzer_version'")
        }
        XCTAssertNotEqual(version, "0", "the index was not rebuilt, so this test proves nothing")
    }

    /// The analyst's overrides write too: after `merge` and `split` the file is whole as well.
    func testMergeAndSplitLeaveNoLog() throws {
        let cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        let sample = CLI.packageRoot.appendingPathComponent("SampleData/us-id-call.en.txt").path
        XCTAssertEqual(try cli.run(["ingest", CLI.seed.path, "--published", "2026-01-05"]).status, 0)
        XCTAssertEqual(try cli.run(["ingest", sample]).status, 0)
        let ids = try DatabaseQueue(path: cli.archive).read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM statement ORDER BY id")
        }
        XCTAssertEqual(ids.count, 2)
        let merge = try cli.run(["merge", String(ids[0]), String(ids[1])])
        XCTAssertEqual(merge.status, 0, merge.stderr)
        XCTAssertEqual(Self.logSize(of: cli.archive), 0, "a log is left beside the archive after merge")
        let article = try DatabaseQueue(path: cli.archive).read { db in
            try Int64.fetchOne(db, sql: "SELECT max(id) FROM article")
        }
        let split = try cli.run(["split", String(try XCTUnwrap(article))])
        XCTAssertEqual(split.status, 0, split.stderr)
        XCTAssertEqual(Self.logSize(of: cli.archive), 0, "a log is left beside the archive after split")
    }

    /// The size of the archive's write-ahead log, 0 when there is none.
    static func logSize(of archive: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: archive + "-wal")
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }
}
