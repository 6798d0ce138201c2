@testable import Ingestion
import XCTest

final class LatinLemmaTests: XCTestCase {
    private func lemmas(_ pairs: [(String, String)]) -> [String] { pairs.map { "\($0.0)|\($0.1)" } }

    /// The byte rules for ASCII words give what the Character rules give.
    func testASCIIWordsAsByCharacter() {
        let words = [
            "", "s", "es", "ies", "ied", "ed", "ing", "e", "ne", "nes", "agreed", "planned", "called", "studies",
            "studied", "supports", "wishes", "running", "building", "taking", "held", "une", "lines", "canne",
            "engagees", "signes", "sing", "thing", "things", "added", "feed", "x-ing", "o'neill's", "seeing",
        ]
        for word in words {
            XCTAssertEqual(lemmas(WordAnalysis.latinLemmas(word)), lemmas(WordAnalysis.lemmasByCharacter(word)), word)
        }
        XCTAssertEqual(lemmas(WordAnalysis.latinLemmas("planned")),
                       ["planned|", "plann|ed", "planne|ed", "plan|ed"])
        // Non-ASCII words keep the Character rules: "signées" is signé + es.
        XCTAssertTrue(lemmas(WordAnalysis.latinLemmas("signe\u{301}es")).contains("signe\u{301}|es"))
    }
}
