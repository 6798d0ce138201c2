import XCTest
@testable import TextAnalysis

final class FrenchStemmerTests: XCTestCase {
    func testInflectedFormsMeet() {
        let groups: [[String]] = [
            ["coopération", "coopérations", "cooperation"],
            ["économique", "économiques", "économiquement"],
            ["national", "nationale", "nationaux", "nationales"],
            ["européen", "européenne", "européens", "européennes"],
            ["français", "française", "françaises"],
            ["officiel", "officielle", "officiels"],
            ["accord", "accords"],
            ["investissement", "investissements"],
            ["négatif", "négative", "négatifs"],
            ["président", "présidents", "president"],
        ]
        for group in groups {
            XCTAssertEqual(Set(group.map(FrenchStemmer.stem)).count, 1, "\(group) → \(group.map(FrenchStemmer.stem))")
        }
    }

    func testDifferentWordsStayApart() {
        let pairs: [(String, String)] = [("paix", "pays"), ("accord", "accès"), ("sécurité", "sécuritaire"), ("chine", "chinois")]
        for (a, b) in pairs {
            XCTAssertNotEqual(FrenchStemmer.stem(a), FrenchStemmer.stem(b), "\(a) / \(b)")
        }
    }

    func testStemsAreAccentFree() {
        XCTAssertEqual(FrenchStemmer.stem("économique"), "economiqu")
        XCTAssertEqual(FrenchStemmer.stem("coopérations"), "cooperation")
        XCTAssertEqual(FrenchStemmer.stem("été"), "ete")
    }
}
