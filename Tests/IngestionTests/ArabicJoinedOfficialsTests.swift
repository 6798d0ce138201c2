import Model
import XCTest

/// Two officials joined by و as the subject of one stance speak together (GUIDELINES, By:
/// stated jointly, all its makers), though a comma and the first one's name stand between,
/// or the first is named by a surname whose country the text gives only elsewhere.
final class ArabicJoinedOfficialsTests: XCTestCase {
    func testBothJoinedOfficialsMakeTheStance() {
        let cases: [(text: String, by: Set<String>, line: UInt)] = [
            ("البيان المشترك في ختام زيارة الرئيس الإيراني إلى سلطنة عمان\n"
             + "أكد سلطان عمان هيثم بن طارق، والرئيس الإيراني مسعود بزشكيان، ضرورة استئناف المفاوضات بشأن الملف النووي.\n",
             ["IR", "OM"], #line),
            ("استقبل ملك البحرين حمد بن عيسى آل خليفة، اليوم، رئيس وزراء باكستان شهباز شريف في المنامة.\n"
             + "وأكد العاهل البحريني حمد بن عيسى، ورئيس الوزراء الباكستاني شهباز شريف، أهمية تطوير العلاقات الاقتصادية.\n",
             ["BH", "PK"], #line),
            ("الصفدي يؤكد متانة العلاقات بين الأردن وتركيا\n\n"
             + "أجرى وزير الخارجية وشؤون المغتربين أيمن الصفدي اتصالا هاتفيا مع وزير خارجية الجمهورية التركية هاكان فيدان.\n"
             + "وأكد الصفدي وفيدان أهمية التنسيق بين البلدين في القضايا الإقليمية.\n",
             ["JO", "TR"], #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.commitments.last.map { Set($0.by.map(\.rawValue)) }, c.by, c.text, line: c.line)
        }
    }
}
