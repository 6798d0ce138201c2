import Foundation
import GRDB
import XCTest

/// `entente check` says in one line whether an archive is whole;
/// `entente backup PATH` writes a whole copy, even while an ingest writes.
final class CheckAndBackupEndToEndTests: XCTestCase {
    var folder: URL!
    var cli: CLI!

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
        cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        XCTAssertEqual(try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path]).status, 0)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A copy of the archive changed by `sql`, run with foreign keys off.
    func changedCopy(_ name: String, _ sql: String) throws -> CLI {
        let copy = folder.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: cli.archive, toPath: copy)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: copy, configuration: configuration)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
        return CLI(archive: copy)
    }

    func testCheckSaysWholeOrDamagedInOneLine() throws {
        let whole = try cli.run(["check"])
        XCTAssertEqual(whole.status, 0, whole.stderr)
        XCTAssertEqual(whole.stdout, "the archive \(cli.archive) is whole\n")

        let index = try changedCopy("index.sqlite", "DELETE FROM commitment_fts_docsize WHERE id = 3")
        let orphans = try changedCopy("orphans.sqlite", "DELETE FROM statement WHERE id = 2")
        let truncated = folder.appendingPathComponent("truncated.sqlite")
        try FileManager.default.copyItem(atPath: cli.archive, toPath: truncated.path)
        let handle = try FileHandle(forUpdating: truncated)
        try handle.truncate(atOffset: 40_960)
        try handle.close()
        let cases: [(CLI, String)] = [
            (index, "  full-text index: "),
            (orphans, "  8 rows of commitment point at rows that do not exist"),
            (CLI(archive: truncated.path), "  the file is cut short: 40960 bytes where its header counts "),
        ]
        for (damaged, detail) in cases {
            let result = try damaged.run(["check"])
            XCTAssertEqual(result.status, 1, damaged.archive)
            XCTAssertTrue(result.stdout.contains(detail), result.stdout)
            XCTAssertTrue(result.stderr.hasPrefix("entente: the archive \(damaged.archive) is damaged ("), result.stderr)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        }
    }

    func testBackupIsAWholeArchiveAndNeverReplacesAFileUnasked() throws {
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let backup = try cli.run(["backup", copy])
        XCTAssertEqual(backup.status, 0, backup.stderr)
        // The file alone is the archive: nothing beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("copy") || $0.hasPrefix(".copy") }
        XCTAssertEqual(names, ["copy.sqlite"])
        XCTAssertEqual(try ArchiveSnapshot(path: copy), try ArchiveSnapshot(path: cli.archive))
        XCTAssertEqual(try CLI(archive: copy).run(["check"]).status, 0)

        let again = try cli.run(["backup", copy])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stderr, "entente: \(copy) already exists; choose another file or give --force to replace it\n")
        XCTAssertEqual(try cli.run(["backup", copy, "--force"]).status, 0)
        let itself = try cli.run(["backup", cli.archive, "--force"])
        XCTAssertEqual(itself.status, 1)
        XCTAssertTrue(itself.stderr.contains("is the archive itself"), itself.stderr)
    }

    /// Backups taken while an ingest writes are each whole: one moment of
    /// the archive, between two of the ingest's transactions.
    func testBackupWhileAnIngestWritesIsWhole() throws {
        let lines = (0..<300).map { index in
            "{\"text\": \"Egypt and Sudan called on Monday, day \(index), for a binding agreement on the filling of the dam number \(index).\"}"
        }
        let wire = folder.appendingPathComponent("many.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: wire)
        let writer = Process()
        writer.executableURL = CLI.binary
        writer.arguments = ["ingest", wire.path, "--batch-size", "5", "--db", cli.archive]
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        var copies: [String] = []
        while writer.isRunning || copies.isEmpty {
            let copy = folder.appendingPathComponent("during\(copies.count).sqlite").path
            let result = try cli.run(["backup", copy])
            XCTAssertEqual(result.status, 0, result.stderr)
            copies.append(copy)
        }
        writer.waitUntilExit()
        XCTAssertEqual(writer.terminationStatus, 0)
        var counts: [Int] = []
        for copy in copies {
            let snapshot = try ArchiveSnapshot(path: copy)
            XCTAssertEqual(snapshot.integrity, "ok")
            // Every article has its statement, and every statement an article: no transaction half copied
            // (reports of one statement share it, so the two counts may differ).
            let queue = try DatabaseQueue(path: copy)
            let orphans = try queue.read { db in
                try Int.fetchOne(db, sql: """
                    SELECT (SELECT count(*) FROM article WHERE statement_id NOT IN (SELECT id FROM statement))
                         + (SELECT count(*) FROM statement WHERE id NOT IN (SELECT statement_id FROM article))
                    """)
            }
            try queue.close()
            XCTAssertEqual(orphans, 0, copy)
            counts.append(snapshot.counts["article"]!)
            XCTAssertEqual(try CLI(archive: copy).run(["check"]).status, 0, copy)
        }
        XCTAssertEqual(counts, counts.sorted())
        XCTAssertLessThanOrEqual(counts.last!, try ArchiveSnapshot(path: cli.archive).counts["article"]!)
    }
}
