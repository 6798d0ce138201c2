import Model
import XCTest

/// Verbs of holding a view ("ترى أن", "يرى أن") head a commitment of their own,
/// and expressed resolve ("أعرب عن عزمه", "أبدى عزمه") is a pledge.
final class ArabicReportedStanceCueTests: XCTestCase {
    func testHoldingAViewOrExpressingResolveHeadsACommitment() {
        let opening = "أجرى رئيس غانا اتصالا هاتفيا مع رئيس تونس. "
        let cases: [(String, [CommitmentType], UInt)] = [
            ("كما ترى غانا أن هذا الاعتداء يهدد أمن الملاحة في المنطقة.", [.position], #line),
            ("ويرى الجانب التونسي أن توسيع الشراكة يخدم مصالح الشعبين.", [.position], #line),
            ("وأعرب الرئيسان عن عزمهما على مضاعفة المبادلات التجارية.", [.pledge], #line),
            ("وأبدى الوزير الغاني عزم بلاده على فتح خط بحري مباشر.", [.pledge], #line),
        ]
        for (sentence, expected, line) in cases {
            let found = TestSupport.extract(opening + sentence, language: .arabic).commitments.map(\.type)
            XCTAssertEqual(found, expected, sentence, line: line)
        }
    }

    /// "ترى" as "sees" of a visit or an event states no view: without its "أن" it heads nothing.
    func testSeeingWithoutThatIsNoCue() {
        let text = "أجرى رئيس غانا اتصالا هاتفيا مع رئيس تونس. وترى العاصمة الغانية هذا الأسبوع معرضا للكتاب."
        XCTAssertEqual(TestSupport.extract(text, language: .arabic).commitments.map(\.type), [])
    }
}
