import XCTest

/// "issued a joint statement reaffirming that…": the gerund after the document's
/// name says what the document states, a stance of its issuers, though no comma
/// stands before it.
final class DocumentGerundTests: XCTestCase {
    func testTheDocumentsGerundHeadsAStance() {
        let cases: [(String, String, UInt)] = [
            ("Peru and Chile issued a joint statement reaffirming that free trade serves both peoples.\n",
             "position CL+PE Peru and Chile issued a joint statement reaffirming that free trade serves both peoples.", #line),
            ("Peru and Chile issued a joint declaration stressing the need for closer integration.\n",
             "position CL+PE Peru and Chile issued a joint declaration stressing the need for closer integration.", #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text), [expected], text, line: line)
        }
    }
}
