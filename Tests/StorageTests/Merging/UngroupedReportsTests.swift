import GRDB
import TextAnalysis
import XCTest
@testable import Storage

/// Articles archived before merging existed (`0011_ungrouped_reports.sql`):
/// the first opening for writing groups them by today's rules, keeps the
/// ids of the statements that survive, respects the analyst's splits, and
/// does it once.
final class UngroupedReportsTests: XCTestCase {
    static let lead = "Beijing, Jan. 5: China and Pakistan held the seventh round of their strategic dialogue on Monday"
        + " and issued a joint statement in which the two sides agreed to deepen cooperation in trade, finance and"
        + " energy, to protect the workers of the economic corridor, and to hold the next round in Islamabad before"
        + " the end of the year, the foreign ministry said in a statement published on its website."

    /// One old statement a row: its article's text, language, date and round.
    static let old: [(text: String, language: String, date: String, round: Int)] = [
        (lead, "en", "2026-01-05", 7),
        ("La Chine et le Pakistan ont tenu lundi à Pékin le septième cycle de leur dialogue stratégique.", "fr", "2026-01-05", 7),
        ("China and Pakistan held the eighth round of their strategic dialogue in March.", "en", "2026-03-10", 8),
        // Another outlet's copy of the first, one word changed.
        (lead.replacingOccurrences(of: "website", with: "site"), "en", "2026-01-05", 7),
    ]

    private func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        return configuration
    }

    /// An archive as an Entente before merging left it (up to `migration`,
    /// 0006 or later): a statement per article, each with a clause.
    private func makeOldArchive(upTo migration: String, then: (Database) throws -> Void = { _ in }) throws -> String {
        let path = Fixtures.temporaryPath()
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        try Archive.migrator.migrate(queue, upTo: "0006_person_roles.sql")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO archive_info VALUES ('analyzer_version', '\(SearchAnalyzer.version)')")
            try db.execute(sql: "INSERT INTO party(code, kind) VALUES ('CN', 'country'), ('PK', 'country')")
            for (index, report) in Self.old.enumerated() {
                let id = index + 1
                try db.execute(sql: """
                    INSERT INTO statement(id, kind, date, date_precision, venue, mechanism, round)
                    VALUES (?, 'joint_statement', ?, 'day', 'Beijing', 'strategic dialogue', ?)
                    """, arguments: [id, report.date, report.round])
                try db.execute(sql: """
                    INSERT INTO article(id, statement_id, content_hash, language, published, ingested_at, text)
                    VALUES (?, ?, ?, ?, ?, '2026-01-06T00:00:00Z', ?)
                    """, arguments: [id, id, Archive.contentHash(of: report.text), report.language, report.date, report.text])
                try db.execute(sql: "INSERT INTO statement_party VALUES (?, 'CN', 'issuer'), (?, 'PK', 'issuer')", arguments: [id, id])
                try db.execute(sql: "INSERT INTO person(statement_id, name, role, party_code) VALUES (?, 'Wang Yi', 'foreign_minister', 'CN')",
                               arguments: [id])
                let clause = String(report.text.prefix(40))
                try db.execute(sql: """
                    INSERT INTO commitment(id, statement_id, article_id, ordinal, text, start_offset, end_offset, type, language)
                    VALUES (?, ?, ?, 1, ?, 0, 40, 'pledge', ?)
                    """, arguments: [id, id, id, clause, report.language])
            }
        }
        try Archive.migrator.migrate(queue, upTo: migration)
        try queue.write(then)
        try queue.close()
        return path
    }

    private func statements(_ archive: Archive) throws -> [Int64: [Int64]] {
        try archive.write { db in
            Dictionary(grouping: try Row.fetchAll(db, sql: "SELECT id, statement_id FROM article"), by: { $0[1] as Int64 })
                .mapValues { $0.map { $0[0] as Int64 }.sorted() }
        }
    }

    func testOldReportsOfOneStatementBecomeOneAndTheSmallestIdSurvives() throws {
        let archive = try Archive(path: try makeOldArchive(upTo: "0006_person_roles.sql"), mode: .write)
        XCTAssertEqual(try statements(archive), [1: [1, 2, 4], 3: [3]], "the eighth round stays apart")
        for old: Int64 in [2, 4] {
            XCTAssertEqual(try archive.statement(id: old)?.id, 1, "statement \(old) leads to the one that took it over")
        }
        let detail = try XCTUnwrap(try archive.statement(id: 1))
        XCTAssertEqual(detail.sources.map(\.articleID), [1, 2, 4])
        XCTAssertTrue(detail.sources[2].joined.contains { $0.hasPrefix("with article 1: near-copy") }, "\(detail.sources[2].joined)")
        XCTAssertTrue(detail.sources[1].joined.contains { $0.hasPrefix("with article 1: same issuers CN+PK, same date 2026-01-05") },
                      "\(detail.sources[1].joined)")
        XCTAssertEqual(try archive.stats().statements, 2)
        XCTAssertEqual(detail.persons.map(\.name), ["Wang Yi"], "each old report's person is the one person")
        XCTAssertEqual(detail.persons.first?.names.map(\.articles), [[1, 2, 4]])
        try archive.write { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM report_ungrouped"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM report WHERE signature IS NULL"), 0)
            XCTAssertEqual(try Int64.fetchAll(db, sql: "SELECT commitment_id FROM commitment_repeat"), [4],
                           "the copy's clause repeats the first report's")
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
        }
    }

    func testAnAnalystsSplitMadeBeforeTheGroupingKeepsItsArticleApart() throws {
        let path = try makeOldArchive(upTo: "0010_report_place_lookup.sql") { db in
            try db.execute(sql: "INSERT INTO report_split(article_id) VALUES (2)")
        }
        let archive = try Archive(path: path, mode: .write)
        XCTAssertEqual(try statements(archive), [1: [1, 4], 2: [2], 3: [3]])
    }

    func testTheGroupingIsDoneOnceAndOpeningAgainChangesNothing() throws {
        let path = try makeOldArchive(upTo: "0006_person_roles.sql")
        let first = try Archive(path: path, mode: .write)
        let links = try first.write { db in try Row.fetchAll(db, sql: "SELECT * FROM report_link ORDER BY article_id, other_id") }
        XCTAssertEqual(links.count, 3, "2–1 and 4–1, 4–2 (the copy and the French report agree too)")
        try first.close()
        let again = try Archive(path: path, mode: .write)
        XCTAssertEqual(try again.write { db in try Row.fetchAll(db, sql: "SELECT * FROM report_link ORDER BY article_id, other_id") }, links)
        XCTAssertEqual(try statements(again), [1: [1, 2, 4], 3: [3]])
    }

    /// A grouping that fails part way writes nothing (one transaction), and
    /// the next opening for writing does it.
    func testAGroupingThatFailsLeavesTheArchiveAsItWasAndTheNextOpeningDoesIt() throws {
        let path = try makeOldArchive(upTo: "0012_report_persons.sql") { db in
            try db.execute(sql: "CREATE TRIGGER refuse_links BEFORE INSERT ON report_link BEGIN SELECT RAISE(ABORT, 'refused'); END")
        }
        XCTAssertThrowsError(try Archive(path: path, mode: .write))
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        try queue.write { db in
            for (sql, count) in [("SELECT count(*) FROM report_ungrouped", 4), ("SELECT count(*) FROM report WHERE signature IS NOT NULL", 0),
                                 ("SELECT count(*) FROM report_band", 0), ("SELECT count(DISTINCT statement_id) FROM article", 4),
                                 ("SELECT count(*) FROM statement_alias", 0)] {
                XCTAssertEqual(try Int.fetchOne(db, sql: sql), count, sql)
            }
            try db.execute(sql: "DROP TRIGGER refuse_links")
        }
        try queue.close()
        XCTAssertEqual(try statements(try Archive(path: path, mode: .write)), [1: [1, 2, 4], 3: [3]])
    }

    /// Reading only: an archive that still has reports to group is one a
    /// write command must finish first, as for any migration.
    func testAReaderAsksForAWriteCommandFirst() throws {
        let path = try makeOldArchive(upTo: "0006_person_roles.sql")
        XCTAssertThrowsError(try Archive(path: path, mode: .read)) { XCTAssertEqual($0 as? StorageError, .outdated(path: path)) }
    }
}
