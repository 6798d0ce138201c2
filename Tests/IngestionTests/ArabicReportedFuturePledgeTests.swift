import Model
import XCTest

/// A stance verb whose complement, past the speaker's asides, makes the speaker's own side
/// the subject of a future ("أكد …، أن بلاده ستواصل…") reports a pledge.
final class ArabicReportedFuturePledgeTests: XCTestCase {
    func testOwnSidesFutureUnderAStanceVerbIsAPledge() {
        let cases: [(text: String, type: CommitmentType, line: UInt)] = [
            ("وأكد الرئيس الكيني أن بلاده ستواصل تطوير الربط الكهربائي مع إثيوبيا.", .pledge, #line),
            ("أكد وزير الخارجية الماليزي، خلال لقائه نظيره الإندونيسي في جاكرتا، أن بلاده ستضاعف استثماراتها في الموانئ.", .pledge, #line),
            ("وشدد الرئيس البرازيلي، في اتصال مع نظيره الأرجنتيني، أن حكومته ستفتح خطا جويا جديدا.", .pledge, #line),
            ("وأكد الوزير الماليزي أن الأزمة ستؤثر على أسعار الغذاء في المنطقة.", .position, #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(e.commitments.map(\.type), [c.type], c.text, line: c.line)
        }
    }
}
