import Foundation
import Ingestion
import Model
import XCTest

/// Extraction must stay cheap: lexicons are built once, and an article
/// costs a few dictionary look-ups per word. Release builds take about
/// 4 ms for the 5 KB seed; debug builds are an order of magnitude slower,
/// so the bound here only catches a change of complexity.
final class PerformanceTests: XCTestCase {
    func testFiveKilobyteArticle() throws {
        let url = TestSupport.seedFolder.appendingPathComponent("cn-pk-strategic-dialogue-7.ar.txt")
        let article = try ArticleReader.plainText(Data(contentsOf: url), overrides: ArticleMetadata(published: StatementDate(iso: "2026-01-05")))
        XCTAssertGreaterThan(article.text.utf8.count, 5_000)
        let extractor = Extractor()
        _ = extractor.extract(article)  // builds the lexicons
        let clock = ContinuousClock()
        let rounds = 10
        let elapsed = clock.measure { for _ in 0..<rounds { _ = extractor.extract(article) } }
        let each = elapsed / rounds
        print("extraction of a \(article.text.utf8.count)-byte article: \(each)")
        XCTAssertLessThan(each, .milliseconds(200))
    }
}
