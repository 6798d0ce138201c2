import Model
import XCTest

/// "the Pacific Islands Forum (PIF)": an organisation's name and the acronym in
/// capitals after it, in parentheses, are one mention even when the lexicons
/// list no such acronym: the evidence shows the whole name, and a list of
/// parties or a meeting word reads on past the parenthesis.
final class UnlistedAcronymTests: XCTestCase {
    func testAParenthesisedAcronymJoinsTheNameBeforeIt() {
        let text = "Tonga will host next year's meeting, officials said.\n"
            + "The Pacific Islands Forum (PIF) summit ended in Apia on Friday with a declaration on ocean governance.\n"
            + "The leaders agreed to set up a regional fund for coastal protection.\n"
        let found = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertTrue(found.issuers.contains(PartyCode("PIF")), text)
        XCTAssertEqual(found.evidence?.issuers["PIF"]?.text, "Pacific Islands Forum (PIF)", text)
    }
}
