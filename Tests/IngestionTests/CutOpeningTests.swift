import XCTest

/// An excerpt cut right after a sentence's opening phrase ("In signing the
/// accord,") leaves no main clause: nothing is committed there.
final class CutOpeningTests: XCTestCase {
    func testAnOpeningPhraseCutAtTheTextsEndCommitsNothing() {
        let cases: [(String, Int, UInt)] = [
            ("Peru and Chile agreed to expand trade.\n\n2. In declaring a new partnership, ", 1, #line),
            ("Le Pérou et le Chili ont convenu de renforcer le commerce.\n\n3. En signant un partenariat stratégique global, ", 1, #line),
            // A main clause before the cut still commits.
            ("Peru and Chile agreed to expand trade.\n\n2. The two sides also agreed to open consulates, ", 2, #line),
        ]
        for (text, count, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text).count, count, "\(TestSupport.commitmentLines(text))", line: line)
        }
    }
}
