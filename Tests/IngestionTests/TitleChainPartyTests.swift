import Model
import XCTest

/// A title takes the party of the title right before it only across "and": "Pakistani Deputy Prime
/// Minister and Foreign Minister X" is one person, while "the Deputy Secretary congratulated Vice
/// Foreign Minister Y" names two, and Y keeps the party the text gave him first.
final class TitleChainPartyTests: XCTestCase {
    func testATitleTakesThePrecedingTitlesPartyOnlyAcrossAnd() {
        let cases: [(String, String, String, UInt)] = [
            ("Deputy Secretary of State Jane Miller and Republic of Korea (ROK) First Vice Foreign Minister Kim Min-su "
             + "held an introductory call today to discuss the alliance. The Deputy Secretary congratulated Vice Foreign "
             + "Minister Kim for his appointment.\n", "Kim Min-su", "KR", #line),
            ("Kenyan Deputy President and Foreign Minister Daniel Otieno met his Ugandan counterpart in Kampala on Monday.\n",
             "Daniel Otieno", "KE", #line),
        ]
        for (text, name, party, line) in cases {
            let persons = TestSupport.extract(text, published: "2026-03-03").persons
            XCTAssertEqual(persons.first { $0.name == name }?.party?.rawValue, party, "\(persons)", line: line)
        }
    }
}
