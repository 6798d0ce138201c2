import Model
import XCTest

/// Two officials named again with their honorifics and joined by "et" ("M. X
/// et M. Y", "SEM X et SEM Y", "Son Excellence Monsieur X et …") speak
/// together: the honorific before the second name hid the conjunction, and
/// the stance went to the second official's side alone.
final class HonorificJoinedSpeakersTests: XCTestCase {
    func testOfficialsJoinedWithTheirHonorificsSpeakTogether() {
        let intro = "Le président du Niger, Son Excellence Monsieur Issa Garba, a reçu le président du Tchad, Son Excellence Monsieur Ali Mahamat.\n\n"
        let cases: [(String, UInt)] = [
            ("SEM Issa Garba et SEM Ali Mahamat se sont félicités de l'excellence des relations entre les deux pays.", #line),
            ("M. Issa Garba et M. Ali Mahamat se sont félicités de l'excellence des relations entre les deux pays.", #line),
            ("Son Excellence Monsieur Issa Garba et Son Excellence Monsieur Ali Mahamat se sont félicités de la qualité des échanges.", #line),
        ]
        for (text, line) in cases {
            let commitments = TestSupport.extract(intro + text, language: .french).commitments
            XCTAssertEqual(commitments.map { Set($0.by) }, [["NE", "TD"]], text, line: line)
        }
    }
}
