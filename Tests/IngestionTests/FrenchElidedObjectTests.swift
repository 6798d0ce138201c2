import Model
import XCTest

/// "a réitéré l'appui ferme du Sénégal à…": after a participle, the elided article makes the cue
/// the stance's object noun, and its type the clause's; "la France l'appuie" stays a verb.
final class FrenchElidedObjectTests: XCTestCase {
    func testAnElidedArticleAfterAParticipleMakesTheCueItsObject() {
        let cases: [(String, CommitmentType, UInt)] = [
            ("La partie ivoirienne a réitéré l'appui ferme de la Côte d'Ivoire au plan de paix du Ghana.\n", .support, #line),
            ("La partie ivoirienne a réaffirmé l’appui de son pays à la candidature du Ghana.\n", .support, #line),
            ("La Côte d'Ivoire l'appuie pleinement dans cette démarche.\n", .support, #line),
        ]
        for (sentence, type, line) in cases {
            let text = "Le Ghana et la Côte d'Ivoire ont tenu leur commission mixte à Accra.\n\n" + sentence
            let commitments = TestSupport.extract(text, published: "2026-03-03", language: .french).commitments
            XCTAssertEqual(commitments.map(\.type), [type], "\(commitments)", line: line)
        }
    }
}
