import Model
import XCTest

/// A dateline's city is where the dispatch was filed. The dash that closes it
/// ("LOME – ECOWAS leaders…") joins no two sides: the city's state is no issuer
/// of an organisation's statement, and every `by` would follow it.
final class DatelineJoinTests: XCTestCase {
    func testTheDashAfterADatelineJoinsNoSides() {
        let cases: [(String, Set<String>, UInt)] = [
            ("LOME – ECOWAS leaders have met in an extraordinary session to review the crisis in the region.\n"
             + "A statement from the bloc's spokesperson on Monday said the leaders urged member states to share intelligence.",
             ["ECOWAS"], #line),
            ("LOME – ECOWAS leaders have met in an extraordinary session on the unrest in the region, notably in northern Ghana.\n"
             + "A statement from the bloc's spokesperson on Monday said the meeting was held in Dakar.\n"
             + "It said the authority expressed concern over the attacks in northern Ghana.",
             ["ECOWAS"], #line),
            ("NAIROBI - IGAD heads of state met on Friday on the fighting along the border.\n"
             + "The heads of state called on all parties to observe the ceasefire.", ["IGAD"], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, nil), expected, text, line: line)
            for commitment in TestSupport.extract(text, published: "2026-03-03", language: nil).commitments {
                XCTAssertEqual(Set(commitment.by.map(\.rawValue)), expected, text, line: line)
            }
        }
    }
}
