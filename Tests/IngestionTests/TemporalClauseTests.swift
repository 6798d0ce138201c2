import Model
import XCTest

/// A stance inside a "when" clause ("…, when Kenya signed a port deal") dates one
/// event by another: history, not a commitment of this statement. A "when" clause
/// before the main verb leaves the main verb's stance alone.
final class TemporalClauseTests: XCTestCase {
    func testAStanceInsideAWhenClauseIsBackground() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("Kenya and Uganda held talks in Kampala. Relations cooled in 2019, when Kenya signed a port agreement with a third country.", [], #line),
            ("Le Kenya et l'Ouganda ont tenu une réunion à Kampala. Les relations se sont refroidies lorsque le Kenya a signé un accord portuaire avec un pays tiers.", [], #line),
            ("عقد وزيرا خارجية الأردن ومصر اجتماعا في عمان. وتوترت العلاقات عندما رفضت الحكومة الاتفاق.", [], #line),
            ("Kenya and Uganda held talks in Kampala. When they met, the two presidents agreed to reopen the border.", [.pledge], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), expected, text, line: line)
        }
    }
}
