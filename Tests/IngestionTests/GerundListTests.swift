import XCTest

/// A list of gerunds under one predicate ("with a view to easing…, restoring…,
/// supporting…") is one commitment (GUIDELINES, Unit), though a later item's
/// gerund is a cue word; a gerund after a comma that opens no list still splits.
final class GerundListTests: XCTestCase {
    func testGerundsListedUnderOnePredicateStayOneCommitment() {
        let text = "Peru and Chile stressed the need for a recovery plan with a view to easing the impact of the storm, "
            + "restoring the power grid, supporting small farmers and rebuilding schools.\n"
        XCTAssertEqual(TestSupport.commitmentLines(text).count, 1, "\(TestSupport.commitmentLines(text))")
    }

    func testAGerundAfterAClauseStillSplits() {
        let text = "Peru condemned the attack on the border post, calling on all parties to exercise restraint.\n"
        XCTAssertEqual(TestSupport.commitmentLines(text).map { $0.components(separatedBy: " ").first ?? "" }, ["condemn", "call"])
    }
}
