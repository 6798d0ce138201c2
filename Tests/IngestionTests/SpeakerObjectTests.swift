import Model
import XCTest

/// A party the speaker addresses is not the speaker: the object after an
/// Arabic plural verb.
final class SpeakerObjectTests: XCTestCase {
    struct Case {
        var text: String
        /// Each commitment's makers, in order.
        var by: [Set<PartyCode>]
    }

    static let cases: [Case] = [
        // "يطالبون الاتحاد الأوروبي": the plural verb's subject stands before it; the union is addressed.
        Case(text: """
        القاهرة، 4 مايو 2027 — اجتمع وزير الخارجية المصري مع وزير الخارجية الأردني في القاهرة. وزيرا خارجية مصر والأردن يطالبون الاتحاد الأوروبي بزيادة المساعدات الإنسانية.
        """, by: [["EG", "JO"]]),
    ]

    func testPartyAddressedBySpeakerIsNotTheSpeaker() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
        }
    }
}
