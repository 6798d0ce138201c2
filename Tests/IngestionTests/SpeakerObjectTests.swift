import Model
import XCTest

/// A party the speaker addresses or speaks of is not the speaker: the object
/// after an Arabic plural verb, a party inside the phrase that opens the
/// sentence before an unnamed subject ("…, la réunion a salué").
final class SpeakerObjectTests: XCTestCase {
    typealias Case = SpeakerTests.Case

    static let cases: [Case] = [
        // "يطالبون الاتحاد الأوروبي": the plural verb's subject stands before it; the union is addressed.
        Case(text: """
        القاهرة، 4 مايو 2027 — اجتمع وزير الخارجية المصري مع وزير الخارجية الأردني في القاهرة. وزيرا خارجية مصر والأردن يطالبون الاتحاد الأوروبي بزيادة المساعدات الإنسانية.
        """, by: [["EG", "JO"]]),
        // "par la justice guinéenne" belongs to the opening phrase; "la réunion" speaks, unnamed: the issuers.
        Case(text: """
        Dakar, 4 mai 2027 — Le Sénégal et la Gambie ont tenu leur commission mixte à Dakar. À propos des pêcheurs retenus par la justice guinéenne, la réunion a salué les efforts de médiation en cours.
        """, by: [["SN", "GM"]]),
    ]

    func testPartyAddressedBySpeakerIsNotTheSpeaker() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
        }
    }
}
