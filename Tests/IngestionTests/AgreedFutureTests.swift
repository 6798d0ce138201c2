import Model
import XCTest

/// Agreeing on what will be done is a pledge; agreeing that something holds is a position.
final class AgreedFutureTests: XCTestCase {
    static let lead = "Ghana and Senegal held political consultations in Accra on Monday.\n\n"

    func testAnAgreementOnWhatWillBeDoneIsAPledge() {
        let cases: [(String, CommitmentType, UInt)] = [
            ("It was also agreed that the third session of the joint commission will be held in Dakar next year.\n", .pledge, #line),
            ("The two sides agreed that the next round of consultations would take place in Dakar.\n", .pledge, #line),
            ("Les deux parties ont convenu que la prochaine session de la commission mixte se tiendra à Dakar.\n", .pledge, #line),
            ("The two sides agreed that the border dispute has lasted far too long.\n", .position, #line),
        ]
        for (sentence, type, line) in cases {
            let commitments = TestSupport.extract(Self.lead + sentence, published: "2026-03-03").commitments
            XCTAssertEqual(commitments.map(\.type), [type], "\(commitments)", line: line)
        }
    }
}
