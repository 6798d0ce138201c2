import Foundation
import XCTest
@testable import Pipeline

final class IngestProgressTests: XCTestCase {
    func testProgressLineShowsDoneOfTotalRateAndTimeLeft() {
        let start = Date(timeIntervalSince1970: 1_000_000)
        let cases: [(total: Int, done: Int, seconds: Double, expected: String)] = [
            (10_000, 0, 0, "0/10,000 articles"),
            (10_000, 1_200, 2, "1,200/10,000 articles · 600/s · 15 s left"),
            (10_000, 2_500, 10, "2,500/10,000 articles · 250/s · 30 s left"),
            (100_000, 1_000, 10, "1,000/100,000 articles · 100/s · 16 min 30 s left"),
            (1_000_000, 100, 1, "100/1,000,000 articles · 100/s · 2 h 46 min left"),
            (10, 10, 4, "10/10 articles · 3/s"),
            // More articles than estimated: the count grows, never "-3 left".
            (5, 8, 2, "8/8 articles · 4/s"),
        ]
        for item in cases {
            let line = IngestProgress(total: item.total, start: start).line(done: item.done, now: start + item.seconds)
            XCTAssertEqual(line, item.expected, "\(item)")
        }
    }

    func testDurationsAndCountsAreWrittenForReading() {
        XCTAssertEqual(IngestProgress.duration(0.2), "1 s")
        XCTAssertEqual(IngestProgress.duration(59), "59 s")
        XCTAssertEqual(IngestProgress.duration(61), "1 min 01 s")
        XCTAssertEqual(IngestProgress.duration(3_600), "1 h 00 min")
        XCTAssertEqual(IngestProgress.count(999), "999")
        XCTAssertEqual(IngestProgress.count(1_000), "1,000")
        XCTAssertEqual(IngestProgress.count(12_345_678), "12,345,678")
    }
}
