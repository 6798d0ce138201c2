import GRDB
import Model
import XCTest
@testable import Storage

/// An undated report that names a weekday and a venue, in an archive: it
/// joins the dated report of its issuers on that weekday when the weekday
/// singles out one day, whatever the order the reports arrive in.
final class WeekdayMergingTests: XCTestCase {
    typealias Item = (article: Article, extraction: Extraction)

    /// A joint statement of Switzerland and the US in Geneva: dated by its
    /// text (and published that day), or undated with the lead's weekday.
    func report(_ text: String, date: String?, weekday: Weekday? = nil, venue: String? = "Geneva") -> Item {
        let statement = Statement(
            kind: .jointStatement, date: date.flatMap(StatementDate.init(iso:)) ?? .unknown, venue: venue, weekday: weekday)
        let extraction = Extraction(
            language: .english, statement: statement, parties: [Party(code: "CH", role: .issuer), Party(code: "US", role: .issuer)],
            persons: [], commitments: [], text: text)
        return (Article(text: text, title: "Title", source: "Agency", published: date.flatMap(StatementDate.init(iso:)),
                        language: .english), extraction)
    }

    lazy var undated = report("Swiss and American envoys met on Friday in Geneva and issued a joint statement on trade.",
                              date: nil, weekday: .friday)
    lazy var friday = report("A joint statement of 2 January 2026 commits both governments to lower tariffs.", date: "2026-01-02")
    lazy var nextFriday = report("On 9 January 2026 the two delegations agreed in a joint text to review customs rules.",
                                 date: "2026-01-09")

    /// The statement of each item, in order, after ingesting them in `order`.
    func statements(_ items: [Item], order: [Int]) throws -> [Int64?] {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        for index in order { _ = try archive.ingest(items[index].article, extraction: items[index].extraction) }
        let hashes = try archive.contentHashes()
        return items.map { hashes[Archive.contentHash(of: $0.extraction.text)] }
    }

    static let orders2 = [[0, 1], [1, 0]]
    static let orders3 = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]

    func testAnUndatedReportJoinsTheDatedOneOnItsWeekdayInEitherOrder() throws {
        for order in Self.orders2 {
            let ids = try statements([undated, friday], order: order)
            XCTAssertEqual(Set(ids).count, 1, "order \(order)")
        }
    }

    func testShowSaysTheWeekdayJoinedThem() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest([friday, undated])
        let detail = try XCTUnwrap(try archive.statement(id: 1))
        XCTAssertEqual(detail.sources.count, 2)
        XCTAssertEqual(detail.sources[1].joined,
                       ["with article 1: same issuers CH+US, weekday Friday matches 2026-01-02, same venue Geneva, both joint statement, no date on one side"])
        XCTAssertEqual(detail.date, "2026-01-02", "the dated report's day; the undated report's stays unknown")
    }

    func testAWeeklyMeetingsTwoFridaysLeaveTheUndatedReportAloneWhateverTheOrder() throws {
        for order in Self.orders3 {
            let ids = try statements([undated, friday, nextFriday], order: order)
            XCTAssertEqual(Set(ids).count, 3, "order \(order): \(ids)")
        }
    }

    func testAnotherWeekdayOrAnotherVenueStaysApart() throws {
        let thursday = report("Swiss and American envoys met on Thursday in Geneva and issued a joint statement on trade.",
                              date: nil, weekday: .thursday)
        let bern = report("Swiss and American envoys met on Friday in Bern and issued a joint statement on trade.",
                          date: nil, weekday: .friday, venue: "Bern")
        let nowhere = report("Swiss and American envoys met on Friday and issued a joint statement on trade.",
                             date: nil, weekday: .friday, venue: nil)
        for other in [thursday, bern, nowhere] {
            for order in Self.orders2 {
                XCTAssertEqual(Set(try statements([other, friday], order: order)).count, 2, other.extraction.text)
            }
        }
    }

    /// An archive as Entente left it before 0014 (its reports without a
    /// weekday): it upgrades on opening, and a new undated report finds its
    /// dated report through the weekday index built over the old rows.
    func testAnArchiveMadeBeforeWeekdaysUpgradesAndItsDatedReportsAreFound() throws {
        let path = Fixtures.temporaryPath()
        _ = try Archive(path: path, mode: .write).ingest(friday.article, extraction: friday.extraction)
        var configuration = Configuration()
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP INDEX report_undated_weekday; DROP INDEX report_text_weekday; ALTER TABLE report DROP COLUMN lead_weekday;
                DELETE FROM grdb_migrations WHERE identifier = '0014_report_weekday.sql'; PRAGMA user_version = 13;
                """)
        }
        try queue.close()
        let archive = try Archive(path: path, mode: .write)
        XCTAssertEqual(try archive.ingest(undated.article, extraction: undated.extraction), .archived(statementID: 1, commitments: 0))
        try archive.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA user_version"), 14)
            XCTAssertEqual(try Int?.fetchAll(db, sql: "SELECT lead_weekday FROM report ORDER BY article_id"), [nil, Weekday.friday.rawValue])
        }
    }

    func testReingestingIsANoOp() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest([undated, friday])
        let before = try archive.stats()
        XCTAssertEqual(try archive.ingest(undated.article, extraction: undated.extraction), .alreadyArchived(statementID: 1))
        XCTAssertEqual(try archive.stats(), before)
    }
}
