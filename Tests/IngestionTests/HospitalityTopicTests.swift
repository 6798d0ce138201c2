import Model
import XCTest

/// Thanks for a host's hospitality or invitation are about the visit and the relationship
/// (GUIDELINES: diplomatic_process), not "other".
final class HospitalityTopicTests: XCTestCase {
    func testThanksForHospitalityOrAnInvitationAreADiplomaticMatter() {
        let cases: [(String, Language, UInt)] = [
            ("Ghana and Togo held talks in Accra on Monday.\n\nThe Togolese President thanked his host for the warm "
             + "hospitality extended to his delegation.\n", .english, #line),
            ("Le Ghana et le Togo ont tenu des entretiens à Accra lundi.\n\nLe président togolais a remercié son hôte pour "
             + "l'invitation et l'hospitalité réservée à sa délégation.\n", .french, #line),
            ("بحث الرئيسان المصري والغاني في القاهرة اليوم العلاقات الثنائية.\n\nوعبر الرئيس الغاني عن شكره لنظيره المصري "
             + "على الدعوة الكريمة وحفاوة الاستقبال.\n", .arabic, #line),
        ]
        for (text, language, line) in cases {
            let commitments = TestSupport.extract(text, published: "2025-03-03", language: language).commitments
            let thanks = commitments.first { $0.type == .welcome }
            XCTAssertEqual(thanks?.topics, [.diplomaticProcess], "\(commitments)", line: line)
        }
    }
}
