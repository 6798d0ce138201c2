import Model
import XCTest

/// "le ministre des Affaires étrangères, … et des Marocains résidant à
/// l'étranger, M. X": a French ministry title that names its nationals
/// abroad with a participle still leads to its holder's name.
final class LongFrenchTitleTests: XCTestCase {
    func testANameAfterATitleNamingNationalsAbroadIsFound() {
        let cases: [(String, String, String, UInt)] = [
            ("RABAT, 4 mars - Les relations avec le Portugal sont excellentes, a déclaré le ministre des Affaires étrangères, "
             + "de la Coopération africaine et des Marocains résidant à l’étranger, M. Karim Bennani.\n", "Karim Bennani", "MA", #line),
            ("La ministre des Affaires étrangères, de la Coopération et des Tunisiens résidant à l’étranger, Mme Leila Chaabane, "
             + "a appelé au dialogue.\n", "Leila Chaabane", "TN", #line),
            ("Le ministre des Affaires étrangères et des Maliens établis à l’extérieur, M. Moussa Traoré, a condamné lundi "
             + "l’attaque contre la base de Kidal.\n", "Moussa Traoré", "ML", #line),
        ]
        for (text, name, party, line) in cases {
            let persons = TestSupport.extract(text, published: "2026-03-03", language: .french).persons
            let found = persons.first { $0.name == name }
            XCTAssertEqual(found?.role, .foreignMinister, "\(persons)", line: line)
            XCTAssertEqual(found?.party?.rawValue, party, "\(persons)", line: line)
        }
    }

    /// "… et de la Coopération Internationale de la République du Ghana": the adjective that
    /// closes the ministry's name is no name, and the holder named before the title is found.
    func testAMinistryNameEndingInAnAdjectiveLeadsToItsHolder() {
        let text = "Son Excellence Monsieur Paul Ondo, Ministre des Affaires Etrangères et de la Coopération Internationale du Gabon, "
            + "s'est entretenu avec Son Excellence Docteur Kofi Mensah, Ministre des Affaires Etrangères et de la Coopération "
            + "Internationale de la République du Ghana, dans le cadre d'une visite.\n"
        let persons = TestSupport.extract(text, published: "2026-03-03", language: .french).persons
        XCTAssertEqual(Set(persons.map { "\($0.name) \($0.role.rawValue) \($0.party?.rawValue ?? "-")" }),
                       ["Paul Ondo foreign_minister GA", "Kofi Mensah foreign_minister GH"])
    }

    /// "ministre délégué aux Affaires étrangères et la Coopération, M. X", "Secrétaire d'Etat
    /// portugais des Affaires étrangères, M. Y": junior foreign ministers, found with their names.
    func testJuniorForeignMinistersAreFoundUnderTheirFrenchTitles() {
        let cases: [(String, String, String?, UInt)] = [
            ("LISBONNE - Des consultations politiques se sont tenues mardi avec le ministre délégué aux Affaires étrangères et la Coopération, M. Karim Bennani "
             + "et le Secrétaire d’Etat portugais des Affaires étrangères, M. João Ferreira.\n\n"
             + "Les deux hommes ont plaidé pour un calendrier commun.\n", "Karim Bennani", nil, #line),
            ("LISBONNE - Des consultations politiques se sont tenues mardi avec le ministre délégué aux Affaires étrangères et la Coopération, M. Karim Bennani "
             + "et le Secrétaire d’Etat portugais des Affaires étrangères, M. João Ferreira.\n\n"
             + "Les deux hommes ont plaidé pour un calendrier commun.\n", "João Ferreira", "PT", #line),
            ("La ministre déléguée aux Affaires étrangères et la Francophonie, Mme Awa Ndiaye, a salué mardi la libération "
             + "des otages.\n", "Awa Ndiaye", nil, #line),
        ]
        for (text, name, party, line) in cases {
            let persons = TestSupport.extract(text, published: "2026-03-03", language: .french).persons
            let found = persons.first { $0.name == name }
            XCTAssertEqual(found?.role, .deputyForeignMinister, "\(persons)", line: line)
            if let party { XCTAssertEqual(found?.party?.rawValue, party, "\(persons)", line: line) }
        }
    }
}
