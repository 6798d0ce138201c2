import Model
import XCTest

/// The French narrative infinitive ("Et la réunion d'exhorter…": and the meeting
/// called for…) tells what its subject did, whoever the subject is and however
/// the elision is typed; an infinitive with no "et" and no named subject commits nobody.
final class NarrativeInfinitiveTests: XCTestCase {
    func testANarrativeInfinitiveHeadsItsSentence() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("Le Mali et le Niger ont tenu une réunion à Niamey. Et la réunion d’exhorter les deux armées à patrouiller ensemble.", [.call], #line),
            ("Le Mali et le Niger ont tenu une réunion à Niamey. Et la rencontre d'appeler à la réouverture des écoles.", [.call], #line),
            ("Le Mali et le Niger ont tenu une réunion à Niamey. Et le sommet de réaffirmer l’importance de la sécurité des routes.", [.position], #line),
            ("Le Mali et le Niger ont tenu une réunion à Niamey. La décision d’appeler au calme a été prise il y a longtemps.", [], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), expected, text, line: line)
        }
    }
}
