import Model
import XCTest

/// Renewing a stance restates it, as reiterating does: the noun it renews gives
/// the type ("renouvellent leur condamnation", "renewed their call").
final class RenewedStanceTests: XCTestCase {
    static let cases: [(text: String, type: CommitmentType?, line: UInt)] = [
        ("Le Bénin et le Ghana renouvellent leur condamnation des attaques contre les postes frontaliers.\n", .condemn, #line),
        ("Le Bénin et le Ghana ont renouvelé leur soutien à la médiation régionale.\n", .support, #line),
        ("Le Bénin et le Ghana renouvellent leur appel à la retenue.\n", .call, #line),
        ("Kenya and Tanzania renewed their call for restraint along the border.\n", .call, #line),
        ("Kenya and Tanzania renewed their support for the regional mediation.\n", .support, #line),
        // The noun names a matter; it restates nothing.
        ("Le renouvellement du mandat de la mission figurait à l'ordre du jour.\n", nil, #line),
    ]

    func testRenewingAStanceRestatesIt() {
        for c in Self.cases {
            let commitments = TestSupport.extract(c.text, published: "2026-03-03").commitments
            XCTAssertEqual(commitments.first?.type, c.type, c.text, line: c.line)
        }
    }
}
