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
             + "Deputy Secretary of State John Roe and Republic of Korea Vice Foreign Minister Lee Min-ho held a call today to discuss the alliance.\n"
             + "The Deputy Secretary stressed the importance of close coordination on regional security.\n",
             ["US", "KR"], #line),
            ("بحث وزير الخارجية الأردني أيمن الصفدي، اليوم، مع وزير الخارجية الياباني تارو كونو سبل تطوير العلاقات.\n"
             + "واتفق الوزيران خلال لقائهما في عمان على تعزيز التعاون الاقتصادي.\n"
             + "ووفقا لبيان صادر عن الخارجية الأردنية، أكد الصفدي أهمية الشراكة بين البلدين.\n",
             ["JO", "JP"], #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.statement.kind, .readout, c.text, line: c.line)
            XCTAssertEqual(Set(e.issuers.map(\.rawValue)), c.issuers, c.text, line: c.line)
        }
    }
}
