import Model
import XCTest

/// "وأكد الإعلان …", "The declaration stressed …": the statement named by its
/// kind speaks for its makers, not for the leader who spoke last.
final class DocumentSubjectSpeakerTests: XCTestCase {
    func testTheDeclarationAsSubjectSpeaksForItsMakers() {
        let cases: [(String, Language, String, UInt)] = [
            ("أصدر القادة العرب إعلان وهران في ختام قمة عربية طارئة استضافتها الجزائر.\n\n"
             + "وفي كلمته، دعا الرئيس الجزائري إلى حل عربي للأزمة السودانية.\n\n"
             + "وأكد الإعلان رفض القادة العرب لأي محاولات لتقسيم السودان.\n", .arabic, "LAS", #line),
            ("أصدر القادة العرب إعلان وهران في ختام قمة عربية طارئة استضافتها الجزائر.\n\n"
             + "وفي كلمته، دعا الرئيس الجزائري إلى حل عربي للأزمة السودانية.\n\n"
             + "وأكد البيان رفض القادة العرب لأي محاولات لتقسيم السودان.\n", .arabic, "LAS", #line),
            ("Arab leaders adopted the Oran Declaration at the close of an emergency Arab League summit hosted by Algeria.\n\n"
             + "In his opening speech, the Algerian president called for an Arab solution to the crisis in Sudan.\n\n"
             + "The declaration stressed the leaders' rejection of any attempt to partition Sudan.\n", .english, "LAS", #line),
        ]
        for (text, language, party, line) in cases {
            let e = TestSupport.extract(text, published: "2026-11-12", language: language)
            XCTAssertEqual(e.commitments.last?.by.map(\.rawValue), [party], text, line: line)
        }
    }
}
