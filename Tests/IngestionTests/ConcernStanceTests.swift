import Model
import XCTest

/// Being concerned, alarmed or "préoccupé" by a situation states a position on
/// it (GUIDELINES: position covers concern), with no "express" before it.
final class ConcernStanceTests: XCTestCase {
    func testBeingConcernedByASituationIsAPosition() {
        let cases: [(String, Language, UInt)] = [
            ("The Secretary-General is deeply concerned by the renewed fighting in the north.", .english, #line),
            ("Kenya is alarmed at the rising number of displaced people.", .english, #line),
            ("Le Sénégal est préoccupé par la montée des tensions dans la région.", .french, #line),
        ]
        for (text, language, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: language).commitments.map(\.type), [.position], text, line: line)
        }
    }
}
