import TextAnalysis
import XCTest

final class SegmenterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Segmenter.sentences(scalars, in: TextSegment(start: 0, end: scalars.count)).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    func testSentences() {
        let cases: [(String, [String])] = [
            ("One. Two.", ["One.", "Two."]),
            ("Version 2.0 is out. Next.", ["Version 2.0 is out.", "Next."]),
            ("The U.S. agreed. Then.", ["The U.S. agreed.", "Then."]),
            ("هل اتفقا؟ نعم.", ["هل اتفقا؟", "نعم."]),
            ("He said “done.” Then left.", ["He said “done.”", "Then left."]),
        ]
        for (text, expected) in cases { XCTAssertEqual(sentences(text), expected, text) }
    }
}
