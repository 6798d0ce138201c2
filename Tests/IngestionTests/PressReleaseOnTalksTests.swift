import Model
import XCTest

/// One side's press release on a visit or talks with a counterpart reports
/// a meeting: both sides took part, whatever the release calls itself.
final class PressReleaseOnTalksTests: XCTestCase {
    func testAPressReleaseNamingACounterpartHasBothSides() {
        let cases: [(String, Set<String>, UInt)] = [
            ("Press release\n\nNorway's Foreign Minister Ola Berg visited Accra on Tuesday at the invitation of his Ghanaian "
             + "counterpart Kofi Mensah.\n\nThe two countries agreed to expand cooperation in fisheries.\n", ["NO", "GH"], #line),
            ("Communiqué de presse, 14.03.2026\n\nLa ministre norvégienne des Affaires étrangères Ola Berg s'est rendue mardi à Accra "
             + "à l'invitation de son homologue ghanéen Kofi Mensah.\n\nLes deux pays ont convenu de renforcer leur coopération "
             + "dans la pêche.\n", ["NO", "GH"], #line),
            // No counterpart: the ministry speaks for its own side alone.
            ("Press release\n\nThe Ministry of Foreign Affairs of Norway welcomes the ceasefire announced in Sudan.\n\n"
             + "Norway stresses the importance of humanitarian access.\n", ["NO"], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, published: "2026-03-14"), expected, text, line: line)
        }
    }
}
