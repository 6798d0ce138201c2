import Model
import XCTest

/// A participle that opens a preamble ("Noting…", "Rappelant…") is only a
/// phrase when a named subject and its verb follow its comma: the sentence
/// then commits like any other. A preamble paragraph of its own still does not.
final class PreambleMainClauseTests: XCTestCase {
    func testAnOpeningPhraseBeforeANamedSubjectCommits() {
        let cases: [(String, [String], UInt)] = [
            ("Joint Statement between Chile and Peru\n\nNoting the progress of the talks, the two presidents agreed to open a consulate in Arica.",
             ["pledge CL+PE Noting the progress of the talks, the two presidents agreed to open a consulate in Arica."], #line),
            ("Joint Statement between Chile and Peru\n\nRecalling their common history, Chile and Peru reaffirmed their respect for international law.",
             ["position CL+PE Recalling their common history, Chile and Peru reaffirmed their respect for international law."], #line),
            ("Déclaration conjointe du Chili et du Pérou\n\nConsidérant leurs liens anciens, les deux ministres ont salué la hausse des échanges.",
             ["welcome CL+PE Considérant leurs liens anciens, les deux ministres ont salué la hausse des échanges."], #line),
            // A preamble paragraph: the comma is inside its own complement.
            ("Joint Statement between Chile and Peru\n\nRecalling that the summit, held in Lima, adopted a plan on fisheries;\n\nThe two sides agreed to open a consulate in Arica.",
             ["pledge CL+PE The two sides agreed to open a consulate in Arica."], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text), expected, text, line: line)
        }
    }
}
