import TextAnalysis
import GRDB
import XCTest
@testable import Storage

final class ArchiveOpeningTests: XCTestCase {
    func testWriteModeCreatesMigratesAndUsesWAL() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        try archive.read { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA journal_mode"), "wal")
            XCTAssertEqual(try Int32.fetchOne(db, sql: "PRAGMA application_id"), Archive.applicationID)
            XCTAssertTrue(try db.tableExists("commitment_fts"))
            XCTAssertEqual(try Archive.migrator.appliedIdentifiers(db).sorted(),
                           ["0001_archive.sql", "0002_search_facets.sql", "0003_length_blocks.sql", "0004_commitment_checks.sql",
                            "0005_statement_person_checks.sql", "0006_person_roles.sql", "0007_statement_reports.sql",
                            "0009_statement_evidence.sql", "0010_report_place_lookup.sql", "0011_ungrouped_reports.sql",
                            "0012_report_persons.sql", "0013_report_stop_bands.sql"])
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), Archive.latestMigrationVersion)
        }
    }

    /// The writing connection is set up for bulk ingest; a reading one
    /// keeps SQLite's defaults.
    func testTheWritingConnectionIsSetUpForBulkWrites() throws {
        let path = Fixtures.temporaryPath()
        let writer = try Archive(path: path, mode: .write)
        try writer.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA cache_size"), -32768)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA secure_delete"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"), 20000)
        }
        let reader = try Archive(path: path, mode: .read)
        try reader.read { db in
            XCTAssertNotEqual(try Int.fetchOne(db, sql: "PRAGMA cache_size"), -32768)
            XCTAssertNotEqual(try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"), 20000)
        }
    }

    func testReadModeOnMissingFileFailsWithoutCreatingIt() {
        let path = Fixtures.temporaryPath()
        XCTAssertThrowsError(try Archive(path: path, mode: .read)) { error in
            XCTAssertEqual(error as? StorageError, .missingArchive(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testMissingFolderIsReported() {
        let path = Fixtures.temporaryPath() + "-nope/archive.sqlite"
        XCTAssertThrowsError(try Archive(path: path, mode: .write)) { error in
            XCTAssertEqual(error as? StorageError, .missingFolder(path: path))
        }
    }

    func testForeignSQLiteFileIsRefusedAndLeftUntouched() throws {
        let path = Fixtures.temporaryPath()
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('x')") }
        try other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [Archive.Mode.read, .write] {
            XCTAssertThrowsError(try Archive(path: path, mode: mode)) { error in
                XCTAssertEqual(error as? StorageError, .notAnArchive(path: path))
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testTextFileIsNotAnArchive() throws {
        let path = Fixtures.temporaryPath()
        try Data("just some notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Archive(path: path, mode: .write)) { error in
            XCTAssertEqual(error as? StorageError, .notAnArchive(path: path))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "just some notes, not a database\n")
    }

    func testTextFileIsNotAnArchiveForReadingEither() throws {
        let path = Fixtures.temporaryPath()
        try Data("just some notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Archive(path: path, mode: .read)) { error in
            XCTAssertEqual(error as? StorageError, .notAnArchive(path: path))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "just some notes, not a database\n")
    }

    /// An empty file skips the identity checks (it is a new archive waiting
    /// to be made), but reading still refuses it, and leaves it empty.
    func testEmptyFileIsNotReadableAndStaysEmpty() throws {
        let path = Fixtures.temporaryPath()
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
        XCTAssertThrowsError(try Archive(path: path, mode: .read)) { error in
            XCTAssertEqual(error as? StorageError, .unfinished(path: path))
        }
        XCTAssertEqual(FileStatus(path: path)?.size, 0)
    }

    /// A read-only file is refused for writing, opens for reading, and is
    /// not changed by either.
    func testReadOnlyArchiveIsReadableAndUnchanged() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        let item = Fixtures.extraction("They agreed to build a railway.", commitments: [("agreed to build a railway", .pledge, [])])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        try archive.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        XCTAssertEqual(FileStatus(path: path)?.permissions, 0o444)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Archive(path: path, mode: .write)) { error in
            XCTAssertEqual(error as? StorageError, .readOnly(path: path))
        }
        XCTAssertEqual(try Archive(path: path, mode: .read).search(CommitmentFilter(query: "railway")).count, 1)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testArchiveFromNewerEntenteIsRefused() throws {
        let path = Fixtures.temporaryPath()
        _ = try Archive(path: path, mode: .write)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future.sql')") }
        try queue.close()
        for mode in [Archive.Mode.read, .write] {
            XCTAssertThrowsError(try Archive(path: path, mode: mode)) { error in
                XCTAssertEqual(error as? StorageError, .newerArchive(path: path))
            }
        }
    }

    func testEveryEmbeddedMigrationIsNumberedAndApplied() throws {
        let names = EmbeddedFiles.files.keys.filter { $0.hasSuffix(".sql") }.sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            XCTAssertNotNil(name.range(of: #"^\d{4}_[a-z0-9_]+\.sql$"#, options: .regularExpression), name)
        }
    }
}

final class AnalyzerVersionTests: XCTestCase {
    /// An archive indexed under other analyzer rules gets its index rebuilt
    /// on the next open, for reading as for writing.
    func testIndexIsRebuiltWhenAnalyzerVersionChanged() throws {
        for mode in [Archive.Mode.read, .write] {
            let path = Fixtures.temporaryPath()
            let archive = try Archive(path: path, mode: .write)
            let item = Fixtures.extraction("They agreed to build a railway.", commitments: [("agreed to build a railway", .pledge, [])])
            _ = try archive.ingest(item.article, extraction: item.extraction)
            try archive.write { db in
                try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts) VALUES ('delete-all')")
                try db.execute(sql: "UPDATE archive_info SET value = '-1' WHERE key = 'analyzer_version'")
            }
            XCTAssertEqual(try archive.search(CommitmentFilter(query: "railway")).count, 0)
            let reopened = try Archive(path: path, mode: mode)
            XCTAssertEqual(try reopened.search(CommitmentFilter(query: "railway")).count, 1, "\(mode)")
            try reopened.read { db in
                XCTAssertEqual(try Archive.storedAnalyzerVersion(db), String(SearchAnalyzer.version))
            }
        }
    }

    /// Reading never rebuilds a read-only archive's index, whoever reads it
    /// (root may write any file: the permission bits decide).
    func testReadOnlyArchiveKeepsItsIndexWhenReadWithOtherRules() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        let item = Fixtures.extraction("They agreed to build a railway.", commitments: [("agreed to build a railway", .pledge, [])])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        try archive.write { db in
            try db.execute(sql: "UPDATE archive_info SET value = '-1' WHERE key = 'analyzer_version'")
        }
        try archive.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try Archive(path: path, mode: .read)
        try reader.read { db in XCTAssertEqual(try Archive.storedAnalyzerVersion(db), "-1") }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }
}
