import GRDB
import Model
import XCTest
@testable import Storage

final class IngestTests: XCTestCase {
    func testArticleIsStoredWithStatementPartiesPersonsAndCommitments() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let item = Fixtures.extraction(
            "China and Pakistan agreed to deepen cooperation. They condemned terrorism.",
            mentioned: ["AF"],
            commitments: [("agreed to deepen cooperation", .pledge, [.diplomaticProcess]),
                          ("They condemned terrorism", .condemn, [.counterterrorism])])
        let outcome = try archive.ingest(item.article, extraction: item.extraction)
        XCTAssertEqual(outcome, .archived(statementID: 1, commitments: 2))
        try archive.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM commitment"), 2)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT party_code FROM statement_party WHERE role = 'issuer' ORDER BY 1"), ["CN", "PK"])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT party_code FROM statement_party WHERE role = 'mentioned'"), ["AF"])
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT name_ar FROM party WHERE code = 'PK'"), "باكستان")
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT name_fr FROM party WHERE code = 'CN'"), "Chine")
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT name FROM person"), "Wang Yi")
            XCTAssertEqual(try Row.fetchOne(db, sql: "SELECT start_offset, end_offset FROM commitment WHERE ordinal = 2")?[0], 49)
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok")
        }
    }

    func testSameTextTwiceIsStoredOnce() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let item = Fixtures.extraction("They agreed to meet.", commitments: [("agreed to meet", .pledge, [])])
        XCTAssertEqual(try archive.ingest(item.article, extraction: item.extraction), .archived(statementID: 1, commitments: 1))
        XCTAssertEqual(try archive.ingest(item.article, extraction: item.extraction), .alreadyArchived(statementID: 1))
        XCTAssertEqual(try archive.stats().articles, 1)
        XCTAssertEqual(try archive.stats().commitments, 1)
    }

    func testFailingArticleInABatchLeavesNoTraceAndOthersAreKept() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let good = Fixtures.extraction("They agreed to meet.", commitments: [("agreed to meet", .pledge, [])])
        var bad = Fixtures.extraction("They welcomed the talks.", commitments: [("welcomed the talks", .welcome, [])])
        bad.extraction.commitments[0].end = bad.extraction.commitments[0].start  // an empty span breaks a CHECK
        // A party first met in the batch: the retried pass must insert its row again.
        let also = Fixtures.extraction("They called for calm.", issuers: ["EG"], commitments: [("called for calm", .call, [])])
        let results = try archive.ingest([good, bad, also])
        XCTAssertNoThrow(try results[0].get())
        XCTAssertThrowsError(try results[1].get()) { error in
            XCTAssertTrue("\(error.localizedDescription)".contains("CHECK constraint failed"), "\(error)")
        }
        XCTAssertNoThrow(try results[2].get())
        let stats = try archive.stats()
        XCTAssertEqual(stats.articles, 2)
        XCTAssertEqual(stats.statements, 2)
        XCTAssertEqual(stats.commitments, 2)
        XCTAssertEqual(try archive.count(CommitmentFilter(query: "calm")), 1)
        XCTAssertEqual(try archive.count(CommitmentFilter(query: "welcomed")), 0)
        try archive.write { db in
            try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts, rank) VALUES ('integrity-check', 1)")
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT code FROM party ORDER BY code"), ["CN", "EG", "PK"])
        }
    }

    /// A batch's commitments go in multi-row INSERTs of up to 1,000 rows;
    /// 1,250 make a full one and a short one, and every commitment must keep
    /// its own parties and topics.
    func testCommitmentsOfALargeBatchKeepTheirOwnPartiesAndTopics() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let topics: [Topic] = [.trade, .energy, .water, .health, .culture]
        let items = (0..<50).map { article in
            let clauses = (0..<25).map { "clause \(article * 25 + $0) on \(topics[(article * 25 + $0) % topics.count].rawValue)" }
            var item = Fixtures.extraction(
                clauses.joined(separator: ". ") + ".", issuers: article % 2 == 0 ? ["EG", "SD"] : ["CN"],
                commitments: clauses.enumerated().map { ($1, .pledge, [topics[(article * 25 + $0) % topics.count]]) })
            item.extraction.commitments = item.extraction.commitments.map { var c = $0; c.by = [article % 2 == 0 ? "EG" : "CN"]; return c }
            return item
        }
        let results = try archive.ingest(items)
        XCTAssertTrue(results.allSatisfy { (try? $0.get()) != nil })
        try archive.write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.text, c.ordinal, (SELECT group_concat(topic) FROM commitment_topic WHERE commitment_id = c.id) AS topics,
                       (SELECT group_concat(party_code) FROM commitment_party WHERE commitment_id = c.id) AS by
                FROM commitment c ORDER BY c.id
                """)
            XCTAssertEqual(rows.count, 1_250)
            for (index, row) in rows.enumerated() {
                XCTAssertEqual(row["text"] as String, "clause \(index) on \(topics[index % topics.count].rawValue)")
                XCTAssertEqual(row["topics"] as String, topics[index % topics.count].rawValue)
                XCTAssertEqual(row["by"] as String, (index / 25) % 2 == 0 ? "EG" : "CN")
                XCTAssertEqual(row["ordinal"] as Int, index % 25 + 1)
            }
            try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts, rank) VALUES ('integrity-check', 1)")
        }
        XCTAssertEqual(try archive.count(CommitmentFilter(query: "clause")), 1_250)
        var filter = CommitmentFilter(query: "clause")
        filter.topics = [.water]
        XCTAssertEqual(try archive.count(filter), 250)
    }

    /// A batch's commitments reach the index through one statement, so FTS5
    /// writes them as one segment (a segment per statement made it merge
    /// constantly); the table they are read from stays out of the file.
    func testABatchIsIndexedAsOneSegmentAndLeavesNoStagingTableInTheArchive() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        let items = (0..<60).map { article in
            let clauses = (0..<25).map { "clause \(article * 25 + $0) on trade" }
            return Fixtures.extraction(
                clauses.joined(separator: ". ") + ".",
                commitments: clauses.map { ($0, .pledge, [.trade]) })
        }
        XCTAssertTrue(try archive.ingest(items).allSatisfy { (try? $0.get()) != nil })
        try archive.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM commitment_fts_idx"), 1)
            // No temporary table; the pending rows' table is empty between writes.
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_temp_master"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(PendingRows.tableName)"), 0)
        }
        XCTAssertTrue(try archive.ingest(Array(items.prefix(3))).allSatisfy {
            if case .alreadyArchived = try? $0.get() { return true } else { return false }
        })
        let other = try DatabaseQueue(path: path)
        try other.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name LIKE '%pending%'"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_temp_master"), 0)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM commitment"), 1_500)
        }
        XCTAssertEqual(try archive.count(CommitmentFilter(query: "clause")), 1_500)
    }

    /// Parties and topics go in multi-row INSERTs across commitments: a
    /// commitment with several of each, or one named twice, keeps exactly its own.
    func testCommitmentsWithSeveralPartiesAndTopicsKeepExactlyTheirOwn() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let topicSets: [[Topic]] = [[], [.trade], [.trade, .energy, .trade], [.water, .health, .culture, .security]]
        let partySets: [[PartyCode]] = [["EG"], ["EG", "SD", "EG"], ["CN", "PK", "EG", "SD"]]
        var expected: [(by: String, topics: String)] = []
        let items = (0..<40).map { article in
            let clauses = (0..<30).map { "clause \(article * 30 + $0)" }
            var item = Fixtures.extraction(
                clauses.joined(separator: ". ") + ".", issuers: ["CN", "PK", "EG", "SD"],
                commitments: clauses.enumerated().map { ($1, .pledge, topicSets[(article + $0) % topicSets.count]) })
            for index in item.extraction.commitments.indices {
                let by = partySets[(article * 7 + index) % partySets.count]
                item.extraction.commitments[index].by = by
                expected.append((Set(by.map(\.rawValue)).sorted().joined(separator: ","),
                                 Set(item.extraction.commitments[index].topics.map(\.rawValue)).sorted().joined(separator: ",")))
            }
            return item
        }
        XCTAssertTrue(try archive.ingest(items).allSatisfy { (try? $0.get()) != nil })
        try archive.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT (SELECT group_concat(party_code) FROM (SELECT party_code FROM commitment_party
                            WHERE commitment_id = c.id ORDER BY 1)) AS by,
                       (SELECT group_concat(topic) FROM (SELECT topic FROM commitment_topic
                            WHERE commitment_id = c.id ORDER BY 1)) AS topics
                FROM commitment c ORDER BY c.id
                """)
            XCTAssertEqual(rows.count, expected.count)
            for (row, want) in zip(rows, expected) {
                XCTAssertEqual(row["by"] as String? ?? "", want.by)
                XCTAssertEqual(row["topics"] as String? ?? "", want.topics)
            }
        }
    }

    /// Hashes handed over by a caller that already computed them are the
    /// ones stored: the same text later, hashed here, is known.
    func testGivenContentHashesAreStoredAndRecognised() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let item = Fixtures.extraction("They agreed to meet in Cairo.", commitments: [("agreed to meet in Cairo", .pledge, [])])
        let first = try archive.ingest([item], contentHashes: [Archive.contentHash(of: item.extraction.text)])
        guard case let .archived(statementID, _) = try first[0].get() else { return XCTFail("not archived: \(first)") }
        XCTAssertEqual(try archive.ingest(item.article, extraction: item.extraction), .alreadyArchived(statementID: statementID))
        XCTAssertEqual(try archive.contentHashes(), [Archive.contentHash(of: item.extraction.text): statementID])
    }

    func testUnknownDateIsStoredAsUnknownNeverGuessed() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let item = Fixtures.extraction("They agreed to meet.", date: nil, commitments: [("agreed to meet", .pledge, [])])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        let detail = try XCTUnwrap(try archive.statement(id: 1))
        XCTAssertNil(detail.date)
        XCTAssertEqual(detail.datePrecision, .unknown)
    }

    /// The article's own rows (statement, article, its parties, persons)
    /// are bound outside GRDB: every column keeps its value and type,
    /// persons keep the order, and so the ids, they come in, and a row that
    /// breaks a rule fails its article alone with SQLite's message.
    func testArticleRowsKeepTheirValuesOrderAndErrors() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        var item = Fixtures.extraction("Ministers met in Doha.", mentioned: ["AF"], round: 7, commitments: [("Ministers met", .pledge, [])])
        item.extraction.persons = [
            Person(name: "Zeta", role: .minister, party: "PK"), Person(name: "Alpha", role: .president, party: nil),
            Person(name: "وزير", role: .emir, party: "QA"),
        ]
        var bad = Fixtures.extraction("They met again.", commitments: [("They met again", .pledge, [])])
        bad.extraction.statement.round = 0  // CHECK (round IS NULL OR round > 0)
        var undated = Fixtures.extraction("They talked.", date: nil, commitments: [("They talked", .position, [])])
        undated.extraction.statement.venue = nil
        undated.extraction.statement.round = nil
        undated.article.title = nil
        undated.article.published = nil
        let results = try archive.ingest([item, bad, undated])
        XCTAssertNoThrow(try results[0].get())
        XCTAssertThrowsError(try results[1].get()) { error in
            XCTAssertTrue("\(error.localizedDescription)".contains("CHECK constraint failed"), "\(error)")
        }
        XCTAssertNoThrow(try results[2].get())
        try archive.read { db in
            let persons = try Row.fetchAll(db, sql: "SELECT name, role, party_code FROM person WHERE statement_id = 1 ORDER BY id")
            XCTAssertEqual(persons.map { $0[0] as String }, ["Zeta", "Alpha", "وزير"])
            XCTAssertEqual(persons.map { $0[1] as String }, ["minister", "president", "emir"])
            XCTAssertEqual(persons.map { $0[2] as String? }, ["PK", nil, "QA"])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT party_code || ':' || role FROM statement_party WHERE statement_id = 1 ORDER BY 1"),
                           ["AF:mentioned", "CN:issuer", "PK:issuer"])
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT code FROM party ORDER BY code"), ["AF", "CN", "PK", "QA"])
            let statements = try Row.fetchAll(db, sql: """
                SELECT kind, date, date_precision, venue, mechanism, round, typeof(round), typeof(date), typeof(venue)
                FROM statement ORDER BY id
                """)
            XCTAssertEqual(statements.count, 2)
            func values(_ row: Row) -> [DatabaseValue] { Array(row.databaseValues) }
            func values(_ items: [(any DatabaseValueConvertible)?]) -> [DatabaseValue] { items.map { $0?.databaseValue ?? .null } }
            XCTAssertEqual(values(statements[0]), values(["joint_statement", "2026-01-05", "day", "Beijing", "strategic dialogue", 7, "integer", "text", "text"]))
            XCTAssertEqual(values(statements[1]), values(["joint_statement", nil, "unknown", nil, "strategic dialogue", nil, "null", "null", "null"]))
            let articles = try Row.fetchAll(db, sql: """
                SELECT statement_id, title, source, url, language, published, text, length(content_hash), typeof(title), typeof(published)
                FROM article ORDER BY id
                """)
            XCTAssertEqual(values(articles[0]), values([1, "Title", "Agency", "https://example.org/a", "en", "2026-01-05", "Ministers met in Doha.", 64, "text", "text"]))
            XCTAssertEqual(values(articles[1]), values([2, nil, "Agency", "https://example.org/a", "en", nil, "They talked.", 64, "null", "null"]))
        }
    }
}
