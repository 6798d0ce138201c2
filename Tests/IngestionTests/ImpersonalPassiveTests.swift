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
