import Model
import XCTest

/// Stance wordings beyond "subject + reporting verb" (GUIDELINES, Type): hope,
/// optimism and concern are positions; valuing
/// something highly is a welcome.
final class StanceWordingCueTests: XCTestCase {
    func testHopeConcernAndValueWordings() {
        let cases: [(String, Language, [CommitmentType], UInt)] = [
            ("Ghana and Togo held talks in Accra. The minister expressed optimism that the corridor would open next year.",
             .english, [.position], #line),
            ("Ghana and Togo held talks in Accra. Both ministers voiced optimism about the border talks.", .english, [.position], #line),
            ("Ghana and Togo held talks in Accra. The two leaders highly valued the progress of their cooperation in energy.",
             .english, [.welcome], #line),
            ("Le Ghana et le Togo ont tenu des consultations à Accra. La délégation togolaise s'est dite préoccupée.",
             .french, [.position], #line),
            ("Le Ghana et le Togo ont tenu des consultations à Accra. Les ministres se sont dits préoccupés de la hausse des prix.",
             .french, [.position], #line),
        ]
        for (text, language, expected, line) in cases {
            let found = TestSupport.extract(text, language: language).commitments.map(\.type)
            XCTAssertEqual(found, expected, text, line: line)
        }
    }
}
