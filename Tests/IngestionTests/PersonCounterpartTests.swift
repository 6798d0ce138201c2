import Model
import XCTest

/// GUIDELINES: the US Secretary of State is a foreign_minister, also when
/// a readout calls him "Secretary <name>" opposite another state's foreign
/// minister (roles-en.txt: a bare "Secretary" is the Secretary of State); and
/// one person written twice, once with the surname in capitals, is listed once.
final class PersonCounterpartTests: XCTestCase {
    private func persons(_ text: String) -> [String] {
        TestSupport.extract(text).persons.map { "\($0.name) \($0.role.rawValue) \($0.party?.rawValue ?? "-")" }
    }

    func testABareSecretaryOppositeAForeignMinisterIsTheSecretaryOfState() {
        let cases: [(String, [String], UInt)] = [
            ("Washington - Secretary Ana Ruiz spoke with the Chilean Foreign Minister Luis Vega today. They discussed trade.",
             ["Ana Ruiz foreign_minister US", "Luis Vega foreign_minister CL"], #line),
            ("Washington - Secretary Ana M. Ruiz met Foreign Minister of Peru Luis Vega on Monday. Secretary Ruiz welcomed the new trade pact.",
             ["Ana M. Ruiz foreign_minister US", "Luis Vega foreign_minister PE"], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(persons(text), expected, text, line: line)
        }
    }

    func testASurnameInCapitalsIsTheSamePerson() {
        let text = "Communiqué conjoint\n\nÀ l’invitation de Son Excellence Monsieur Ali Ould Salem, Président de la République Islamique de Mauritanie, Son Excellence Monsieur Paul NDIAYE, Président de la République du Sénégal, a effectué une visite en Mauritanie.\n\nÀ l’issue de la visite, Son Excellence Monsieur Paul Ndiaye, Président de la République du Sénégal, a salué les relations."
        XCTAssertEqual(persons(text).filter { $0.hasPrefix("Paul") }, ["Paul NDIAYE president SN"], text)
    }
}
