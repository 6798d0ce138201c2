import XCTest

/// "A tariff war would serve neither economy, they agreed.": agreeing, after
/// the comma, with the assessment before it commits to no action of one's own
/// (GUIDELINES: assessments are positions); agreeing to act stays a pledge.
final class PostposedAgreementTests: XCTestCase {
    func testAgreeingWithWhatPrecedesIsAPosition() {
        let cases: [(String, String, UInt)] = [
            ("Peru and Chile held talks on Monday. A tariff war would serve neither economy, they agreed.\n", "position", #line),
            ("Le Pérou et le Chili ont discuté lundi. Une guerre commerciale ne servirait personne, ont-ils convenu.\n", "position", #line),
            ("Peru and Chile held talks on Monday. They agreed to open a consulate in each capital.\n", "pledge", #line),
        ]
        for (text, type, line) in cases {
            XCTAssertEqual(TestSupport.commitmentLines(text).last?.components(separatedBy: " ").first, type, text, line: line)
        }
    }
}
