import Model
import XCTest

/// "أدانت وزارة الخارجية الأردنية", "رحبت الحكومة التونسية": a ministry or a
/// government named with its state's adjective speaks for that state, so a
/// ministry's statement that opens with it has that state as its issuer. A
/// state named after the body as a noun is the verb's object, not its maker:
/// "وحمّلت القمة إسرائيل المسؤولية".
final class ArabicBodyAdjectiveSpeakerTests: XCTestCase {
    func testABodyNamedWithItsStatesAdjectiveSpeaksForIt() {
        let cases: [(String, [String], UInt)] = [
            ("أدانت وزارة الخارجية الأردنية القصف الذي استهدف مدرسة للنازحين في خان يونس.\n"
             + "وأكدت الوزارة ضرورة حماية المدنيين.", ["JO"], #line),
            ("رحبت الحكومة التونسية بالاتفاق الذي وقعه الفرقاء الليبيون في جنيف.\n"
             + "ودعت الحكومة إلى تنفيذ بنوده دون إبطاء.", ["TN"], #line),
            ("جددت الخارجية الكويتية دعمها الكامل لجهود الوساطة بين الأطراف السودانية.\n"
             + "وأعربت عن أملها في وقف القتال.", ["KW"], #line),
        ]
        for (text, expected, line) in cases {
            let found = TestSupport.extract(text, language: .arabic)
            XCTAssertEqual(found.issuers.map(\.rawValue), expected, text, line: line)
            XCTAssertEqual(found.commitments.first?.by.map(\.rawValue), expected, text, line: line)
        }
    }

    func testAStateNamedAfterTheBodyAsANounIsTheObject() {
        let text = "اختتمت القمة الطارئة أعمالها في الرباط.\nوحمّلت القمة إسرائيل المسؤولية الكاملة عن تدهور الأوضاع في القدس."
        let clause = TestSupport.extract(text, language: .arabic).commitments.first { $0.text.contains("حمّلت") }
        XCTAssertNotNil(clause, text)
        XCTAssertFalse(clause?.by.contains(PartyCode("IL")) ?? true, text)
    }
}
