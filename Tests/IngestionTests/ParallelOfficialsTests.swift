import Model
import XCTest

/// Two officials whose countries the text leaves implicit, named in the
/// sentence that names both states, are paired with the states in that
/// sentence's order, whichever side the issuers list first.
final class ParallelOfficialsTests: XCTestCase {
    func testOfficialsListedAfterTheTwoStatesTakeTheirOrder() {
        let cases: [(String, [String: String], UInt)] = [
            ("CAIRO, March 3 -- Brazil and Egypt on Tuesday issued a joint statement after talks in Cairo between "
             + "Foreign Minister Lucas Pereira and Foreign Minister Karim Hassan.\n\n"
             + "Egypt reaffirmed its support for a two-state solution. Brazil welcomed the launch of a direct flight.\n",
             ["Lucas Pereira": "BR", "Karim Hassan": "EG"], #line),
            ("RABAT, 4 mars -- La Tunisie et le Maroc ont publié mardi une déclaration conjointe à l'issue des entretiens "
             + "entre le ministre des Affaires étrangères Sami Ben Ali et le ministre des Affaires étrangères Youssef Alaoui.\n\n"
             + "Le Maroc a réaffirmé son attachement à l'intégration maghrébine.\n",
             ["Sami Ben Ali": "TN", "Youssef Alaoui": "MA"], #line),
        ]
        for (text, expected, line) in cases {
            let persons = TestSupport.extract(text, published: "2026-03-03").persons
            var found: [String: String] = [:]
            for person in persons { found[person.name] = person.party?.rawValue }
            XCTAssertEqual(found, expected, text, line: line)
        }
    }
}
