import Model
import XCTest

/// A numbered paragraph of a statement ("3. …. They also …") that holds
/// several sentences is cut into them like any paragraph: each sentence is
/// its own commitment, with its own type, and a sentence-initial pronoun
/// stays with its verb.
final class NumberedParagraphSentenceTests: XCTestCase {
    func testEachSentenceOfANumberedParagraphIsItsOwnCommitment() {
        let header = "Joint Statement between Chile and Peru\n\n"
        let cases: [(String, [String], UInt)] = [
            (header + "3. The two sides agreed to open a consulate in Arica. They also committed to build a new road to the border.",
             ["pledge CL+PE The two sides agreed to open a consulate in Arica.", "pledge CL+PE They also committed to build a new road to the border."], #line),
            (header + "2. The two ministers welcomed the growth of trade in copper. They stressed the importance of regular consultations.",
             ["welcome CL+PE The two ministers welcomed the growth of trade in copper.", "position CL+PE They stressed the importance of regular consultations."], #line),
            (header + "(4) Chile and Peru condemned the attack on the border post. The two sides called on all armed groups to lay down their weapons.",
             ["condemn CL+PE Chile and Peru condemned the attack on the border post.", "call CL+PE The two sides called on all armed groups to lay down their weapons."], #line),
            ("Déclaration conjointe du Chili et du Pérou\n\n5. Les deux parties ont salué la hausse des échanges. Elles se sont engagées à ouvrir un consulat à Arica.",
             ["welcome CL+PE Les deux parties ont salué la hausse des échanges.", "pledge CL+PE Elles se sont engagées à ouvrir un consulat à Arica."], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text), expected, text, line: line)
        }
    }

    /// The items of an introduced list stay one item each, however many sentences.
    func testAnIntroducedListsItemStaysOneItem() {
        let text = "Chile and Peru held talks in Lima on Monday.\n\nThe two sides agreed to:\n\n1. open a consulate in Arica. It will serve both communities.\n2. hold a trade fair next spring."
        XCTAssertEqual(TestSupport.commitmentLines(text), [
            "pledge CL+PE open a consulate in Arica. It will serve both communities.",
            "pledge CL+PE hold a trade fair next spring.",
        ])
    }
}
