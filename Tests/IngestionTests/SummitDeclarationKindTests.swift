import Model
import XCTest

/// A summit's declaration named by the summit, not by a city ("إعلان القمة",
/// "the summit declaration", « la déclaration du sommet »), is that summit's
/// named declaration (GUIDELINES: declaration), and the body whose summit it
/// is speaks in it.
final class SummitDeclarationKindTests: XCTestCase {
    func testASummitsOwnDeclarationIsADeclaration() {
        let cases: [(String, String, UInt)] = [
            ("اختتم القادة العرب أعمال القمة العربية في دورتها العادية التي عقدت في الجزائر.\n"
             + "وتضمن إعلان القمة الذي تلاه الأمين العام التأكيد على مركزية القضية الفلسطينية، ورفض التدخل في الشؤون الداخلية للدول العربية.\n",
             "LAS", #line),
            ("African leaders closed their summit in Malabo on Sunday.\n"
             + "The summit declaration, read by the chairperson, called on member states to fund the peace fund in full.\n",
             "AU", #line),
            ("Les dirigeants africains ont clos dimanche leur sommet de Malabo.\n"
             + "La déclaration du sommet appelle les États membres à financer pleinement le fonds pour la paix.\n",
             "AU", #line),
        ]
        for (text, body, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(found.statement.kind, .declaration, text, line: line)
            XCTAssertEqual(found.issuers.first?.rawValue, body, text, line: line)
        }
    }
}
