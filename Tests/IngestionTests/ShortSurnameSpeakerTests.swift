import Model
import XCTest

/// A surname of two letters ("Li", "Hu") names its official again once the
/// text introduced the official with a full name: after a quotation and as
/// the subject of a later sentence.
final class ShortSurnameSpeakerTests: XCTestCase {
    typealias Case = SpeakerTests.Case

    static let cases: [Case] = [
        // The quotation is the premier's, and so is the pledge after it, though it names the other side.
        Case(text: """
        ASTANA, 3 May 2027 — Chinese Premier Li Wenqiang held talks with Kazakh President Nurlan Bekov in Astana. "Our two countries will expand the grain trade," Li told reporters after the talks. Li also pledged to widen cooperation with Kazakhstan in solar energy.
        """, by: [["CN"], ["CN"]]),
        // The same in French, the surname after the verb of the quotation.
        Case(text: """
        Hanoï, 3 mai 2027 — Le Premier ministre vietnamien Ho Van Minh a reçu le président laotien Somsak Vongsa. « Nous allons doubler nos échanges », a déclaré Ho devant la presse.
        """, by: [["VN"]]),
    ]

    func testTwoLetterSurnameOfAnOfficialNamedInFullIsTheSpeaker() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
        }
    }
}
