import Model
import XCTest

/// One side's account of talks or a call has both sides as issuers (GUIDELINES: a bilateral
/// statement has both sides, even when the article names one side first): the counterpart
/// named after a spokesperson's line is not demoted to `mentioned`, and a ministry's statement
/// that tells of a meeting of two ("خلال لقائهما") is that ministry's readout.
final class ReadoutCounterpartTests: XCTestCase {
    func testTheCounterpartOfAOneSideReadoutIsAnIssuer() {
        let cases: [(text: String, issuers: Set<String>, line: UInt)] = [
            ("Posted 2026-03-03 by the press office of the U.S. Department of State, Washington.\n"
             + "Readers of this page receive updates by email every working day of the week.\n\n"
             + "Office of the Spokesperson\n\n"
             + "The following is attributable to Spokesperson Jane Doe:\n\n"
             + "Deputy Secretary of State John Roe and Republic of Chile Vice Foreign Minister Ana Rojas spoke by telephone today about fisheries.\n"
             + "The Deputy Secretary stressed the importance of close coordination on regional security.\n",
             ["US", "CL"], #line),
            ("ناقش وزير الخارجية التونسي هادي الشابي، اليوم، مع وزير الخارجية البرازيلي جواو ريبيرو آفاق التبادل التجاري.\n"
             + "واتفق الوزيران خلال لقائهما في تونس على فتح خط بحري مباشر.\n"
             + "ووفقا لبيان صادر عن الخارجية التونسية، أكد الشابي أهمية الشراكة بين البلدين.\n",
             ["TN", "BR"], #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, .readout, c.text, line: c.line)
            XCTAssertEqual(Set(e.issuers.map(\.rawValue)), c.issuers, c.text, line: c.line)
        }
    }
}
