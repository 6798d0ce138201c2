import Model
import XCTest

/// "مجلس التعاون لدول الخليج العربية يدين …": Arabic may name its subject before
/// the verb, and a body's name can run to five words. A name that ends right
/// before the verb is its subject whole, however long, so the headline's stance
/// is the body's, and the body issues the statement.
final class ArabicLongNameSubjectTests: XCTestCase {
    func testALongBodyNameEndingBeforeTheVerbIsItsSubject() {
        let cases: [(String, String, UInt)] = [
            ("مجلس التعاون لدول الخليج العربية يدين الهجوم على ناقلة نفط قبالة سواحل اليمن\n\n"
             + "وجاء في البيان الصادر عن الأمانة العامة أن الهجوم يهدد أمن الملاحة في المنطقة.\n", "GCC", #line),
            ("مجلس السلم والأمن الإفريقي يدين الهجمات على المدنيين في دارفور\n\n"
             + "وجاء في بيان المجلس أن الهجمات تهدد جهود السلام في السودان.\n", "AU", #line),
        ]
        for (text, body, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(found.issuers.map(\.rawValue), [body], text, line: line)
            XCTAssertEqual(found.commitments.first?.type, .condemn, text, line: line)
            XCTAssertEqual(found.commitments.first?.by.map(\.rawValue), [body], text, line: line)
        }
    }
}
