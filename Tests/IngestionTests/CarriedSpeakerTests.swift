import Model
import XCTest

/// "وأشار إلى أن …" right after a leader's own remark: an Arabic verb in the
/// singular with no subject goes on with that leader, not both sides of the visit.
final class CarriedSpeakerTests: XCTestCase {
    func testASubjectlessSingularVerbKeepsTheLastSpeaker() {
        let cases: [(String, String, UInt)] = [
            ("قال وزير الخارجية الإسباني كارلوس رويز، الخميس، إن بلاده ستواصل دعم الحوار مع المغرب.\n\n"
             + "وأشار إلى أن الشراكة بين البلدين تقوم على الثقة.\n", "ES", #line),
            ("أكد رئيس الوزراء الياباني تارو ساتو خلال لقائه ولي العهد الكويتي أهمية أمن الطاقة.\n\n"
             + "وشدد على ضرورة حماية الملاحة في الخليج.\n", "JP", #line),
            ("رحب الرئيس البرازيلي لويس سانتوس خلال زيارته إلى القاهرة بتوقيع اتفاقية التجارة مع مصر.\n\n"
             + "وأعرب عن أمله في مضاعفة حجم التبادل التجاري بين البلدين.\n", "BR", #line),
        ]
        for (text, party, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(e.commitments.count, 2, text, line: line)
            for commitment in e.commitments { XCTAssertEqual(commitment.by.map(\.rawValue), [party], text, line: line) }
        }
    }

    /// After the two sides spoke together, a verb without a subject is still theirs.
    func testASubjectlessVerbAfterTheTwoSidesStaysJoint() {
        let text = "أجرى وزير الخارجية المصري سامي الحداد اتصالا هاتفيا مع وزير الخارجية الكيني جون موانغي.\n\n"
            + "وأكد الجانبان أهمية تعزيز التعاون الاقتصادي.\n\nوشددا على ضرورة التنسيق في القضايا الإقليمية.\n"
        let e = TestSupport.extract(text, published: "2026-03-03", language: .arabic)
        XCTAssertEqual(Set(e.commitments.last?.by.map(\.rawValue) ?? []), ["EG", "KE"])
    }
}
