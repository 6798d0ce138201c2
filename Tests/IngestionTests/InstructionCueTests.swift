import Model
import XCTest

/// GUIDELINES: instructing one's own officials or bodies to act is a pledge.
final class InstructionCueTests: XCTestCase {
    static let cases: [String] = [
        "Les chefs d'État ont instruit la Commission de préparer un plan de financement.",
        "The leaders tasked their trade ministers with drafting a new agreement.",
        "وكلف القادة الأمانة العامة بإعداد خطة للتعاون الاقتصادي.",
    ]

    func testInstructingOnesOwnBodiesIsAPledge() {
        for text in Self.cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), [.pledge], text)
        }
    }
}
