import Model
import XCTest

/// A summit named for an organisation and a partner ("the Arab-Chinese
/// summit") is stated jointly: its items are all the issuers', not the
/// organisation's alone as in the organisation's own communique.
final class JointSummitTests: XCTestCase {
    func testASummitNamedForTwoSidesCreditsAllIssuers() {
        let cases: [(String, Language?, Set<String>, UInt)] = [
            ("اتفق القادة في القمة العربية الهندية الثانية، أمس، على توسيع التبادل التجاري وفق البيان الختامي للقمة.\n"
             + "وأكد البيان أهمية حماية الممرات البحرية.", .arabic, ["LAS", "IN"], #line),
            ("في ختام أول قمة يابانية عربية عقدت في القاهرة، صدر البيان الختامي.\n"
             + "وأكد البيان الختامي ضرورة تعزيز الاستثمار المتبادل.", .arabic, ["LAS", "JP", "EG"], #line),  // a summit at the seat is hosted
            ("The first Arab-Brazilian summit closed in Brasília on Monday with a final communiqué.\n"
             + "The communiqué stressed the importance of food security.", nil, ["LAS", "BR"], #line),
        ]
        for (text, language, expected, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03", language: language)
            XCTAssertEqual(Set(e.issuers.map(\.rawValue)), expected, text, line: line)
            XCTAssertFalse(e.commitments.isEmpty, text, line: line)
            for commitment in e.commitments { XCTAssertEqual(Set(commitment.by.map(\.rawValue)), expected, text, line: line) }
        }
    }

    /// The organisation's own summit, held in a member's capital, still speaks alone.
    func testAnOrganisationsOwnSummitSpeaksAlone() {
        let text = "اختتمت القمة الخليجية أعمالها في الكويت بإصدار البيان الختامي.\nوأكد البيان رفض التدخل في الشؤون الداخلية."
        let e = TestSupport.extract(text, published: "2026-03-03", language: .arabic)
        XCTAssertFalse(e.commitments.isEmpty)
        for commitment in e.commitments { XCTAssertEqual(commitment.by.map(\.rawValue), ["GCC"]) }
    }
}
