import Model
import XCTest

/// GUIDELINES: condemning an act includes declaring it unacceptable or void.
/// A stance verb whose complement gives that verdict is a condemnation; a
/// matter merely named ("illegal migration") is no verdict.
final class VerdictTests: XCTestCase {
    static let cases: [(text: String, type: CommitmentType)] = [
        ("The minister stressed that the shelling of the border villages is unacceptable.", .condemn),
        ("Le ministre a souligné que la construction de nouvelles colonies était inacceptable.", .condemn),
        ("وأكد الوزير أن إغلاق المعابر أمر غير مقبول.", .condemn),
        ("The minister stressed the need to fight illegal migration together.", .position),
    ]

    func testAStanceJudgingAnActUnacceptableCondemnsIt() {
        for c in Self.cases {
            XCTAssertEqual(TestSupport.extract(c.text).commitments.map(\.type), [c.type], c.text)
        }
    }
}
