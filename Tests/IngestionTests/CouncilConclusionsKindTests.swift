import Model
import XCTest

/// A council's conclusions are the text its meeting closes with: the
/// "European Council conclusions", the « conclusions du Conseil », are its
/// final statement, a communique (GUIDELINES), not an outlet's report.
final class CouncilConclusionsKindTests: XCTestCase {
    func testACouncilsConclusionsAreItsCommunique() {
        let cases: [(String, StatementKind, UInt)] = [
            ("European Council conclusions on the Sahel\n\n1. The European Council reiterates its support for the "
             + "sovereignty of the states of the region.\n2. The European Council calls for the release of all hostages.\n",
             .communique, #line),
            ("Council conclusions on water diplomacy\n\nThe Council stresses that access to safe drinking water is a "
             + "human right and calls on all states to cooperate on shared rivers.\n", .communique, #line),
            ("Conclusions du Conseil européen sur le Moyen-Orient\n\nLe Conseil européen réaffirme son attachement à "
             + "la solution à deux États et appelle à un cessez-le-feu immédiat.\n", .communique, #line),
            ("The ministers reached no conclusions on the budget\n\nThe two ministers stressed the need for more "
             + "talks on the budget next month.\n", .newsReport, #line),
        ]
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: "2026-03-14").statement.kind, kind, text, line: line)
        }
    }
}
