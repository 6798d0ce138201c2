import Model
import XCTest

/// Being pleased with, satisfied with, encouraged or impressed by what was
/// done welcomes it (GUIDELINES: welcome); "encouraged by" is no call.
final class PleasedWelcomeTests: XCTestCase {
    func testBeingPleasedWithAnOutcomeWelcomesIt() {
        let cases: [(String, UInt)] = [
            ("Both ministers were pleased with the progress of the trade talks.", #line),
            ("The two presidents were encouraged by the outcome of the regional elections.", #line),
            ("Kenya was impressed by the pace of reform in the customs service.", #line),
            ("The ministers were satisfied with the results of the joint commission.", #line),
        ]
        for (text, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .english).commitments.map(\.type), [.welcome], text, line: line)
        }
    }
}
