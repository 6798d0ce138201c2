@testable import Ingestion
import Model
import XCTest

/// A web page's related-article lines (">>> …") are links to other pages:
/// neither part of the report nor glued to the lines around them.
final class LinkLineTests: XCTestCase {
    private let text = """
    Regional ministers close their annual meeting

    Ministers of the member states met by video link on Tuesday under the chair's presidency, as pictured here |
    >>> Island state thanks Norway for backing the regional bloc
    »» Full text of the ministers' final statement
    The ministers agreed that open trade serves the whole region and its partners.
    """

    func testLinkLinesAreBoilerplateAndJoinNoSentence() {
        let document = Document(text: text, language: .english)
        let linkLines = document.lines.filter { line in
            let text = document.cleanText(line.segment.start, line.segment.end)
            return text.hasPrefix(">>>") || text.hasPrefix("»»")
        }
        XCTAssertEqual(linkLines.count, 2)
        XCTAssertTrue(linkLines.allSatisfy { $0.kind == .boilerplate })
        let last = document.sentences.last.map { document.cleanText(document.tokens[$0.tokens.lowerBound].start, document.tokens[$0.tokens.upperBound - 1].end) }
        XCTAssertEqual(last, "The ministers agreed that open trade serves the whole region and its partners.")
    }

    func testLinkedPageGivesNoIssuerNorCommitment() {
        let extraction = Extractor().extract(Article(text: text, language: .english))
        XCTAssertFalse(extraction.parties.contains { $0.code == "NO" && $0.role == .issuer })
        XCTAssertFalse(extraction.commitments.contains { $0.text.contains("Norway") })
    }
}
