@testable import Ingestion
import XCTest

final class PhraseMatcherTests: XCTestCase {
    /// A word read several ways reaches several entries, by stem and by prefix:
    /// each is tried and found once, the longest first.
    func testEachEntryOnceLongestFirst() {
        var matcher = PhraseMatcher<String>()
        for phrase in ["support", "supported", "suppor*", "support the", "supported the plan", "back"] {
            matcher.add(phrase, value: phrase)
        }
        let document = Document(text: "Egypt supported the plan.", language: .english)
        let found = matcher.matches(at: 1, in: document).map { matcher.entries[$0.entry].value }
        XCTAssertEqual(found.count, Set(found).count, "\(found)")
        XCTAssertEqual(Array(found.prefix(2)), ["supported the plan", "support the"])
        XCTAssertEqual(Set(found.dropFirst(2)), ["support", "supported", "suppor*"])
        XCTAssertEqual(matcher.matches(at: 0, in: document).count, 0)
    }

    /// Two prefixes of one word that both match ("engag*" and "engagement*" in
    /// cues-fr.txt) come longest first, in every process: the order once
    /// followed a Set's, which changes between runs.
    func testPrefixesOfOneWordLongestFirst() {
        var matcher = PhraseMatcher<String>()
        for phrase in ["en*", "engag*", "eng*", "engagement*", "engage*"] {
            matcher.add(phrase, value: phrase)
        }
        let document = Document(text: "Son engagement reste entier.", language: .french)
        let found = matcher.matches(at: 1, in: document).map { matcher.entries[$0.entry].value }
        XCTAssertEqual(found, ["engagement*", "engage*", "engag*", "eng*", "en*"])
    }
}
