import Model
import XCTest

/// Two sides named together as the subject: "the pair agreed", "أكدتا" after two states.
final class PairSubjectTests: XCTestCase {
    func testTwoSidesSpeakingTogetherAreBothSpeakers() {
        let cases: [(String, Language, String, UInt)] = [
            ("President Alvarez of Chile and Prime Minister Okoye of Nigeria spoke by phone on Monday. "
             + "The pair agreed to work together on the crisis in the Sahel.\n", .english, "pledge", #line),
            ("أصدرت الجزائر وتونس بيانا مشتركا أكدتا فيه أهمية تعزيز التنسيق الأمني على الحدود.\n", .arabic, "position", #line),
        ]
        for (text, language, type, line) in cases {
            let extraction = TestSupport.extract(text, published: "2026-03-03", language: language)
            let issuers = Set(extraction.issuers)
            XCTAssertEqual(issuers.count, 2, "\(extraction.parties)", line: line)
            let clause = extraction.commitments.first { $0.type.rawValue == type }
            XCTAssertEqual(clause.map { Set($0.by) }, issuers, "\(extraction.commitments)", line: line)
        }
    }
}
