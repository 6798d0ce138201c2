import Model
import XCTest

/// French states a stance as a noun after "exprimer" ("a exprimé sa ferme
/// condamnation", "son rejet") and a wish for others' action with "appeler de
/// ses vœux": the noun and the idiom give the type.
final class FrenchNounStanceTests: XCTestCase {
    func testANounStanceAndTheWishIdiomAreTyped() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("Le Niger a exprimé sa ferme condamnation de l'attaque contre la mission.", [.condemn], #line),
            ("La Tunisie a exprimé son rejet de cette décision unilatérale.", [.condemn], #line),
            ("Les deux ministres ont appelé de leurs vœux une ratification rapide de l'accord.", [.call], #line),
            ("Les deux ministres ont, à cet égard, appelé de leurs voeux une reprise du dialogue.", [.call], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .french).commitments.map(\.type), expected, text, line: line)
        }
    }
}
