import Model
import XCTest

/// A verb of announcing followed, up to the next clause, only by its speaker and
/// the day commits to nothing by itself: what it announced is the next clause.
final class EmptyHeadClauseTests: XCTestCase {
    func testAHeadWithOnlyItsSpeakerAndDayBeforeTheNextClauseIsNoCommitment() {
        let cases: [(String, [String], UInt)] = [
            ("أعلن وزير الخارجية التشيلي لويس فيغا، اليوم الجمعة، توصل تشيلي والبيرو إلى مسودة اتفاق يتعلق بالمياه.",
             ["توصل تشيلي والبيرو"], #line),
            // A head with an object of its own keeps its clause.
            ("أعلن وزير الخارجية التشيلي لويس فيغا دعم بلاده للمبادرة البيروفية، ودعا إلى استئناف الحوار.",
             ["أعلن وزير الخارجية", "ودعا إلى استئناف"], #line),
        ]
        for (text, openings, line) in cases {
            let commitments = TestSupport.extract(text, language: .arabic).commitments
            XCTAssertEqual(commitments.count, openings.count, text, line: line)
            for (commitment, opening) in zip(commitments, openings) {
                XCTAssertTrue(commitment.text.hasPrefix(opening), "\(commitment.text) opens with \(opening)", line: line)
            }
        }
    }
}
