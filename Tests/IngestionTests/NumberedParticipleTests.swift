import Model
import XCTest

/// A participle opening a numbered paragraph ("2. Reiterating …, President
/// Asante praised …") has its subject after the comma that closes its phrase,
/// even when the phrase is a clause of its own: that official's side, not both.
final class NumberedParticipleTests: XCTestCase {
    typealias Case = SpeakerTests.Case

    static let cases: [Case] = [
        Case(text: """
        Joint Statement between Ghana and Kenya

        1. President Kwame Asante of Ghana paid a state visit to Kenya from 2 to 4 May 2027 at the invitation of President Daniel Mwangi of Kenya.

        2. Reiterating his congratulations on the anniversary of the Kenyan constitution, President Asante praised the role of Kenya in regional trade.

        3. The two sides agreed to expand trade in tea and cocoa.
        """, by: [["GH"], ["GH"], ["GH", "KE"]]),
    ]

    func testParticipleOpeningANumberedParagraphIsTheOfficialsAfterIt() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            // (The first paragraph's visit is not asserted: only who makes the stances.)
            XCTAssertEqual(e.commitments.filter { !$0.text.contains("paid a state visit") }.map { Set($0.by) }, c.by, "case \(n)")
        }
    }
}
