import Model
import XCTest

/// A ministry's account of a call, reposted under a header that names no one,
/// has both sides as issuers (GUIDELINES: "a bilateral statement has both
/// sides"): the counterpart is read from the first sentence that names the
/// officials of two parties, even when the counterpart's state is named only
/// before the title, with its abbreviation in brackets.
final class ReadoutSidesTests: XCTestCase {
    func testTheCounterpartNamedBesideTheOfficialIsTheOtherSide() {
        let cases: [(String, [PartyCode], UInt)] = [
            ("""
            posted 2024-03-02 (NEWSWIRE) Alerts of the U.S. Department of State reach this feed by e-mail. The page was refreshed.

            03/02/2024 10:15 AM EST

            Office of the Spokesperson

            The following is attributable to the spokesperson:

            Deputy Secretary of State Jane Doe and Republic of Kenya (RK) Deputy Foreign Minister Paul Otieno spoke by telephone \
            today about drought relief in the Horn of Africa. The Deputy Secretary said water projects would come first.
            """, ["US", "KE"], #line),
            ("""
            posted 2024-04-09 (NEWSWIRE) Alerts of the U.S. Department of State reach this feed by e-mail. The page was refreshed.

            04/09/2024 09:00 AM EST

            Media Note

            Office of the Spokesperson

            Secretary of State John Roe spoke with Republic of Ghana (ROG) Foreign Minister Ama Mensah today. \
            The Secretary thanked the Minister for Ghana's support in the Security Council.
            """, ["US", "GH"], #line),
        ]
        for (text, issuers, line) in cases {
            let found = TestSupport.extract(text, language: .english).parties.filter { $0.role == .issuer }.map(\.code)
            XCTAssertEqual(Set(found), Set(issuers), text, line: line)
        }
    }
}
