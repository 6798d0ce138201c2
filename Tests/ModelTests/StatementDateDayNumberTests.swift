import Model
import XCTest

/// Day numbers, shared by relative dates in extraction and by the date
/// windows of merging: the proleptic Gregorian calendar, both ways.
final class StatementDateDayNumberTests: XCTestCase {
    func testDayNumbersOfKnownDatesAndBack() {
        let cases: [(year: Int, month: Int, day: Int, number: Int)] = [
            (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 2, 29, 11016), (2026, 1, 5, 20458), (1900, 3, 1, -25508),
        ]
        for c in cases {
            let date = StatementDate(year: c.year, month: c.month, day: c.day)
            XCTAssertEqual(date.dayNumber, c.number, "\(c)")
            XCTAssertEqual(StatementDate(dayNumber: c.number), date, "\(c)")
        }
        XCTAssertNil(StatementDate(year: 2026, month: 1).dayNumber)
    }
}
