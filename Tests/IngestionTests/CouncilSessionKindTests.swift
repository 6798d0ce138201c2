import Model
import XCTest

/// An organisation's council "at the ministerial level" or "in its ordinary
/// session" closes with its final statement (GUIDELINES: communique), whose
/// stances are the organisation's alone, though member states' ministers and
/// a guest head of state are named as taking part.
final class CouncilSessionKindTests: XCTestCase {
    func testACouncilsSessionIsItsCommuniqueAndTheCouncilSpeaksAlone() {
        let cases: [(String, String, UInt)] = [
            ("دان مجلس جامعة الدول العربية على المستوى الوزاري الهجمات الإرهابية التي تستهدف المنطقة.\n"
             + "وشارك وزير الخارجية البحريني في اجتماع الدورة العادية 160 للمجلس في القاهرة، بحضور رئيس دولة فلسطين.\n"
             + "وأكد المجلس رفضه ربط الإرهاب بأي دين.\n", "LAS", #line),
            ("The Executive Council of the African Union, at its 44th ordinary session in Addis Ababa on Thursday, "
             + "called on member states to ratify the continental free trade agreement without delay.\n"
             + "The council also welcomed the progress made on the single air transport market.\n", "AU", #line),
        ]
        for (text, body, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(found.statement.kind, .communique, text, line: line)
            XCTAssertEqual(found.issuers.first?.rawValue, body, text, line: line)
            XCTAssertFalse(found.commitments.isEmpty, text, line: line)
            for commitment in found.commitments {
                XCTAssertEqual(commitment.by.map(\.rawValue), [body], commitment.text, line: line)
            }
        }
    }
}
