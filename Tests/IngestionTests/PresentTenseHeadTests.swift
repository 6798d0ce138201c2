import Model
import XCTest

/// An English present in -s after a common-noun subject ("The group looks forward",
/// "the bloc welcomes") is a finite stance, while an -s word after a stance
/// adjective ("their repeated calls") stays a noun.
final class PresentTenseHeadTests: XCTestCase {
    func testAPresentAfterANounSubjectHeadsAClause() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("India, Israel and the United States met in New York. The group looks forward to a second meeting in the spring.", [.pledge], #line),
            ("Ghana and Togo held talks in Accra. The bloc welcomes the progress made on the border post.", [.welcome], #line),
            ("Ghana and Togo held talks in Accra. The repeated calls for calm in the region were heard by all sides.", [], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), expected, text, line: line)
        }
    }
}
