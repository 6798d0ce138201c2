import GRDB
import Model
import XCTest
@testable import Storage

/// Persons are kept with the report that named them (`0012_report_persons.sql`):
/// a statement shows each official once with every report's name, and an
/// article split off takes its own persons along.
final class ReportPersonsTests: XCTestCase {
    /// The round-7 statement in English and in Arabic, each naming both ministers.
    private func reports() -> [(article: Article, extraction: Extraction)] {
        var english = Fixtures.extraction("China and Pakistan agreed to deepen cooperation in trade.", round: 7,
                                          commitments: [("agreed to deepen cooperation in trade", .pledge, [.trade])])
        english.extraction.persons = [Person(name: "Wang Yi", role: .foreignMinister, party: "CN"),
                                      Person(name: "Ishaq Dar", role: .foreignMinister, party: "PK")]
        var arabic = Fixtures.extraction("واتفق الجانبان على تعميق التعاون التجاري", language: .arabic, round: 7,
                                         commitments: [("واتفق الجانبان على تعميق التعاون التجاري", .pledge, [.trade])])
        arabic.extraction.persons = [Person(name: "وانغ يي", role: .foreignMinister, party: "CN"),
                                     Person(name: "إسحاق دار", role: .foreignMinister, party: "PK")]
        return [english, arabic]
    }

    func testEachPersonIsStoredWithItsReportAndShownOnceWithEveryName() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest(reports())
        try archive.write { db in
            XCTAssertEqual(try Row.fetchAll(db, sql: "SELECT article_id, name FROM person ORDER BY id").map { "\($0[0] as Int64) \($0[1] as String)" },
                           ["1 Wang Yi", "1 Ishaq Dar", "2 وانغ يي", "2 إسحاق دار"])
        }
        let detail = try XCTUnwrap(try archive.statement(id: 1))
        XCTAssertEqual(detail.sources.count, 2)
        XCTAssertEqual(detail.persons.map(\.name), ["Wang Yi", "Ishaq Dar"])
        XCTAssertEqual(detail.persons.map { $0.names.map(\.name) }, [["Wang Yi", "وانغ يي"], ["Ishaq Dar", "إسحاق دار"]])
        XCTAssertEqual(detail.persons[0].names.map(\.articles), [[1], [2]])
        XCTAssertEqual(detail.persons[0].names.map(\.language), [.english, .arabic])
    }

    func testAnArticleSplitOffTakesItsPersonsAlong() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest(reports())
        let own = try archive.split(article: 2)
        XCTAssertNotEqual(own, 1)
        XCTAssertEqual(try archive.statement(id: 1)?.persons.map(\.name), ["Wang Yi", "Ishaq Dar"])
        XCTAssertEqual(try archive.statement(id: own)?.persons.map(\.name), ["وانغ يي", "إسحاق دار"])
        XCTAssertEqual(try archive.merge(1, own), 1)
        XCTAssertEqual(try archive.statement(id: 1)?.persons.count, 2)
    }
}
