import Foundation
import GRDB
import XCTest

/// What every command says of an archive it cannot use: damaged (with
/// `entente check` as the next step), foreign, newer, unfinished, a folder.
final class DamagedArchiveEndToEndTests: ArchiveTestCase {
    static let commands: [[String]] = [
        ["search", "cooperation"], ["show", "3"], ["parties"], ["export"],
        ["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path],
    ]

    /// A whole archive of the sample articles, copied to `name` and changed by `damage`.
    func damagedCopy(_ name: String, _ damage: (FileHandle, Int) throws -> Void) throws -> CLI {
        if !FileManager.default.fileExists(atPath: cli.archive) {
            XCTAssertEqual(try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path]).status, 0)
        }
        let copy = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: cli.archive, toPath: copy.path)
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: copy.path)[.size] as? Int)
        let handle = try FileHandle(forUpdating: copy)
        try damage(handle, size)
        try handle.close()
        return CLI(archive: copy.path)
    }

    func testTruncatedAndGarbledArchivesAreCalledDamagedWithCheckAsTheNextStep() throws {
        let truncated = try damagedCopy("truncated.sqlite") { file, size in try file.truncate(atOffset: UInt64(size / 2)) }
        let garbled = try damagedCopy("garbled.sqlite") { file, size in
            // Pages from the fifth on, the header page left whole.
            var generator = SystemRandomNumberGenerator()
            try file.seek(toOffset: 4 * 4096)
            try file.write(contentsOf: Data((0..<(size - 4 * 4096)).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        }
        for damaged in [truncated, garbled] {
            for arguments in Self.commands {
                let result = try damaged.run(arguments)
                XCTAssertEqual(result.status, 1, "\(damaged.archive) \(arguments)")
                XCTAssertEqual(result.stderr,
                    "entente: the archive \(damaged.archive) is damaged; run 'entente check --db \(damaged.archive)' to see how, then restore it from a backup (nothing was changed)\n",
                    "\(arguments)")
            }
        }
    }

    func testForeignSQLiteFileIsNotAnArchiveAndNewerArchiveAsksForAnUpgrade() throws {
        let foreign = folder.appendingPathComponent("foreign.sqlite").path
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('x')") }
        try queue.close()
        let newer = try damagedCopy("newer.sqlite") { _, _ in }
        let writer = try DatabaseQueue(path: newer.archive)
        try writer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('9999_from_the_future')") }
        try writer.close()
        for arguments in Self.commands {
            let result = try CLI(archive: foreign).run(arguments)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderr, "entente: \(foreign) is not an Entente archive; choose another --db (nothing was changed)\n", "\(arguments)")
            let newerResult = try newer.run(arguments)
            XCTAssertEqual(newerResult.status, 1)
            XCTAssertTrue(newerResult.stderr.contains("was made by a newer Entente; upgrade entente"), newerResult.stderr)
        }
    }

    /// A first ingest killed before its first migration committed leaves a
    /// file SQLite made (WAL mode set) holding no table, or only GRDB's
    /// table of migrations, made in a transaction of its own.
    func testArchiveWhoseFirstIngestStoppedSaysSoAndIngestFinishesIt() throws {
        for (name, sql) in [("bare.sqlite", ""), ("grdb.sqlite", "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")] {
            let cli = CLI(archive: folder.appendingPathComponent(name).path)
            var configuration = Configuration()
            configuration.journalMode = .wal
            let queue = try DatabaseQueue(path: cli.archive, configuration: configuration)
            if !sql.isEmpty { try queue.write { db in try db.execute(sql: sql) } }
            try queue.close()
            let stats = try cli.run(["stats"])
            XCTAssertEqual(stats.status, 1)
            XCTAssertEqual(stats.stderr,
                "entente: the archive \(cli.archive) holds nothing yet: its first ingest stopped before anything was stored; run 'entente ingest' again to make it\n")
            let ingest = try cli.run(Self.commands.last!)
            XCTAssertEqual(ingest.status, 0, ingest.stderr)
            XCTAssertEqual(try cli.run(["stats"]).status, 0)
        }
    }

    func testDatabaseNamingAFolderSaysSo() throws {
        for arguments in [["stats"], Self.commands.last!] {
            let result = try CLI(archive: folder.path).run(arguments)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderr, "entente: \(folder.path) is a folder; give --db a file in it, such as \(folder.path)/entente.sqlite\n")
        }
    }
}
