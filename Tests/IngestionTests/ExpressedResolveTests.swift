import Model
import XCTest

/// Expressing a resolve to act ("expressed their determination to…", « ont exprimé
/// leur aspiration à poursuivre… ») pledges that action (GUIDELINES: readiness to,
/// look forward to doing), as expressing a commitment or a readiness does.
final class ExpressedResolveTests: XCTestCase {
    static let cases: [(text: String, line: UInt)] = [
        ("Chile and Peru expressed their determination to widen the port agreement.\n", #line),
        ("Chile and Peru expressed their will to keep working on the port agreement.\n", #line),
        ("Le Chili et le Pérou ont exprimé leur détermination à élargir l'accord portuaire.\n", #line),
        ("Le Chili et le Pérou ont exprimé leur aspiration à poursuivre les concertations sur l'accord portuaire.\n", #line),
    ]

    func testExpressingAResolveToActPledges() {
        for c in Self.cases {
            let commitments = TestSupport.extract(c.text, published: "2026-03-03").commitments
            XCTAssertEqual(commitments.map(\.type), [.pledge], c.text, line: c.line)
        }
    }
}
