import Model
import XCTest

/// An agreement in the impersonal passive ("تم الاتفاق", "it was agreed", « il a été
/// convenu ») is the two sides' together, also when one side's statement reports it.
final class ReportedAgreementTests: XCTestCase {
    static let cases: [(text: String, language: Language?, line: UInt)] = [
        ("الرئيس الكيني يجري اتصالاً مع رئيس الوزراء الإثيوبي.\n"
         + "وأضاف بيان الرئاسة الكينية أنه تم الاتفاق على تنسيق الجهود لتأمين الحدود المشتركة.\n", .arabic, #line),
        ("Kenyan President holds phone call with Ethiopian Prime Minister\n\n"
         + "The Kenyan presidency said in a statement that it was agreed to coordinate efforts to secure the common border.\n", nil, #line),
        ("Le président kényan s'entretient au téléphone avec le Premier ministre éthiopien\n\n"
         + "La présidence kényane a indiqué qu'il a été convenu de coordonner les efforts pour sécuriser la frontière commune.\n", .french, #line),
    ]

    func testAReportedPassiveAgreementIsBothSides() {
        for c in Self.cases {
            let found = TestSupport.extract(c.text, published: "2026-03-03", language: c.language)
            let pledge = found.commitments.first { $0.type == .pledge }
            XCTAssertEqual(Set(pledge?.by.map(\.rawValue) ?? []), ["KE", "ET"], c.text, line: c.line)
        }
    }
}
