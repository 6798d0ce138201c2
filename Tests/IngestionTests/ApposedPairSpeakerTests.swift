import Model
import XCTest

/// "The President of Kenya, William Ruto, and the President of Ghana, Nana Akufo-Addo, have agreed…":
/// two officials whose names commas set off, joined by "and", speak together.
final class ApposedPairSpeakerTests: XCTestCase {
    func testTwoOfficialsSetOffByCommasSpeakTogether() {
        let cases: [(String, Set<String>, UInt)] = [
            ("The President of Kenya, William Ruto, and the President of Ghana, Nana Akufo-Addo, have agreed to intensify "
             + "bilateral cooperation.\n", ["KE", "GH"], #line),
            ("The Acting President, Yemi Osinbajo, and the President of Ghana, Nana Akufo-Addo, have agreed to open a "
             + "joint border post.\n", ["NG", "GH"], #line),
        ]
        for (sentence, by, line) in cases {
            let e = TestSupport.extract("ABUJA\n\n" + sentence, published: "2017-06-26", language: .english)
            XCTAssertEqual(e.commitments.first.map { Set($0.by.map(\.rawValue)) }, by, "\(e.commitments)", line: line)
        }
    }
}
