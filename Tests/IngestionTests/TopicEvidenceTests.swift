import Model
import XCTest

/// GUIDELINES' topic list read from the words a clause names as its subject:
/// the Palestinian question and the Middle East as regional conflict, policing
/// and crime as security, a language as culture, named terrorist groups as terrorism.
final class TopicEvidenceTests: XCTestCase {
    func testTopicsComeFromTheFieldTheClauseNames() {
        let cases: [(String, Topic, UInt)] = [
            ("The two ministers reaffirmed their support for a just solution of the Palestinian cause.", .regionalConflict, #line),
            ("The ministers expressed concern about the situation in the Middle East.", .regionalConflict, #line),
            ("The leaders stressed the importance of settling disputes by peaceful means.", .regionalConflict, #line),
            ("Les deux ministres ont réaffirmé leur soutien à un règlement juste de la question palestinienne.", .regionalConflict, #line),
            ("وأكد الجانبان دعمهما للقضية الفلسطينية.", .regionalConflict, #line),
            ("The two sides agreed to deepen cooperation between their police forces against organised crime.", .security, #line),
            ("Les deux pays ont décidé de renforcer la coopération judiciaire.", .security, #line),
            ("واتفق الجانبان على تعزيز التعاون في مكافحة الجريمة المنظمة والمخدرات.", .security, #line),
            ("Les ministres se sont engagés à promouvoir la langue française dans leurs écoles.", .culture, #line),
            ("The ministers condemned the attacks carried out by Boko Haram.", .counterterrorism, #line),
            ("وأدان الجانبان جرائم داعش.", .counterterrorism, #line),
        ]
        for (text, topic, line) in cases {
            let topics = TestSupport.extract(text).commitments.first?.topics ?? []
            XCTAssertTrue(topics.contains(topic), "\(topics) for: \(text)", line: line)
        }
    }
}
