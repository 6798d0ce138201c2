import Model
import XCTest

/// "We will exchange views on…", "the ministers will discuss…": what a meeting
/// is to go over is an agenda, not an undertaking (GUIDELINES: "they discussed",
/// agendas, are not commitments); a future of acting still pledges.
final class AgendaFutureTests: XCTestCase {
    func testAFutureOfDiscussingIsNoPledge() {
        let opening = "Ghana and Togo held talks in Accra on Monday. "
        let cases: [(String, [CommitmentType], UInt)] = [
            ("\"On regional matters, we will exchange our views on the crisis in the Sahel and maritime security.\"", [], #line),
            ("The two ministers will also discuss the new rail link at their next meeting.", [], #line),
            ("The two ministers will build the new rail link by 2028.", [.pledge], #line),
            ("The next session of the joint commission will be held in Lome in 2027.", [.pledge], #line),
        ]
        for (sentence, expected, line) in cases {
            let found = TestSupport.extract(opening + sentence, language: .english).commitments.map(\.type)
            XCTAssertEqual(found, expected, sentence, line: line)
        }
    }
}
