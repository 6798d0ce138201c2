import Model
import XCTest

/// Committing to do something is a pledge (GUIDELINES: "committed to doing"), even
/// when an adverb or adjectives stand between "to" and the action; committing to
/// a principle or a state of affairs stays a stance.
final class CommitmentToActTests: XCTestCase {
    func testACommitmentToAnActionBehindModifiersIsAPledge() {
        let cases: [(String, CommitmentType, UInt)] = [
            ("The minister emphasized her commitment to close regional cooperation with Kenya.", .pledge, #line),
            ("The two sides committed to effectively implementing the defence agreement.", .pledge, #line),
            ("The ministers reaffirmed their commitment to further deepening trade ties.", .pledge, #line),
            ("The ministers reaffirmed their commitment to regional peace and stability.", .position, #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .english).commitments.map(\.type), [expected], text, line: line)
        }
    }
}
