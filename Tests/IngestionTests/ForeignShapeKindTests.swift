import Model
import XCTest

/// English shapes of talks ("met") are read as shapes in English only: French
/// spells "puts" the same way, and a minister's statement saying that a policy
/// "met en danger" the peace reports no meeting.
final class ForeignShapeKindTests: XCTestCase {
    func testFrenchMetIsNoMeeting() {
        let text = "La ministre des Affaires étrangères, Hana Novak, a salué samedi l'accord de cessez-le-feu au Soudan.\n\n"
            + "« La reprise des combats met gravement en danger la population civile », a affirmé la ministre dans un communiqué.\n"
        XCTAssertNotEqual(TestSupport.extract(text, published: "2026-03-14", language: .french).statement.kind, .readout)
    }

    func testEnglishMetIsStillAMeeting() {
        let text = "Foreign Minister Hana Novak of Slovenia met Foreign Minister Kofi Mensah of Ghana in Accra on Tuesday.\n\n"
            + "The two ministers agreed to expand cooperation in education.\n"
        XCTAssertEqual(TestSupport.extract(text, published: "2026-03-14").statement.kind, .readout)
    }
}
