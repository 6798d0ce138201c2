import Model
import XCTest

/// A government's own account of a call names its side only by a bare title
/// ("The Prime Minister spoke to…"): the other side is the official it spoke
/// to, and a state the account names as a matter (whose decision was
/// discussed) is not made the missing side.
final class UnnamedOwnSideTests: XCTestCase {
    private let cases: [(String, Set<String>, UInt)] = [
        ("The Prime Minister spoke to President Ana Lindqvist of Sweden this morning.\n\n"
         + "They discussed the outlook for energy prices after the decision announced by Brazil last week. "
         + "The leaders agreed to keep in close touch.\n", ["SE"], #line),
        ("The President spoke with the Chancellor of Austria, Karl Brenner, on Monday.\n\n"
         + "Both leaders voiced concern at the new tariffs from Japan and agreed to coordinate their response.\n", ["AT"], #line),
        ("Le Premier ministre s'est entretenu jeudi avec le président du Ghana, Kofi Mensah.\n\n"
         + "Les deux dirigeants ont évoqué les mesures annoncées par le Brésil et sont convenus de rester en contact étroit.\n",
         ["GH"], #line),
    ]

    func testTheMatterOfTheCallIsNotTheUnnamedSide() {
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.issuers(text, published: "2026-03-14"), expected, text, line: line)
        }
    }

    func testACallNamedBySpeakingToAnOfficialIsAReadout() {
        for (text, _, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: "2026-03-14").statement.kind, .readout, text, line: line)
        }
    }

    /// A named side keeps its counterpart's state from the lead.
    func testANamedSideStillTakesTheLeadsOtherParty() {
        let text = "Prime Minister Lars Holm of Denmark spoke to the Prime Minister of New Zealand on Friday.\n\n"
            + "The two leaders agreed to deepen cooperation on Arctic research.\n"
        XCTAssertEqual(TestSupport.issuers(text, published: "2026-03-14"), ["DK", "NZ"])
    }
}
