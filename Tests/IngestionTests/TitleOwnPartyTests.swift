import Model
import XCTest

/// A title may name a party by itself: a bare "Secretary" is the US Secretary
/// of State's. An official the text titled otherwise before ("the Secretary of
/// Foreign Affairs of Mexico") keeps that title's party when named again as
/// "Secretary Ruiz Ortega", and so does the bare title itself, which is no US
/// participant. The United Kingdom's "Secretary of State for Foreign and
/// Commonwealth Affairs" is its foreign minister, not the Commonwealth's, and
/// "the Americas" are no party.
final class TitleOwnPartyTests: XCTestCase {
    let text = "Mexico and the United Kingdom: joint communique\n"
        + "The two foreign ministers met in London on 3 May 2016: for Mexico, Ana Ruiz Ortega, Secretary of Foreign "
        + "Affairs of Mexico, and for the United Kingdom, David Hale, Secretary of State for Foreign and Commonwealth Affairs.\n"
        + "Secretary Ruiz Ortega thanked the United Kingdom for the aid it sent to the storm-hit regions of the Americas.\n"
        + "Both sides agreed to expand cooperation in education.\n"

    func testARepeatedOfficialKeepsThePartyOfTheFullerTitle() {
        let found = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertEqual(found.commitments.first { $0.text.contains("thanked") }?.by.map(\.rawValue), ["MX"], text)
        XCTAssertEqual(found.persons.first { $0.name == "Ana Ruiz Ortega" }?.party?.rawValue, "MX", text)
    }

    func testTheUnitedKingdomsSecretaryOfStateAndTheAmericas() {
        let found = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertEqual(Set(found.issuers.map(\.rawValue)), ["MX", "GB"], text)
        XCTAssertEqual(found.persons.first { $0.name == "David Hale" }?.party?.rawValue, "GB", text)
        XCTAssertFalse(found.parties.contains { $0.code.rawValue == "COMMONWEALTH" || $0.code.rawValue == "US" }, text)
    }
}
