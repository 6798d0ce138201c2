import Model
import XCTest

/// A stance verb takes its type from the stance noun it is affirming: not stopped by a cue word
/// inside an organisation's name before it ("لمجلس التعاون"), nor by the article's ل, and not
/// reaching past a complementiser ("لأن") into a clause of its own.
final class ArabicStanceObjectTests: XCTestCase {
    func testTheAffirmedNounGivesTheType() {
        let cases: [(text: String, type: CommitmentType, line: UInt)] = [
            ("أكد المجلس الوزاري لمجلس التعاون لدول الخليج العربية تضامنه الكامل مع دولة الكويت.", .support, #line),
            ("أكد البيان على الدعم الكامل للبنان في مواجهة الأزمة.", .support, #line),
            ("وجددت الوزارة موقف المملكة الداعي إلى وقف إطلاق النار في غزة.", .call, #line),
            ("أكد القادة أهمية العمل العربي المشترك، معربين عن تطلعهم لأن تعيد القمة المقبلة التضامن بين الدول العربية.",
             .position, #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.commitments.last?.type, c.type, c.text, line: c.line)
        }
    }
}
