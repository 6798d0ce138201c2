import Model
import XCTest

/// A stance that names no field of its own continues the field an earlier stance
/// of its paragraph names, beside `diplomatic_process`; in a paragraph of its own it
/// is about the relationship alone.
final class ParagraphTopicTests: XCTestCase {
    static let cases: [(text: String, last: Set<Topic>, line: UInt)] = [
        ("Oman and Iraq discuss the crisis\n\nThe two ministers condemned the renewed fighting in the war, "
         + "and they called on all sides to act at once.", [.diplomaticProcess, .regionalConflict], #line),
        ("Le Niger et le Tchad font le point\n\nLes deux ministres ont salué les progrès du commerce transfrontalier. "
         + "Ils ont appelé les opérateurs à poursuivre dans cette voie.", [.diplomaticProcess, .trade], #line),
        ("الكويت وعمان تبحثان الأوضاع\n\nوأدان الوزيران الهجمات الإرهابية، ودعوا المجتمع الدولي إلى التحرك الفوري.",
         [.security, .counterterrorism, .diplomaticProcess], #line),
        // A paragraph of its own: the field of the one before does not carry over.
        ("Oman and Iraq discuss the crisis\n\nThe two ministers condemned the renewed fighting in the war.\n\n"
         + "They called on all sides to act at once.", [.diplomaticProcess], #line),
    ]

    func testAStanceWithoutAFieldContinuesItsParagraphs() {
        for c in Self.cases {
            let commitments = TestSupport.extract(c.text, published: "2027-03-02").commitments
            XCTAssertGreaterThanOrEqual(commitments.count, 2, c.text, line: c.line)
            XCTAssertEqual(Set(commitments.last?.topics ?? []), Set(c.last), c.text, line: c.line)
        }
    }
}
