import Model
import XCTest

/// A party's own future action under a stance verb is a pledge (GUIDELINES, Type: committed to
/// doing): committing to back a cause that is no party, or going on with an action, as the
/// verb's direct object. Backing a party stays support; concern at something continuing stays
/// a position.
final class ArabicOwnActionPledgeTests: XCTestCase {
    func testOwnFutureActionIsAPledge() {
        let cases: [(text: String, type: CommitmentType, line: UInt)] = [
            ("أكد وزير الخارجية الكندي التزام بلاده بدعم جهود التنمية المستدامة في القارة.", .pledge, #line),
            ("وأكد الجانبان استمرار العمل على تطوير التعاون الاقتصادي بين البلدين.", .pledge, #line),
            ("رحب الرئيس بالوفد الزائر، مؤكدا مواصلة بلاده جهودها لمكافحة الإرهاب.", .pledge, #line),
            ("أعرب الوزير عن قلقه من استمرار التصعيد في المنطقة.", .position, #line),
            ("أكد الوزير التزام بلاده بدعم الأردن في مواجهة التحديات.", .support, #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.commitments.last?.type, c.type, c.text, line: c.line)
        }
    }

    /// An announcement takes the type of what it announces: one's backing is support, an
    /// intention or a future of one's own a pledge (GUIDELINES, Type).
    func testAnnouncedBackingIsSupport() {
        let cases: [(text: String, type: CommitmentType, line: UInt)] = [
            ("أعلن المجلس دعمه لجهود الوساطة الأفريقية.", .support, #line),
            ("وأعلنت القمة تأييدها الكامل لمبادرة السلام العربية.", .support, #line),
            ("وأعلن الجانبان عزمهما توقيع اتفاقية للتجارة الحرة.", .pledge, #line),
            ("وأعلنت الوزارة أنها ستفتح قنصلية جديدة في المدينة.", .pledge, #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(e.commitments.map(\.type), [c.type], c.text, line: c.line)
        }
    }

    /// A named party "ready to" act ("إن الهند مستعدة للعمل مع…") pledges it, as "ready to" and
    /// « prête à » do in English and French; readiness nobody is named for is no commitment.
    func testANamedPartysReadinessIsAPledge() {
        let cases: [(text: String, types: [CommitmentType], line: UInt)] = [
            ("وقال الوزير إن الهند مستعدة للعمل مع كينيا لتوسيع التبادل التجاري.", [.pledge], #line),
            ("وأضاف أن البلدين مستعدان لاستضافة جولة جديدة من المشاورات.", [.pledge], #line),
            ("وكانت القاعة مستعدة لاستقبال الوفود منذ الصباح.", [], #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03", language: .arabic)
            XCTAssertEqual(e.commitments.map(\.type), c.types, c.text, line: c.line)
        }
    }
}
