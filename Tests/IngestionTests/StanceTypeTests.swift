import Model
import XCTest

/// GUIDELINES' types where the cue alone misleads: stressing a necessity is a
/// position whatever it names, committing to do something (a bare verb after
/// "to") is a pledge, and taking note or sharing a concern states a position.
final class StanceTypeTests: XCTestCase {
    func testTheClauseTakesTheTypeOfWhatItCommitsTo() {
        let cases: [(String, [CommitmentType], UInt)] = [
            ("عقدت مصر وكينيا مشاورات في نيروبي. وأكد الوزيران على ضرورة اتفاق البلدين على آلية للتشاور.", [.position], #line),
            ("عقدت مصر وكينيا مشاورات في نيروبي. وشدد الوزير المصري على أهمية دعم جهود التنمية في القارة.", [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The two presidents reaffirmed their commitment to mark the anniversary of their relations with a joint festival.",
             [.pledge], #line),
            ("Egypt and Kenya held talks in Nairobi. The two ministers took note of the proposals made by the experts.", [.position], #line),
            ("Egypt and Kenya held talks in Nairobi. The ministers shared concerns about the drought in the region.", [.position], #line),
            ("L'Égypte et le Kenya ont tenu des consultations à Nairobi. Les deux ministres ont pris note des propositions des experts.", [.position], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text).commitments.map(\.type), expected, text, line: line)
        }
    }
}
