import GRDB
import Model
import TextAnalysis
import XCTest
@testable import Storage

/// `Migrations/0005_statement_person_checks.sql` rebuilds `statement` and
/// `person` with their IN-list checks spelled as OR-ed comparisons: rows,
/// the rows that reference them, indexes and the rules themselves must come
/// out as they went in.
final class StatementPersonChecksMigrationTests: XCTestCase {
    private static let kinds = StatementKind.allCases.map(\.rawValue)
    /// The roles 0001 and 0005 allow (0006 adds the rest of `PersonRole`).
    private static let roles = ["foreign_minister", "president", "prime_minister", "deputy_prime_minister", "king",
                                "crown_prince", "emir", "minister", "secretary_general", "ambassador", "spokesperson", "other"]

    /// A v4 archive with statements of every kind and precision, persons of
    /// every role, and articles, parties and commitments that reference them.
    private func makeVersion4Archive() throws -> String {
        let path = Fixtures.temporaryPath()
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Archive.migrator.migrate(queue, upTo: "0004_commitment_checks.sql")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO archive_info VALUES ('analyzer_version', '\(SearchAnalyzer.version)')")
            try db.execute(sql: "INSERT INTO party(code, kind) VALUES ('EG', 'country'), ('SD', 'country')")
            let dates: [(String?, String)] = [("2021-06-02", "day"), ("2021-06", "month"), ("2021", "year"), (nil, "unknown")]
            for index in 0..<24 {
                let id = index + 1
                let (date, precision) = dates[index % 4]
                try db.execute(sql: """
                    INSERT INTO statement(id, kind, date, date_precision, venue, mechanism, round) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, Self.kinds[index % Self.kinds.count], date, precision,
                                     index % 2 == 0 ? "Cairo" : nil, index % 3 == 0 ? "dialogue" : nil, index % 5 == 0 ? nil : index])
                try db.execute(sql: """
                    INSERT INTO article(id, statement_id, content_hash, language, ingested_at, text)
                    VALUES (?, ?, printf('%064d', ?), 'en', '2026-01-01T00:00:00Z', ?)
                    """, arguments: [id, id, id, "Egypt and Sudan pledged water cooperation \(id)."])
                try db.execute(sql: "INSERT INTO statement_party VALUES (?, 'EG', 'issuer'), (?, 'SD', 'mentioned')",
                               arguments: [id, id])
                try db.execute(sql: "INSERT INTO person(statement_id, name, role, party_code) VALUES (?, ?, ?, ?)",
                               arguments: [id, "Person \(id)", Self.roles[index % Self.roles.count], index % 2 == 0 ? "EG" : nil])
                try db.execute(sql: """
                    INSERT INTO commitment(statement_id, article_id, ordinal, text, start_offset, end_offset, type, language, facets)
                    VALUES (?, ?, 1, ?, 0, 10, 'pledge', 'en', ?)
                    """, arguments: [id, id, "pledged water cooperation \(id)",
                                     "\u{E00F}p:EG p:SD c:pledge k:\(Self.kinds[index % Self.kinds.count]) l:en" + (date == nil ? "" : " y:2021")])
                try db.execute(sql: "INSERT INTO commitment_party VALUES (?, 'EG')", arguments: [db.lastInsertedRowID])
            }
        }
        try queue.close()
        return path
    }

    private static let rowsSQL = [
        "SELECT * FROM statement ORDER BY id",
        "SELECT id, statement_id, name, role, party_code FROM person ORDER BY id",
        "SELECT * FROM article ORDER BY id",
        "SELECT * FROM statement_party ORDER BY statement_id, party_code",
        "SELECT id, statement_id, article_id, text FROM commitment ORDER BY id",
    ]

    func testRowsLinksAndIndexesSurviveTheRebuild() throws {
        let path = try makeVersion4Archive()
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let before = try DatabaseQueue(path: path, configuration: configuration).read { db in
            try Self.rowsSQL.map { try Row.fetchAll(db, sql: $0) }
        }
        XCTAssertEqual(before[0].count, 24)
        XCTAssertEqual(before[1].count, 24)
        // This test is about the rebuild: its statements, near-copies of one
        // another, stay as they are rather than being grouped (0011).
        try Fixtures.markReportsGrouped(path: path)

        let archive = try Archive(path: path, mode: .write)
        try archive.write { db in
            XCTAssertEqual(try Self.rowsSQL.map { try Row.fetchAll(db, sql: $0) }, before)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), Archive.latestMigrationVersion)
            for table in ["statement", "person"] {
                let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                              arguments: [table]) ?? ""
                XCTAssertFalse(sql.contains(" IN ("), sql)
            }
            XCTAssertEqual(try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE tbl_name IN ('statement', 'person') AND type IN ('index', 'trigger') ORDER BY name
                """), ["person_article", "person_names_its_article", "person_statement", "statement_date"])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name LIKE '%_new'"), 0)
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
            // The foreign keys still lead to the rebuilt tables: deleting a
            // statement takes its article, persons, parties and commitments.
            try db.execute(sql: "DELETE FROM statement WHERE id = 1")
            for table in ["article", "person", "statement_party", "commitment"] {
                XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE statement_id = 1"), 0, table)
            }
            XCTAssertThrowsError(try db.execute(sql: "INSERT INTO person(statement_id, name, role) VALUES (999, 'x', 'king')"))
        }
        // New statements and persons go in, and dated filters still find the old ones.
        var filter = CommitmentFilter(query: "cooperation")
        filter.since = try XCTUnwrap(StatementDate(iso: "2021"))
        XCTAssertEqual(try archive.count(filter), 17)
        let item = Fixtures.extraction("They agreed to build a railway.", commitments: [("agreed to build a railway", .pledge, [])])
        XCTAssertEqual(try archive.ingest(item.article, extraction: item.extraction), .archived(statementID: 25, commitments: 1))
    }

    /// The rewritten checks accept and refuse what the IN lists did.
    func testTheChecksKeepTheirRules() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        try archive.write { db in
            func statement(kind: String?, precision: String?, date: String?) throws {
                try db.execute(sql: "INSERT INTO statement(kind, date, date_precision) VALUES (?, ?, ?)",
                               arguments: [kind, date, precision])
            }
            for kind in Self.kinds {
                for (precision, date) in [("day", "2024-05-01"), ("month", "2024-05"), ("year", "2024"), ("unknown", nil)] {
                    XCTAssertNoThrow(try statement(kind: kind, precision: precision, date: date), "\(kind) \(precision)")
                }
            }
            for (kind, precision) in [("Readout", "day"), ("readout ", "day"), ("statement", "day"), ("", "day"),
                                      ("readout", "Day"), ("readout", "week"), ("readout", "")] {
                XCTAssertThrowsError(try statement(kind: kind, precision: precision, date: "2024-05-01"), "\(kind) \(precision)") {
                    XCTAssertEqual(($0 as? DatabaseError)?.extendedResultCode, .SQLITE_CONSTRAINT_CHECK)
                }
            }
            XCTAssertThrowsError(try statement(kind: nil, precision: "day", date: "2024-05-01"))
            XCTAssertThrowsError(try statement(kind: "readout", precision: nil, date: "2024-05-01"))

            func person(role: String?) throws {
                try db.execute(sql: "INSERT INTO person(statement_id, name, role) VALUES (1, 'x', ?)", arguments: [role])
            }
            for role in Self.roles { XCTAssertNoThrow(try person(role: role), role) }
            for role in ["King", "king ", "queen", "", "foreign minister"] {
                XCTAssertThrowsError(try person(role: role), role) {
                    XCTAssertEqual(($0 as? DatabaseError)?.extendedResultCode, .SQLITE_CONSTRAINT_CHECK)
                }
            }
            XCTAssertThrowsError(try person(role: nil))
        }
    }
}
