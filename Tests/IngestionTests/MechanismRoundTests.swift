import Model
import XCTest

/// A round numbered on the mechanism's own name ("the fifth strategic
/// dialogue"), and a meeting that is a round of the mechanism named after it
/// ("the third ministerial meeting of the strategic dialogue").
final class MechanismRoundTests: XCTestCase {
    func testOrdinalBeforeTheMechanismIsItsRound() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("The ministers met in Cairo for the fifth strategic dialogue between the two countries.", "strategic dialogue", 5, #line),
            ("Officials held the 9th joint commission in Accra on trade and energy.", "joint commission", 9, #line),
            ("Les ministres ont tenu la troisième commission mixte à Tunis.", "joint commission", 3, #line),
        ]
        check(cases)
    }

    func testMeetingOfAMechanismIsARoundOfThatMechanism() {
        let cases: [(String, String?, Int?, UInt)] = [
            ("The statement followed the third joint ministerial meeting of the strategic dialogue between the bloc and Japan.",
             "strategic dialogue", 3, #line),
            ("Le communiqué a suivi la quatrième réunion ministérielle du dialogue stratégique entre les deux parties.",
             "strategic dialogue", 4, #line),
            // A ministerial meeting on its own stays one.
            ("The ministerial meeting discussed regional security.", "ministerial meeting", nil, #line),
        ]
        check(cases)
    }

    private func check(_ cases: [(String, String?, Int?, UInt)]) {
        for (text, mechanism, round, line) in cases {
            let statement = TestSupport.extract(text).statement
            XCTAssertEqual(statement.mechanism, mechanism, text, line: line)
            XCTAssertEqual(statement.round, round, text, line: line)
        }
    }
}
