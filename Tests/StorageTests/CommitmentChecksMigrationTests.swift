import GRDB
import Model
import TextAnalysis
import XCTest
@testable import Storage

/// `Migrations/0004_commitment_checks.sql` rebuilds `commitment` with its
/// IN-list checks spelled as OR-ed comparisons: rows, links, index, triggers
/// and the rules themselves must come out as they went in.
final class CommitmentChecksMigrationTests: XCTestCase {
    /// A v3 archive with commitments, written before the migration existed.
    private func makeVersion3Archive() throws -> String {
        let path = Fixtures.temporaryPath()
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Archive.migrator.migrate(queue, upTo: "0003_length_blocks.sql")
        try queue.close()
        // Written by today's code path, into the v3 schema: the archive opens
        // migrated, so write through a connection that knows only v3.
        let items = (0..<30).map { article in
            Fixtures.extraction(
                "Egypt and Sudan pledged water cooperation \(article). They condemned the attack \(article).",
                language: [.english, .french, .arabic][article % 3], issuers: ["EG", "SD"],
                commitments: [("pledged water cooperation \(article)", .pledge, [.water, .diplomaticProcess]),
                              ("They condemned the attack \(article)", .condemn, [.security])])
        }
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        try writer.write { db in
            try db.execute(sql: "INSERT INTO archive_info VALUES ('analyzer_version', '\(SearchAnalyzer.version)')")
            try db.execute(sql: "INSERT INTO party(code, kind) VALUES ('EG', 'country'), ('SD', 'country')")
            for (index, item) in items.enumerated() {
                let statement = index + 1
                // A day each, two days apart: the same issuers' joint texts on one
                // day, or a day apart, would be reports of one statement, which
                // the first opening groups (0011).
                try db.execute(sql: """
                    INSERT INTO statement(id, kind, date, date_precision) VALUES (?, 'communique', printf('2021-%02d-%02d', ?, ?), 'day')
                    """, arguments: [statement, 1 + index / 14, 1 + 2 * (index % 14)])
                try db.execute(sql: """
                    INSERT INTO article(id, statement_id, content_hash, language, ingested_at, text)
                    VALUES (?, ?, printf('%064d', ?), ?, '2026-01-01T00:00:00Z', ?)
                    """, arguments: [statement, statement, statement, item.extraction.language.rawValue, item.extraction.text])
                try db.execute(sql: "INSERT INTO statement_party VALUES (?, 'EG', 'issuer'), (?, 'SD', 'issuer')",
                               arguments: [statement, statement])
                for (ordinal, commitment) in item.extraction.commitments.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO commitment(statement_id, article_id, ordinal, text, start_offset, end_offset, type, language, facets)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [statement, statement, ordinal + 1, commitment.text, commitment.start, commitment.end,
                                         commitment.type.rawValue, item.extraction.language.rawValue,
                                         "\u{E00F}p:EG p:SD c:\(commitment.type.rawValue) k:communique l:\(item.extraction.language.rawValue) y:2021"])
                    let id = db.lastInsertedRowID
                    for topic in commitment.topics {
                        try db.execute(sql: "INSERT INTO commitment_topic VALUES (?, ?)", arguments: [id, topic.rawValue])
                    }
                    try db.execute(sql: "INSERT INTO commitment_party VALUES (?, 'EG')", arguments: [id])
                }
            }
        }
        try writer.close()
        return path
    }

    private static let rowsSQL = """
        SELECT c.id, c.statement_id, c.article_id, c.ordinal, c.text, c.start_offset, c.end_offset, c.type, c.context,
               c.target, c.language, c.search_text, c.facets,
               (SELECT group_concat(topic) FROM commitment_topic WHERE commitment_id = c.id) AS topics,
               (SELECT group_concat(party_code) FROM commitment_party WHERE commitment_id = c.id) AS parties
        FROM commitment c ORDER BY c.id
        """

    func testRowsLinksAndIndexSurviveTheRebuild() throws {
        let path = try makeVersion3Archive()
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let before = try DatabaseQueue(path: path, configuration: configuration).read { db in try Row.fetchAll(db, sql: Self.rowsSQL) }
        XCTAssertEqual(before.count, 60)

        let archive = try Archive(path: path, mode: .write)
        try archive.write { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: Self.rowsSQL), before)
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), Archive.latestMigrationVersion)
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'commitment'") ?? ""
            XCTAssertFalse(sql.contains("type IN"), sql)
            XCTAssertFalse(sql.contains("language IN"), sql)
            XCTAssertEqual(try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE tbl_name = 'commitment' AND type IN ('index', 'trigger') ORDER BY name
                """), ["commitment_article", "commitment_fts_delete", "commitment_fts_insert", "commitment_fts_update",
                       "commitment_fts_update_facets", "sqlite_autoindex_commitment_1"])
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'commitment_new'"), 0)
            XCTAssertEqual(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), [])
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
            try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts, rank) VALUES ('integrity-check', 1)")
        }
        // The index was not rebuilt, and still finds the old rows; new ones go through the new triggers.
        XCTAssertEqual(try archive.count(CommitmentFilter(query: "cooperation")), 30)
        let item = Fixtures.extraction("They agreed to build a railway.", commitments: [("agreed to build a railway", .pledge, [.infrastructure])])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        var filter = CommitmentFilter(query: "railway")
        filter.topics = [.infrastructure]
        XCTAssertEqual(try archive.count(filter), 1)
        try archive.write { db in
            try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    /// The rewritten checks accept and refuse what the IN lists did.
    func testTheChecksKeepTheirRules() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let item = Fixtures.extraction("They agreed to meet.", commitments: [("agreed to meet", .pledge, [])])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        try archive.write { db in
            func insert(type: String?, language: String?) throws {
                try db.execute(sql: """
                    INSERT INTO commitment(statement_id, article_id, ordinal, text, start_offset, end_offset, type, language)
                    VALUES (1, 1, (SELECT max(ordinal) + 1 FROM commitment), 'x', 0, 1, ?, ?)
                    """, arguments: [type, language])
            }
            for type in CommitmentType.allCases.map(\.rawValue) {
                for language in ["ar", "en", "fr"] { XCTAssertNoThrow(try insert(type: type, language: language)) }
            }
            for (type, language) in [("Pledge", "en"), ("pledge ", "en"), ("other", "en"), ("pledge", "EN"), ("pledge", "de"),
                                     ("pledge", "")] {
                XCTAssertThrowsError(try insert(type: type, language: language), "\(type) \(language)") { error in
                    XCTAssertEqual((error as? DatabaseError)?.extendedResultCode, .SQLITE_CONSTRAINT_CHECK)
                }
            }
            XCTAssertThrowsError(try insert(type: nil, language: "en"))
            XCTAssertThrowsError(try insert(type: "pledge", language: nil))
        }
    }
}
