import Model
import XCTest

/// Foreign ministers whose ministry adds portfolios to its name ("وزير الخارجية والهجرة
/// وشؤون المصريين بالخارج", "Foreign Relations Secretary"): the name after the whole
/// title is its holder's, and the title's own people or the adjective before it his party.
final class PortfolioTitleTests: XCTestCase {
    func testAnArabicTitleWithPortfoliosJoinedByWawLeadsToItsHolder() {
        let cases: [(String, String, String, UInt)] = [
            ("القاهرة - بحث وزير الخارجية والهجرة وشؤون المصريين بالخارج كريم منصور مع نظيره الأردني اليوم سبل التهدئة.\n"
             + "وشدد الوزيران على ضرورة وقف إطلاق النار.\n", "كريم منصور", "EG", #line),
            ("استقبل وزير الخارجية والهجرة والمصريين بالخارج، كريم منصور، نظيره البحريني في القاهرة أمس.\n", "كريم منصور", "EG", #line),
            ("أجرى وزير الخارجية والمغتربين السوري سامر الحلبي اتصالا هاتفيا مع نظيره العراقي.\n", "سامر الحلبي", "SY", #line),
        ]
        for (text, name, party, line) in cases {
            let persons = TestSupport.extract(text, published: "2026-03-03", language: .arabic).persons
            let found = persons.first { $0.name == name }
            XCTAssertEqual(found?.role, .foreignMinister, "\(persons)", line: line)
            XCTAssertEqual(found?.party?.rawValue, party, "\(persons)", line: line)
            XCTAssertFalse(persons.contains { $0.name.hasPrefix("و") }, "a portfolio read as a name: \(persons)", line: line)
        }
    }

    /// "وزير الخارجية … والسفير الأمريكي": a title after و is another person, neither a portfolio
    /// nor the first title's holder styled "ambassador".
    func testATitleAfterWawIsAnotherOfficial() {
        let text = "التقى وزير الخارجية سامر الحلبي والسفير الأمريكي جون ميلر في دمشق اليوم.\n"
        let persons = TestSupport.extract(text, published: "2026-03-03", language: .arabic).persons
        XCTAssertEqual(persons.first { $0.name == "سامر الحلبي" }?.role, .foreignMinister, "\(persons)")
        XCTAssertEqual(persons.first { $0.name == "جون ميلر" }?.role, .ambassador, "\(persons)")
        let bare = TestSupport.extract("التقى وزير الخارجية والسفير الأمريكي جون ميلر في دمشق اليوم.\n", published: "2026-03-03", language: .arabic).persons
        XCTAssertEqual(bare.map(\.name), ["جون ميلر"])
        XCTAssertEqual(bare.first?.role, .ambassador, "\(bare)")
    }

    func testForeignMinistersStyledSecretariesAreNotTheUSSecretary() {
        let cases: [(String, String, String, UInt)] = [
            ("Mexican Foreign Relations Secretary Laura Campos met her Chilean counterpart in Santiago on Monday.\n",
             "Laura Campos", "MX", #line),
            ("Philippine Foreign Affairs Secretary Ramon Cruz said on Tuesday that Manila would file a protest.\n",
             "Ramon Cruz", "PH", #line),
            // Kenya's ministers are cabinet secretaries, its foreign minister one "for Foreign Affairs" or before it.
            ("Kenya's Foreign Affairs and International Trade Cabinet Secretary Wanjiru Otieno met her Ugandan counterpart.\n",
             "Wanjiru Otieno", "KE", #line),
            ("Kenya's Foreign Affairs Cabinet Secretary Wanjiru Otieno met her Ugandan counterpart in Nairobi.\n",
             "Wanjiru Otieno", "KE", #line),
        ]
        for (text, name, party, line) in cases {
            let persons = TestSupport.extract(text, published: "2026-03-03", language: .english).persons
            let found = persons.first { $0.name == name }
            XCTAssertEqual(found?.role, .foreignMinister, "\(persons)", line: line)
            XCTAssertEqual(found?.party?.rawValue, party, "\(persons)", line: line)
        }
    }
}
