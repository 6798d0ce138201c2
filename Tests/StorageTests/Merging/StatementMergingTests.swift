import GRDB
import Model
import XCTest
@testable import Storage

/// Reports joining statements in an archive: repeated clauses, counts,
/// bridges, the analyst's merge and split, and what survives re-ingest.
final class StatementMergingTests: XCTestCase {
    let clause = "The two sides agreed to deepen cooperation in trade"

    /// A report of the round-7 statement (or `round`), with its own text.
    func report(_ lead: String, round: Int = 7, date: String? = "2026-01-05", published: String = "2026-01-05",
                language: Language = .english, clause given: String? = nil, extra: String? = nil)
        -> (article: Article, extraction: Extraction) {
        let clause = given ?? self.clause
        var clauses = [(clause, CommitmentType.pledge, [Topic.trade])]
        if let extra { clauses.append((extra, .call, [])) }
        var item = Fixtures.extraction(lead + " " + clause + "." + (extra.map { " " + $0 + "." } ?? ""), language: language,
                                       date: date, round: round, commitments: clauses)
        item.article.published = StatementDate(iso: published)
        return item
    }

    func statementOf(_ item: (article: Article, extraction: Extraction), in archive: Archive) throws -> Int64? {
        try archive.contentHashes()[Archive.contentHash(of: item.extraction.text)]
    }

    func testAReportThatRepeatsAClauseCountsItOnceAndSaysHowManyReportsCarryIt() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let first = report("Xinhua:")
        let second = report("APP:", extra: "They called for calm")
        XCTAssertEqual(try archive.ingest(first.article, extraction: first.extraction), .archived(statementID: 1, commitments: 1))
        XCTAssertEqual(try archive.ingest(second.article, extraction: second.extraction), .archived(statementID: 1, commitments: 2))
        let stats = try archive.stats()
        XCTAssertEqual(stats.statements, 1)
        XCTAssertEqual(stats.articles, 2)
        XCTAssertEqual(stats.commitments, 2, "the repeated clause counts once")

        let once = try archive.search(CommitmentFilter())
        XCTAssertEqual(once.map(\.text), ["They called for calm", clause].sorted(by: { a, _ in a == clause }).reversed().sorted())
        let repeated = try XCTUnwrap(once.first { $0.text == clause })
        XCTAssertEqual(repeated.reports, 2)
        XCTAssertEqual(repeated.reportArticles, [1, 2])
        XCTAssertEqual(try archive.search(CommitmentFilter(query: "cooperation")).count, 1)
        XCTAssertEqual(try archive.count(CommitmentFilter(query: "cooperation")), 1)

        var every = CommitmentFilter()
        every.everyReport = true
        let rows = try archive.search(every)
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows.filter { $0.text == clause }.map(\.articleID).sorted(), [1, 2])
        XCTAssertTrue(rows.filter { $0.text == clause }.allSatisfy { $0.reports == 2 })
        every.query = "cooperation"
        XCTAssertEqual(try archive.search(every).count, 2)

        let detail = try XCTUnwrap(try archive.statement(id: 1))
        XCTAssertEqual(detail.sources.map(\.articleID), [1, 2])
        XCTAssertEqual(detail.sources[1].joined.count, 1)
        XCTAssertTrue(detail.sources[1].joined[0].hasPrefix("with article 1: near-copy: "), detail.sources[1].joined[0])
        XCTAssertTrue(detail.sources[1].joined[0].hasSuffix("shingles in the other, same issuers CN+PK"), detail.sources[1].joined[0])
        XCTAssertEqual(detail.commitments.count, 3, "show lists every report's clauses")
    }

    func testClausesInAnotherLanguageStaySeparateRowsOfTheOneStatement() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let english = report("Xinhua:")
        let french = Fixtures.extraction("Les deux parties sont convenues de renforcer leur coopération.", language: .french,
                                         round: 7, commitments: [("sont convenues de renforcer leur coopération", .pledge, [.trade])])
        _ = try archive.ingest([english, french])
        XCTAssertEqual(try archive.stats().statements, 1)
        XCTAssertEqual(try archive.stats().commitments, 2)
        XCTAssertEqual(Set(try archive.search(CommitmentFilter()).map(\.statementID)), [1])
    }

    /// A report dated only by its publication links to two statements that
    /// stay apart from each other: they become one, the smaller id, and
    /// the other id still leads to it. In any order, the same grouping.
    func testAnArticleThatBridgesTwoStatementsMakesThemOneWhateverTheOrder() throws {
        // Three texts in other words: no near-copies, only dates and issuers.
        let dated = report("Beijing, Jan. 5:", round: 7, date: "2026-01-05", clause: "Both pledged closer ties in trade and energy")
        let late = report("A weekly digest:", round: 7, date: nil, published: "2026-01-08",
                          clause: "China and Pakistan vowed to widen commerce under their dialogue")
        let bridge = report("Analysis:", round: 7, date: nil, published: "2026-01-07",
                            clause: "Islamabad and Beijing promised more cooperation on markets")
        let items = [dated, late, bridge]
        // (dated, late) are three days apart; bridge is within reach of both.
        for order in [[0, 1, 2], [2, 0, 1], [1, 2, 0], [0, 2, 1]] {
            let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
            for index in order { _ = try archive.ingest(items[index].article, extraction: items[index].extraction) }
            let statements = try items.map { try statementOf($0, in: archive) }
            XCTAssertEqual(Set(statements), [1], "order \(order)")
            XCTAssertEqual(try archive.stats().statements, 1)
            if order == [0, 1, 2] {
                XCTAssertEqual(try archive.statement(id: 2)?.id, 1, "an absorbed id leads to its statement")
                XCTAssertEqual(try archive.statement(id: 1)?.formerIDs, [2])
                XCTAssertEqual(try archive.statement(id: 1)?.date, "2026-01-05")
            }
        }
    }

    func testTheAnalystsSplitAndMergeSurviveReingestAndAnIndexRebuild() throws {
        let path = Fixtures.temporaryPath()
        let archive = try Archive(path: path, mode: .write)
        let a = report("First:")
        let b = report("Second, in other words of the same:", extra: "Both urged restraint")
        let other = report("Another round:", round: 8, date: "2026-06-01", published: "2026-06-01")
        _ = try archive.ingest([a, b, other])
        XCTAssertEqual(try statementOf(b, in: archive), 1)
        XCTAssertEqual(try statementOf(other, in: archive), 2)

        // Split: article 2 leaves; statement 1 keeps its id and article 1.
        XCTAssertEqual(try archive.search(CommitmentFilter()).filter { $0.text == clause }.count, 2)
        let split = try archive.split(article: 2)
        XCTAssertEqual(split, 3)
        XCTAssertEqual(try statementOf(a, in: archive), 1)
        XCTAssertEqual(try archive.statement(id: 3)?.sources.first?.splitByAnalyst, true)
        XCTAssertEqual(try archive.search(CommitmentFilter()).filter { $0.text == clause }.count, 3, "a and b no longer one clause")

        // Merge: the other round's statement and statement 1, by the analyst.
        XCTAssertEqual(try archive.merge(2, 1), 1)
        XCTAssertEqual(try statementOf(other, in: archive), 1)
        XCTAssertEqual(try archive.statement(id: 2)?.id, 1)

        // Re-ingest, a new report of the statement, a rebuilt index: nothing undone.
        XCTAssertEqual(try archive.ingest([a, b, other]).map { try $0.get() },
                       [.alreadyArchived(statementID: 1), .alreadyArchived(statementID: 3), .alreadyArchived(statementID: 1)])
        let c = report("Third:")
        _ = try archive.ingest(c.article, extraction: c.extraction)
        XCTAssertEqual(try statementOf(c, in: archive), 1, "joins the statement of article 1, not the split article")
        XCTAssertEqual(try statementOf(b, in: archive), 3)
        try archive.write { db in try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts) VALUES ('rebuild')") }
        let reopened = try Archive(path: path, mode: .read)
        XCTAssertEqual(try statementOf(b, in: reopened), 3)
        XCTAssertEqual(try statementOf(other, in: reopened), 1)
        XCTAssertEqual(try reopened.stats().statements, 2)

        // Merging the split article back is the analyst's last word too.
        XCTAssertEqual(try archive.merge(3, 1), 1)
        XCTAssertEqual(try statementOf(b, in: archive), 1)
        XCTAssertEqual(try archive.stats().statements, 1)
    }

    /// Facets follow the statement an article joined: `--kind` and
    /// `--party` filters in search agree with the relational tables,
    /// whether the joining report came in a batch of its own or in the
    /// batch that made the statement (its commitments then reach the index
    /// with the statement's facets), and the index stays whole.
    func testFiltersSeeTheMergedStatementsKindAndPartiesInOneBatchOrTwo() throws {
        var news = report("A news report:")
        news.extraction.statement.kind = .newsReport
        news.extraction.parties.append(Party(code: "AF", role: .mentioned))
        let joint = Fixtures.extraction("Les deux parties sont convenues de renforcer leur coopération.", language: .french,
                                        round: 7, commitments: [("sont convenues de renforcer leur coopération", .pledge, [.trade])])
        for batches in [[[news], [joint]], [[news, joint]], [[joint, news]]] {
            let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
            for batch in batches { _ = try archive.ingest(batch) }
            let label = "\(batches.map(\.count)) batches, French first: \(batches[0][0].article.text == joint.article.text)"
            XCTAssertEqual(try archive.statement(id: 1)?.kind, .jointStatement, "a document's own kind over news_report, \(label)")
            var filter = CommitmentFilter(query: "cooperation")
            filter.kinds = [.jointStatement]
            filter.parties = ["AF"]
            // `cooperation` asks for the English and the French stem: both
            // reports' clauses, the French one inheriting the mention of AF.
            XCTAssertEqual(Set(try archive.search(filter).map(\.language)), [.english, .french], label)
            XCTAssertEqual(try archive.count(filter), 2, label)
            try assertIndexWhole(archive)
        }
    }

    /// An article that bridges two statements made in its own batch: the
    /// statements become one and every commitment takes its facets.
    func testABridgeInsideOneBatchLeavesEveryCommitmentWithTheMergedFacets() throws {
        var dated = report("Beijing, Jan. 5:", round: 7, date: "2026-01-05", clause: "Both pledged closer ties in trade and energy")
        dated.extraction.parties.append(Party(code: "AF", role: .mentioned))
        let late = report("A weekly digest:", round: 7, date: nil, published: "2026-01-08",
                          clause: "China and Pakistan vowed to widen commerce under their dialogue")
        let bridge = report("Analysis:", round: 7, date: nil, published: "2026-01-07",
                            clause: "Islamabad and Beijing promised more cooperation on markets")
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest([dated, late, bridge])
        XCTAssertEqual(try archive.stats().statements, 1)
        var filter = CommitmentFilter()
        filter.parties = ["AF"]
        XCTAssertEqual(try archive.count(filter), 3, "the mention of AF in one report is the statement's")
        try assertIndexWhole(archive)
    }

    private func assertIndexWhole(_ archive: Archive, file: StaticString = #filePath, line: UInt = #line) throws {
        try archive.write { db in
            XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok", file: file, line: line)
            try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts, rank) VALUES ('integrity-check', 1)")
        }
    }
}
