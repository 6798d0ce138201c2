import Model
import XCTest

/// Of two cue phrases found at one word, the one with more of its words
/// found gives the type, however far a shorter one reaches: "noted with
/// satisfaction that" is a welcome, not the position of "noted … that".
final class CuePrecedenceTests: XCTestCase {
    static let cases: [(text: String, type: CommitmentType)] = [
        ("The leaders noted with satisfaction that trade between their countries had doubled.", .welcome),
        ("Les deux ministres ont exalté la qualité des relations entre leurs pays.", .welcome),
        ("The leaders noted that trade between their countries had doubled.", .position),
    ]

    func testTheCueWithMoreWordsFoundGivesTheType() {
        for c in Self.cases {
            XCTAssertEqual(TestSupport.extract(c.text).commitments.map(\.type), [c.type], c.text)
        }
    }
}
