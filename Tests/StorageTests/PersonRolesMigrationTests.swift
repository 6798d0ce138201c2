import GRDB
import Model
import TextAnalysis
import XCTest
@testable import Storage

/// `Migrations/0006_person_roles.sql` rebuilds `person` so that it accepts the
/// roles of GUIDELINES.md: an archive made before it keeps every person, and
/// the table then takes every `PersonRole` and still refuses anything else.
final class PersonRolesMigrationTests: XCTestCase {
    /// The roles a version 5 archive accepts.
    private static let oldRoles = ["foreign_minister", "president", "prime_minister", "deputy_prime_minister", "king",
                                   "crown_prince", "emir", "minister", "secretary_general", "ambassador", "spokesperson", "other"]

    private func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        return configuration
    }

    /// A v5 archive: two statements, a person of every role it allows.
    private func makeVersion5Archive() throws -> String {
        let path = Fixtures.temporaryPath()
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        try Archive.migrator.migrate(queue, upTo: "0005_statement_person_checks.sql")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO archive_info VALUES ('analyzer_version', '\(SearchAnalyzer.version)')")
            try db.execute(sql: "INSERT INTO party(code, kind) VALUES ('EG', 'country'), ('SD', 'country')")
            try db.execute(sql: "INSERT INTO statement(id, kind, date_precision) VALUES (1, 'readout', 'unknown'), (2, 'communique', 'unknown')")
            for (index, role) in Self.oldRoles.enumerated() {
                try db.execute(sql: "INSERT INTO person(statement_id, name, role, party_code) VALUES (?, ?, ?, ?)",
                               arguments: [index % 2 + 1, "Person \(index)", role, index % 3 == 0 ? nil : "EG"])
            }
            XCTAssertThrowsError(try db.execute(sql: "INSERT INTO person(statement_id, name, role) VALUES (1, 'x', 'sultan')"))
        }
        try queue.close()
        return path
    }

    /// The columns this migration knew (0012 adds each person's article).
    private static let personsSQL = "SELECT id, statement_id, name, role, party_code FROM person ORDER BY id"

    func testAnArchiveFromBeforeKeepsItsPersonsAndTakesTheNewRoles() throws {
        let path = try makeVersion5Archive()
        let before = try DatabaseQueue(path: path, configuration: configuration()).read { db in
            try Row.fetchAll(db, sql: Self.personsSQL)
        }
        XCTAssertEqual(before.count, Self.oldRoles.count)

        let archive = try Archive(path: path, mode: .write)
        try archive.write { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: Self.personsSQL), before)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), Archive.latestMigrationVersion)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'person' AND type = 'index' ORDER BY name"),
                           ["person_article", "person_statement"], "0012 adds the look-up by article")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name LIKE '%_new'"), 0)
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            for role in PersonRole.allCases.map(\.rawValue) {
                XCTAssertNoThrow(try db.execute(sql: "INSERT INTO person(statement_id, name, role) VALUES (2, 'y', ?)", arguments: [role]), role)
            }
            for role in ["Sultan", "vice president", "envoy", ""] {
                XCTAssertThrowsError(try db.execute(sql: "INSERT INTO person(statement_id, name, role) VALUES (2, 'y', ?)", arguments: [role]), role) {
                    XCTAssertEqual(($0 as? DatabaseError)?.extendedResultCode, .SQLITE_CONSTRAINT_CHECK)
                }
            }
            // The foreign key still leads to `statement`: deleting one takes its persons.
            try db.execute(sql: "DELETE FROM statement WHERE id = 1")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM person WHERE statement_id = 1"), 0)
        }
    }

    /// An extraction with a new role is archived and shown with it.
    func testANewRoleIsArchivedAndShown() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        var item = Fixtures.extraction("They agreed to build a railway.", commitments: [("agreed to build a railway", .pledge, [])])
        item.extraction.persons = [Person(name: "Amal Haddad", role: .specialEnvoy, party: nil)]
        guard case let .archived(statementID, _) = try archive.ingest(item.article, extraction: item.extraction) else {
            return XCTFail("not archived")
        }
        let detail = try XCTUnwrap(try archive.statement(id: statementID))
        XCTAssertEqual(detail.persons.map(\.role), [.specialEnvoy])
    }
}
