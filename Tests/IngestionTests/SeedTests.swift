import Foundation
import Ingestion
import Model
import XCTest

/// Exact expectations on the hand-annotated seed article.
final class SeedTests: XCTestCase {
    func testSeedArticle() throws {
        let url = TestSupport.seedFolder.appendingPathComponent("cn-pk-strategic-dialogue-7.ar.txt")
        let article = try ArticleReader.plainText(Data(contentsOf: url), overrides: ArticleMetadata(published: StatementDate(iso: "2026-01-05")))
        let extraction = Extractor().extract(article)

        XCTAssertEqual(extraction.language, .arabic)
        XCTAssertEqual(extraction.text, article.text)
        XCTAssertEqual(Set(extraction.issuers), ["CN", "PK"])
        XCTAssertEqual(Set(extraction.parties.filter { $0.role == .mentioned }.map(\.code)), ["AF", "PS", "TW", "UN"])
        XCTAssertEqual(extraction.persons, [
            Person(name: "وانج يي", role: .foreignMinister, party: "CN"),
            Person(name: "إسحاق دار", role: .foreignMinister, party: "PK"),
        ])
        XCTAssertEqual(extraction.statement.kind, .jointStatement)
        XCTAssertEqual(extraction.statement.venue, "Beijing")
        XCTAssertEqual(extraction.statement.round, 7)
        XCTAssertEqual(extraction.statement.mechanism, "strategic dialogue")
        XCTAssertEqual(extraction.statement.date, StatementDate(year: 2026, month: 1, day: 5))

        // The outcomes list: fifteen bullets, "التأكيد على … وتنفيذ خطة العمل" being two.
        let heading = extraction.text.unicodeScalars.count - extraction.text.components(separatedBy: "أبرز مخرجات")[1].unicodeScalars.count
        let bullets = extraction.commitments.filter { $0.start > heading }
        XCTAssertEqual(bullets.count, 16)
        XCTAssertTrue(extraction.commitments.contains { $0.text.hasPrefix("وتنفيذ خطة العمل") && $0.target == "2025–2029" && $0.type == .pledge })
        XCTAssertFalse(extraction.commitments.contains { $0.text.contains("جاء ذلك") || $0.text.contains("شاركها") })
        let pakistan = extraction.commitments.first { $0.text.hasPrefix("كما دعّمت باكستان") }
        XCTAssertEqual(pakistan?.by, ["PK"])
        XCTAssertEqual(pakistan?.type, .support)
    }

    func testSeedWithoutPublicationDateHasNoDate() throws {
        let url = TestSupport.seedFolder.appendingPathComponent("cn-pk-strategic-dialogue-7.ar.txt")
        let article = try ArticleReader.plainText(Data(contentsOf: url))
        XCTAssertEqual(Extractor().extract(article).statement.date, .unknown)
    }
}
