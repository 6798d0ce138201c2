import GRDB
import Model
import TextAnalysis
import XCTest
@testable import Storage

/// Filters on a word search run as facet terms inside FTS5
/// (`Migrations/0002_search_facets.sql`); they must return exactly what the
/// relational tables say, in the same order.
final class SearchFacetTests: XCTestCase {
    /// Facet tokens as the migration derives them from the relational tables.
    static let relationalFacetsSQL = """
        SELECT c.id, (
            SELECT group_concat(token, ' ') FROM (
                SELECT 'p:' || party_code AS token FROM statement_party WHERE statement_id = c.statement_id
                UNION ALL SELECT DISTINCT 't:' || topic FROM commitment_topic WHERE commitment_id = c.id
                UNION ALL SELECT 'c:' || c.type
                UNION ALL SELECT 'k:' || kind FROM statement WHERE id = c.statement_id
                UNION ALL SELECT 'l:' || c.language
                UNION ALL SELECT 'y:' || substr(date, 1, 4) FROM statement WHERE id = c.statement_id AND date IS NOT NULL
            )) AS expected, c.facets
        FROM commitment c ORDER BY c.id
        """

    private func makeArchive() throws -> Archive {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let languages: [Language] = [.english, .french, .arabic]
        let words: [Language: String] = [.english: "cooperation", .french: "coopération", .arabic: "التعاون"]
        var items: [(article: Article, extraction: Extraction)] = []
        for index in 0..<48 {
            let language = languages[index % 3]
            let word = words[language]!
            let clause = index % 5 == 0 ? "\(word) \(word) on trade number \(index)" : "\(word) on energy and water number \(index)"
            let topics: [Topic] = index % 4 == 0 ? [.trade, .trade, .energy] : (index % 4 == 1 ? [.water] : [.energy])
            items.append(Fixtures.extraction(
                "\(clause). Background \(index).", language: language,
                kind: index % 3 == 0 ? .readout : .jointStatement,
                date: index % 11 == 0 ? nil : (index % 2 == 0 ? "20\(10 + index % 15)-0\(1 + index % 9)-15" : "20\(10 + index % 15)"),
                issuers: index % 2 == 0 ? ["CN", "PK"] : ["EG"], mentioned: index % 6 == 0 ? ["SD"] : [],
                commitments: [(clause, index % 3 == 0 ? .call : .pledge, topics)]))
        }
        _ = try archive.ingest(items)
        return archive
    }

    /// The exact column, tokens in the migration's order: statement parties,
    /// topics (each once), type, kind, language, year when known.
    func testColumnsListTokensInTheMigrationsOrder() {
        let dated = SearchFacet.Columns(
            statementParties: ["EG", "SD"] as [PartyCode], kind: .readout, language: .arabic,
            date: StatementDate(iso: "2024-03")!)
        XCTAssertEqual(dated.column(topics: [.trade, .water, .trade], type: .pledge),
                       "\u{E00F}p:EG p:SD t:trade t:water c:pledge k:readout l:ar y:2024")
        XCTAssertEqual(dated.column(topics: [], type: .condemn), "\u{E00F}p:EG p:SD c:condemn k:readout l:ar y:2024")
        let bare = SearchFacet.Columns(statementParties: [] as [PartyCode], kind: .communique, language: .english, date: .unknown)
        XCTAssertEqual(bare.column(topics: [.energy], type: .call), "\u{E00F}t:energy c:call k:communique l:en")
    }

    func testFacetsColumnHoldsWhatTheRelationalTablesSay() throws {
        let archive = try makeArchive()
        try archive.read { db in
            let rows = try Row.fetchAll(db, sql: Self.relationalFacetsSQL)
            XCTAssertEqual(rows.count, 48)
            for row in rows {
                let facets: String = row["facets"]
                XCTAssertTrue(facets.unicodeScalars.first == SearchFacet.marker, "facets start with the marker")
                let stored = Set(facets.unicodeScalars.dropFirst().split(separator: " ").map { String(String.UnicodeScalarView($0)) })
                let expected = Set((row["expected"] as String).split(separator: " ").map(String.init))
                XCTAssertEqual(stored, expected, "commitment \(row["id"] as Int64)")
            }
        }
    }

    /// Every filter as facets against the same filter as joins on the
    /// relational tables, ranked the same way: same rows, same order.
    func testFilteredWordSearchesReturnWhatTheJoinsReturn() throws {
        let archive = try makeArchive()
        typealias Case = (label: String, query: String, raw: Bool, change: (inout CommitmentFilter) -> Void, sql: String)
        let cases: [Case] = [
            ("party", "cooperation", false, { $0.parties = ["SD"] },
             "EXISTS (SELECT 1 FROM statement_party sp WHERE sp.statement_id = c.statement_id AND sp.party_code = 'SD')"),
            ("two parties", "cooperation", false, { $0.parties = ["CN", "PK"] },
             "EXISTS (SELECT 1 FROM statement_party WHERE statement_id = c.statement_id AND party_code = 'CN') AND EXISTS (SELECT 1 FROM statement_party WHERE statement_id = c.statement_id AND party_code = 'PK')"),
            ("topic", "cooperation", false, { $0.topics = [.trade] },
             "EXISTS (SELECT 1 FROM commitment_topic WHERE commitment_id = c.id AND topic = 'trade')"),
            ("types", "cooperation", false, { $0.types = [.call, .welcome] }, "c.type IN ('call', 'welcome')"),
            ("kind", "cooperation", false, { $0.kinds = [.readout] }, "s.kind = 'readout'"),
            ("language", "cooperation", false, { $0.language = .french }, "c.language = 'fr'"),
            ("since a year", "cooperation", false, { $0.since = StatementDate(iso: "2020") }, "substr(s.date, 1, 4) >= '2020'"),
            ("since a month", "cooperation", false, { $0.since = StatementDate(iso: "2020-05") }, "substr(s.date, 1, 7) >= '2020-05'"),
            ("until a day", "cooperation", false, { $0.until = StatementDate(iso: "2014-03-15") }, "substr(s.date, 1, 10) <= '2014-03-15'"),
            ("a wide span", "cooperation", false, { $0.since = StatementDate(iso: "2011"); $0.until = StatementDate(iso: "2023") },
             "substr(s.date, 1, 4) >= '2011' AND substr(s.date, 1, 4) <= '2023'"),
            ("after the last year", "cooperation", false, { $0.since = StatementDate(iso: "2030") }, "substr(s.date, 1, 4) >= '2030'"),
            ("raw OR with a topic", "trade OR water", true, { $0.topics = [.energy] },
             "EXISTS (SELECT 1 FROM commitment_topic WHERE commitment_id = c.id AND topic = 'energy')"),
            ("everything", "cooperation", false, {
                $0.parties = ["CN"]; $0.topics = [.energy]; $0.types = [.pledge, .call]; $0.kinds = [.jointStatement, .readout]
                $0.since = StatementDate(iso: "2012"); $0.until = StatementDate(iso: "2016")
            }, "EXISTS (SELECT 1 FROM statement_party WHERE statement_id = c.statement_id AND party_code = 'CN') AND EXISTS (SELECT 1 FROM commitment_topic WHERE commitment_id = c.id AND topic = 'energy') AND c.type IN ('pledge', 'call') AND substr(s.date, 1, 4) BETWEEN '2012' AND '2016'"),
        ]
        for item in cases {
            var filter = CommitmentFilter(query: item.query)
            filter.rawQuery = item.raw
            item.change(&filter)
            let match = item.raw ? item.query : try FullTextQuery.plain(item.query)
            let expected = try archive.read { db in
                try Int64.fetchAll(db, sql: """
                    SELECT c.id FROM commitment_fts JOIN commitment c ON c.id = commitment_fts.rowid
                    JOIN statement s ON s.id = c.statement_id
                    WHERE commitment_fts MATCH ? AND \(item.sql)
                    ORDER BY entente_rank(commitment_fts), c.id
                    """, arguments: [match])
            }
            XCTAssertEqual(try archive.search(filter).map(\.commitmentID), expected, item.label)
            XCTAssertEqual(try archive.count(filter), expected.count, item.label)
            filter.limit = 3
            XCTAssertEqual(try archive.search(filter).map(\.commitmentID), Array(expected.prefix(3)), item.label + ", limited")
            if ["party", "topic", "since a year", "kind"].contains(item.label) {
                XCTAssertFalse(expected.isEmpty, "\(item.label) must select some rows to prove anything")
                XCTAssertLessThan(expected.count, try archive.count(CommitmentFilter(query: item.query)), item.label)
            }
        }
    }

    /// A ranked search builds its kept rows in a second pass, which for
    /// rare words matches them without the facet terms: rows and snippets
    /// must be those of the pass with the facets.
    func testRareWordsBuildTheSameRowsWithoutTheFacetsInTheSecondPass() throws {
        let archive = try makeArchive()
        let filters: [(String, (inout CommitmentFilter) -> Void)] = [
            ("party", { $0.parties = ["SD"] }),
            ("party and topic", { $0.parties = ["CN"]; $0.topics = [.energy] }),
            ("type and years", { $0.types = [.pledge]; $0.since = StatementDate(iso: "2012"); $0.until = StatementDate(iso: "2020") }),
        ]
        for (label, change) in filters {
            var filter = CommitmentFilter(query: "cooperation on")
            filter.limit = 4
            change(&filter)
            try archive.read { db in
                try archive.norms.refresh(db)
                XCTAssertEqual(try CommitmentSQL.matchCount(of: "cooperation", in: db, upTo: 400), 32, "the English and French clauses")
                XCTAssertEqual(try CommitmentSQL.matchCount(of: "cooperation", in: db, upTo: 10), 10)
                let rare = try CommitmentSQL(filter, in: db)
                let common = try CommitmentSQL(filter, in: db, rareWordMatches: 10)
                XCTAssertNotEqual(rare.arguments, common.arguments, "\(label): the second pass must differ to prove anything")
                let rareRows = try Row.fetchAll(db, sql: rare.sql, arguments: rare.arguments)
                XCTAssertFalse(rareRows.isEmpty, label)
                XCTAssertTrue(rareRows.allSatisfy { ($0["snippet"] as String?)?.contains("[") == true }, label)
                XCTAssertEqual(rareRows, try Row.fetchAll(db, sql: common.sql, arguments: common.arguments), label)
            }
        }
    }

    func testUserWordsCannotMeetFacetTokens() throws {
        let archive = try makeArchive()
        for query in ["p:CN", "c:pledge", "y:2012", "CN", "pledge"] {
            XCTAssertEqual(try archive.count(CommitmentFilter(query: query)), 0, query)
        }
    }

    /// A v1 archive gains its facets column and a two-column index when a
    /// write opens it, and filtered searches then work on its old rows.
    func testMigrationFillsFacetsOfExistingCommitments() throws {
        let path = Fixtures.temporaryPath()
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Archive.migrator.migrate(queue, upTo: "0001_archive.sql")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO party(code, kind) VALUES ('EG', 'country'), ('SD', 'country');
                INSERT INTO statement(id, kind, date, date_precision) VALUES (1, 'communique', '2021-06-02', 'day');
                INSERT INTO article(id, statement_id, content_hash, language, ingested_at, text)
                    VALUES (1, 1, printf('%064d', 1), 'en', '2026-01-01T00:00:00Z', 'Egypt and Sudan pledged water cooperation.');
                INSERT INTO statement_party VALUES (1, 'EG', 'issuer'), (1, 'SD', 'issuer');
                INSERT INTO commitment(id, statement_id, article_id, ordinal, text, start_offset, end_offset, type, language)
                    VALUES (1, 1, 1, 1, 'pledged water cooperation', 16, 41, 'pledge', 'en');
                INSERT INTO commitment_topic VALUES (1, 'water');
                INSERT INTO archive_info VALUES ('analyzer_version', '\(SearchAnalyzer.version)');
                """)
        }
        try queue.close()

        let archive = try Archive(path: path, mode: .write)
        let facets = try archive.read { db in try String.fetchOne(db, sql: "SELECT facets FROM commitment WHERE id = 1") }
        XCTAssertEqual(facets, "\u{E00F}p:EG p:SD t:water c:pledge k:communique l:en y:2021")
        var filter = CommitmentFilter(query: "cooperation")
        filter.parties = ["SD"]
        filter.topics = [.water]
        filter.since = StatementDate(iso: "2021")
        XCTAssertEqual(try archive.search(filter).map(\.commitmentID), [1])
        filter.kinds = [.readout]
        XCTAssertEqual(try archive.search(filter).map(\.commitmentID), [Int64]())
    }
}
