import Model
import XCTest

/// Texts taken from typeset pages keep the hyphens that broke words at the
/// old lines' ends, glued or followed by a space or a line break. The word is
/// read whole again, so its cue counts; a real compound keeps its hyphen.
final class BrokenWordTests: XCTestCase {
    func testAWordBrokenAtALineEndKeepsItsCue() {
        let cases: [(String, Language, [CommitmentType], UInt)] = [
            ("Les deux ministres se sont féli-\ncités de la qualité de leurs échanges sur le commerce.", .french, [.welcome], #line),
            ("Les deux ministres se sont féli-cités de la qualité de leurs échanges sur le commerce.", .french, [.welcome], #line),
            ("Les deux chefs d'Etat ont affirmé leur vo- lonté de développer les échanges commerciaux.", .french, [.pledge], #line),
            ("The two ministers wel-\ncomed the progress made on the new trade agreement.", .english, [.welcome], #line),
            ("The two ministers con- demned the attack on the border post.", .english, [.condemn], #line),
        ]
        for (text, language, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: language).commitments.map(\.type), expected, text, line: line)
        }
    }

    func testARealCompoundKeepsItsHyphen() {
        let cases: [(String, Person, UInt)] = [
            ("Le vice-président ivoirien Koffi Yao a reçu la délégation à Abidjan.",
             Person(name: "Koffi Yao", role: .vicePresident, party: "CI"), #line),
            ("Le porte-parole du gouvernement malien Jean-Yves Traoré a salué l'accord.",
             Person(name: "Jean-Yves Traoré", role: .spokesperson, party: "ML"), #line),
            ("Kenyan Vice-President Daniel Mwangi praised the co-operation between the two ministries.",
             Person(name: "Daniel Mwangi", role: .vicePresident, party: "KE"), #line),
        ]
        for (text, person, line) in cases {
            let found = TestSupport.extract(text).persons
            XCTAssertTrue(found.contains(person), "\(person) not in \(found)", line: line)
        }
    }
}
