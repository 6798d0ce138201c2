@testable import Ingestion
import XCTest

/// The commitment finder's tables by token must answer as the `[Int: …]`
/// dictionaries they replaced: the value last set at an index, none where
/// nothing was set, none past either end.
final class TokenMapTests: XCTestCase {
    func testAnswersAsADictionaryOfTheSameWrites() {
        // (index or range, value) in the order they are written; a range sets each of its tokens.
        let writes: [(Range<Int>, String)] = [(0..<1, "a"), (3..<6, "b"), (4..<5, "c"), (10..<11, "end"), (7..<7, "empty"), (5..<8, "d")]
        var map = TokenMap<String>(tokens: 10)
        var dictionary: [Int: String] = [:]
        for (range, value) in writes {
            if range.count == 1 { map[range.lowerBound] = value } else { map.set(range, to: value) }
            for i in range { dictionary[i] = value }
        }
        for i in -3...14 {
            XCTAssertEqual(map[i], dictionary[i], "token \(i)")
        }
    }

    func testRemovingAValueLeavesTheOthers() {
        var map = TokenMap<Int>(tokens: 4)
        map.set(0..<3, to: 7)
        map[1] = nil
        XCTAssertEqual([map[0], map[1], map[2], map[3]], [7, nil, 7, nil])
    }
}
