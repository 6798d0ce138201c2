import Model
import XCTest

/// Reports quote fragments of the statement inside its cue phrase
/// ("expressed “deep concern”", "عن «ارتياحها»"): the quotation marks are
/// no words, and the cue still reads.
final class QuotedCueTests: XCTestCase {
    static let cases: [(text: String, type: CommitmentType)] = [
        ("أعربت الحكومة التونسية عن «ارتياحها للتقدم المحرز في المفاوضات».", .welcome),
        ("The ministers expressed their countries’ “commitment to deepening” the partnership.", .pledge),
        ("Les deux ministres ont exprimé leur « vive préoccupation » face à la sécheresse.", .position),
    ]

    func testACueWithAQuotedWordStillReads() {
        for c in Self.cases {
            XCTAssertEqual(TestSupport.extract(c.text).commitments.map(\.type), [c.type], c.text)
        }
    }
}
