import Model
import XCTest

/// In one side's readout of talks, "it was agreed", "وتم الاتفاق" report what
/// the two sides did together: the clause is both sides', not the author's.
final class ImpersonalPassiveTests: XCTestCase {
    func testAnImpersonalPassiveInAReadoutIsBothSides() {
        let cases: [(String, UInt)] = [
            ("Iraqi Foreign Minister Fuad Hussein received a phone call from his French counterpart, the Iraqi Foreign Ministry said in a statement.\n\n"
                + "It was agreed that an international conference on reconstruction would be held in Baghdad.", #line),
            ("أجرى وزير الخارجية العراقي اتصالا هاتفيا مع نظيره الفرنسي، بحثا خلاله العلاقات الثنائية، حسب بيان لوزارة الخارجية العراقية.\n\n"
                + "وتم الاتفاق على عقد مؤتمر دولي حول إعادة الإعمار في بغداد.", #line),
        ]
        for (text, line) in cases {
            let extraction = TestSupport.extract(text)
            XCTAssertEqual(extraction.statement.kind, .readout, line: line)
            XCTAssertEqual(extraction.commitments.map { Set($0.by) }, [Set([PartyCode("IQ"), PartyCode("FR")])], text, line: line)
        }
    }
}

/// "تم التأكيد على", "جرى الاتفاق على", "تم التوافق حول": the impersonal passive of a
/// meeting's outcome is a stance of both sides, also after a sentence's discussion framing.
final class ArabicImpersonalStanceTests: XCTestCase {
    func testImpersonalPassiveStancesAreCommitments() {
        let text = """
        استقبل وزير الخارجية الأردني نظيره المغربي في عمان.

        وناقش الوزيران آفاق التعاون، وتم التأكيد على ضرورة تفعيل آليات التشاور.
        وجرى الاتفاق على عقد اللجنة العليا المشتركة قبل نهاية العام.
        وتم التوافق حول تبادل الخبرات في مجال الطاقة.
        """
        let e = TestSupport.extract(text, published: "2026-03-03", language: .arabic)
        XCTAssertEqual(e.commitments.map(\.type), [.position, .pledge, .pledge])
        for c in e.commitments { XCTAssertEqual(Set(c.by), [PartyCode("JO"), PartyCode("MA")], c.text) }
    }
}
