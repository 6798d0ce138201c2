import Model
import XCTest

/// "In response, President Ruto, thanking his host, said that …": a participle
/// set off by commas right after a named official, before that official's verb
/// of saying, is the official's stance, not the previous speaker's.
final class ParentheticalParticipleTests: XCTestCase {
    func testAParticipleBetweenCommasAfterANameIsThatOfficials() {
        let text = "President Samia Hassan of Tanzania received President William Ruto of Kenya in Dodoma on Monday.\n"
            + "President Hassan said that Tanzania would open a new border post at Namanga.\n"
            + "In response, President Ruto, thanking his host for the warm welcome, said that the new post would ease trade.\n"
        let found = TestSupport.extract(text, published: "2026-03-03")
        let thanks = found.commitments.first { $0.text.contains("thanking") }
        XCTAssertEqual(thanks?.by.map(\.rawValue), ["KE"], text)
    }
}
