import Model
import XCTest

/// "the Pacific Islands Forum (PIF)": an organisation's name and the acronym in
/// capitals after it, in parentheses, are one mention even when the lexicons
/// list no such acronym, so the meeting word after the parenthesis ("concluded
/// their summit") makes the organisation the body whose text this is, before
/// any state a clause names as its speaker.
final class UnlistedAcronymTests: XCTestCase {
    func testAParenthesisedAcronymJoinsTheNameBeforeIt() {
        let text = "Leaders from 14 nations of the Pacific Islands Forum (PIF) closed their summit on Friday with the "
            + "adoption of the Apia Declaration on Ocean Governance.\n"
            + "Tonga announced it would host next year's meeting.\n"
            + "The leaders agreed to set up a regional fund for coastal protection.\n"
        let found = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertEqual(found.issuers.first?.rawValue, "PIF", text)
        XCTAssertEqual(found.evidence?.issuers["PIF"]?.text, "Pacific Islands Forum (PIF)", text)
    }
}
