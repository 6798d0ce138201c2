import Model
import XCTest

/// "M. X et son homologue marocain" takes X's office, though another official
/// was introduced since; and a deputy prime minister and foreign minister is
/// given his side's party even when a party leader of that side is recalled
/// in the text (someone of no office in the talks covers no side).
final class CounterpartRoleTests: XCTestCase {
    func testACounterpartAndAnUnplacedPrincipalGetTheirOfficeAndParty() {
        let cases: [(String, Language, Person, UInt)] = [
            ("""
            Le ministre français des Affaires étrangères Paul Martin est arrivé lundi à Rabat.

            Le Premier ministre français Jean Dupont s'y rendra le 10 avril, à l'invitation de son homologue, M. Karim Alami.

            M. Martin et son homologue marocain, M. Said Bennani, ont signé un accord sur l'eau.
            """, .french, Person(name: "Said Bennani", role: .foreignMinister, party: "MA"), #line),
            ("""
            Vietnam, Thailand hold joint commission meeting

            Deputy Prime Minister and Foreign Minister Tran Quoc Hung and Thai Foreign Minister Somchai Preecha co-chaired \
            the fourth meeting of the Vietnam - Thailand Joint Commission in Hanoi on May 3. The two sides recalled the visit \
            to Thailand by General Secretary of the Communist Party of Vietnam Le Duc Minh last year and agreed to boost trade.
            """, .english, Person(name: "Tran Quoc Hung", role: .foreignMinister, party: "VN"), #line),
        ]
        for (text, language, person, line) in cases {
            let found = TestSupport.extract(text, language: language).persons
            XCTAssertTrue(found.contains(person), "\(person) not in \(found)", line: line)
        }
    }
}
