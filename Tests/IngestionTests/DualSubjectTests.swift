import Model
import XCTest

/// "The two agreed…", "The two men agreed…", "Les deux ont convenu…": the two
/// officials of a call or a meeting, named by their number alone, are both sides
/// (GUIDELINES, By: stated jointly), even in one side's readout.
final class DualSubjectTests: XCTestCase {
    func testTheTwoNamedByTheirNumberAreBothSides() {
        let cases: [(String, Set<String>, UInt)] = [
            ("Readout of the Secretary's Call with Nigerian Foreign Minister Musa Bello\n\n"
             + "Secretary Lawson spoke today with Nigerian Foreign Minister Musa Bello about security in the Sahel. The Secretary "
             + "thanked the Foreign Minister for Nigeria's leadership in the region. The two agreed on the need for closer "
             + "intelligence sharing.\n", ["US", "NG"], #line),
            ("Foreign Minister Ana Costa of Brazil met Foreign Minister Kofi Boateng of Ghana in Accra on Monday. Costa praised "
             + "Ghana's democratic tradition. The two men agreed to open direct flights between the two countries.\n", ["BR", "GH"], #line),
            ("Le ministre sénégalais des Affaires étrangères, M. Cheikh Diouf, s’est entretenu lundi à Dakar avec son homologue "
             + "italien, M. Marco Bianchi. Les deux ont convenu de relancer la commission mixte.\n", ["SN", "IT"], #line),
        ]
        for (text, expected, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03")
            guard let last = e.commitments.last else { return XCTFail("no commitment: \(text)", line: line) }
            XCTAssertEqual(Set(last.by.map(\.rawValue)), expected, text, line: line)
        }
    }
}
