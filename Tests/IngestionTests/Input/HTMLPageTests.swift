import Foundation
import XCTest
@testable import Ingestion
import Model

/// Saved pages in the shapes of agency, ministry and newspaper sites
/// (`Pages/NAME.html`, written for these tests), each with the main text a
/// reader would call the article (`Pages/NAME.txt`).
final class HTMLPageTests: XCTestCase {
    static let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Pages")

    static func article(_ name: String, overrides: ArticleMetadata = ArticleMetadata()) throws -> Article {
        let data = try Data(contentsOf: pages.appendingPathComponent("\(name).html"))
        return try HTMLFormat().article(from: data, overrides: overrides)
    }

    static var names: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: pages.path))?.filter { $0.hasSuffix(".html") }
            .map { String($0.dropLast(5)) }.sorted() ?? []
    }

    /// Character-level precision and recall of the main text (see
    /// ``MainTextScore``), at least 0.95 each on every page.
    func testMainTextOfEveryPageScoresAtLeast95PercentPrecisionAndRecall() throws {
        XCTAssertGreaterThanOrEqual(Self.names.count, 8)
        var totals = (precision: 0.0, recall: 0.0)
        for name in Self.names {
            let article = try Self.article(name)
            let expected = try String(contentsOf: Self.pages.appendingPathComponent("\(name).txt"), encoding: .utf8)
            let score = MainTextScore(extracted: article.text, expected: expected)
            print(String(format: "main text %@: precision %.3f, recall %.3f", name, score.precision, score.recall))
            XCTAssertGreaterThanOrEqual(score.precision, 0.95, "\(name): \(article.text)")
            XCTAssertGreaterThanOrEqual(score.recall, 0.95, "\(name): \(article.text)")
            totals.precision += score.precision
            totals.recall += score.recall
        }
        print(String(format: "main text, mean of %d pages: precision %.3f, recall %.3f",
                     Self.names.count, totals.precision / Double(Self.names.count), totals.recall / Double(Self.names.count)))
    }

    func testMetadataComesFromThePagesOwnTagsAndJSONLD() throws {
        let cases: [(page: String, title: String?, source: String?, url: String?, published: String?, language: Language?)] = [
            ("agency-en-wire", "Ethiopia, Kenya sign cross-border power trade deal", "Horn Wire",
             "https://hornwire.example/en/world/et-ke-power-deal", "2026-03-12", .english),
            ("ministry-en-release", "Minister receives Senegalese counterpart", nil,
             "https://mfa.example.gov/en/press/2026/senegal-visit", nil, .english),
            ("ministry-fr-communique", "Entretien avec le ministre tunisien des Affaires étrangères",
             "Ministère de l'Europe et des Affaires étrangères", nil, "2026-10-14", .french),
            ("newspaper-en-comments", "Jordan and Iraq revive Basra-Aqaba pipeline", "The Levant Herald", nil, "2026-02-22", .english),
            ("agency-ar-wire", "لجنة التنسيق السعودية العمانية تعقد اجتماعها الرابع", "وكالة الخليج للأنباء",
             "https://gulfnews-agency.example/ar/news/4412", "2026-05-03", .arabic),
            ("newspaper-ar-cp1256", "مصر والسودان تتفقان على فريق فني مشترك لمياه النيل", nil, nil, nil, .arabic),
            ("ministry-ar-statement", "وزير الخارجية يستقبل نظيره الموريتاني", "وزارة الخارجية والتعاون الدولي",
             "https://mofa.example.gov/ar/news/2026/09/15/mr-visit", "2026-09-15", .arabic),
            ("newspaper-fr-cookies", "Le Maroc et le Sénégal s'accordent sur la sécurité maritime", "Le Quotidien de l'Atlantique",
             "https://quotidien-atlantique.example/afrique/maroc-senegal-securite-maritime", "2026-06-29", .french),
            ("presidency-fr-latin1", "Audience : le Premier ministre malien reçu au palais", nil, nil, nil, nil),
        ]
        for item in cases {
            let article = try Self.article(item.page)
            XCTAssertEqual(article.title, item.title, item.page)
            XCTAssertEqual(article.source, item.source, item.page)
            XCTAssertEqual(article.url, item.url, item.page)
            XCTAssertEqual(article.published?.iso, item.published, item.page)
            XCTAssertEqual(article.language, item.language, item.page)
        }
    }

    func testCommandLineValuesOverrideThePagesMetadata() throws {
        let overrides = ArticleMetadata(title: "Given title", source: "Given outlet", published: StatementDate(iso: "2026-03-13"))
        let article = try Self.article("agency-en-wire", overrides: overrides)
        XCTAssertEqual(article.title, "Given title")
        XCTAssertEqual(article.source, "Given outlet")
        XCTAssertEqual(article.published?.iso, "2026-03-13")
        XCTAssertEqual(article.url, "https://hornwire.example/en/world/et-ke-power-deal")
    }

    /// The windows-1256 page declares its charset in <meta>: its Arabic
    /// must come out as Arabic, not as Latin letters.
    func testWindows1256PageIsDecodedAsItsMetaCharsetSays() throws {
        let bytes = try Data(contentsOf: Self.pages.appendingPathComponent("newspaper-ar-cp1256.html"))
        XCTAssertNil(String(data: bytes, encoding: .utf8), "the fixture must not be UTF-8")
        let article = try Self.article("newspaper-ar-cp1256")
        XCTAssertTrue(article.text.hasPrefix("القاهرة - خاص"), article.text)
        XCTAssertTrue(article.text.contains("«لم يكن في أي وقت أقوى مما هو عليه اليوم»"), article.text)
    }

    func testPagesWithoutMainTextOrWithNULBytesFailWithSpecificErrors() {
        let cases: [(String, Data, IngestionError)] = [
            ("navigation only", Data("<html><body><nav><a href='/'>Home</a></nav><footer>©</footer></body></html>".utf8), .noMainText),
            ("scripts only", Data("<html><head><script>var a = 1;</script></head><body></body></html>".utf8), .noMainText),
            ("binary", Data([0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x01, 0x02]), .binary),
        ]
        for (name, data, expected) in cases {
            XCTAssertThrowsError(try HTMLFormat().article(from: data, overrides: ArticleMetadata()), name) { error in
                XCTAssertEqual(error as? IngestionError, expected, name)
            }
        }
    }

    /// A JSON line may carry a saved page in "html" instead of "text"; its
    /// own fields win over the page's metadata.
    func testJSONLineWithAPageInItsHTMLField() throws {
        let page = "<html lang='en'><head><title>Page title</title></head><body><nav>Menu</nav><article><p>The two sides agreed to meet again.</p></article></body></html>"
        let line = try JSONSerialization.data(withJSONObject: ["html": page, "source": "Wire"])
        let entries = try ArticleReader.jsonLines(line)
        let article = try XCTUnwrap(entries.first).get()
        XCTAssertEqual(article.text, "The two sides agreed to meet again.")
        XCTAssertEqual(article.title, "Page title")
        XCTAssertEqual(article.source, "Wire")
        XCTAssertEqual(article.language, .english)
    }
}
