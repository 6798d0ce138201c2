import Model
import XCTest

/// A statement inside a span of days, and dates that name an era, a border,
/// a war's start or an anniversary.
final class DateSpanTests: XCTestCase {
    private func check(_ cases: [(text: String, published: String?, expected: String?, line: UInt)]) {
        for c in cases {
            XCTAssertEqual(TestSupport.extract(c.text, published: c.published).statement.date.iso, c.expected, c.text, line: c.line)
        }
    }

    /// Talks over several days whose statement came at their close are dated by
    /// the statement's day; a visit of several days still by its first.
    func testStatementIssuedAtTheCloseOfTalksIsDatedByThatDay() {
        check([
            ("Les délégations ont discuté à Genève du 3 au 7 mai 2026. Le communiqué conjoint, publié le 7 mai 2026, annonce un accord.",
             nil, "2026-05-07", #line),
            ("The joint statement was issued at the conclusion of talks held in Muscat from 14 to 17 April 2026.", nil, "2026-04-17", #line),
            ("Delegations held talks in Geneva from 2 to 5 June, according to a joint statement by the three countries.",
             "2026-06-05", "2026-06-05", #line),
            // Reported days after the talks: nothing tells which day the statement came.
            ("Delegations held talks in Geneva from 2 to 5 June, according to a joint statement by the three countries.",
             "2026-06-09", "2026-06-02", #line),
            ("The president visited Rabat from 2 to 4 June 2026, and a joint statement was issued at its conclusion.",
             nil, "2026-06-02", #line),
        ])
    }

    func testEraBorderWarAndAnniversaryDatesAreBackground() {
        check([
            ("The joint statement called for a state on the borders of 4 June 1967.", nil, nil, #line),
            ("ودعا البيان المشترك إلى إقامة دولة على حدود 4 يونيو 1967.", nil, nil, #line),
            ("More than two thousand people have been killed since 8 October 2023, the final statement said.", nil, nil, #line),
            ("Le communiqué final rend hommage aux victimes tombées depuis le 7 octobre 2023.", nil, nil, #line),
            ("The two leaders marked the anniversary of the treaty of 5 May 1990 in a joint statement.", nil, nil, #line),
            // The statement's own date in the same text is still found.
            ("The final statement, issued on 11 November 2024, backed a state on the borders of 4 June 1967.", nil, "2024-11-11", #line),
        ])
    }
}
