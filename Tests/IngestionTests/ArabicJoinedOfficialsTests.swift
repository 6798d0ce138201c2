import Model
import XCTest

/// Two officials joined by و as the subject of one stance speak together (GUIDELINES, By:
/// stated jointly, all its makers), though a comma and the first one's name stand between,
/// or the first is named by a surname whose country the text gives only elsewhere.
final class ArabicJoinedOfficialsTests: XCTestCase {
    func testBothJoinedOfficialsMakeTheStance() {
        let cases: [(text: String, by: Set<String>, line: UInt)] = [
            ("البيان المشترك في ختام زيارة الرئيس الغاني إلى المملكة المغربية\n"
             + "أكد ملك المغرب إدريس العلوي، والرئيس الغاني كوفي أمبوسو، ضرورة فتح خطوط جوية مباشرة بين البلدين.\n",
             ["GH", "MA"], #line),
            ("استقبل ملك البحرين سلمان بن راشد آل خليفة، اليوم، رئيس وزراء باكستان نديم أختر في المنامة.\n"
             + "وأكد العاهل البحريني سلمان بن راشد، ورئيس الوزراء الباكستاني نديم أختر، أهمية تطوير العلاقات الاقتصادية.\n",
             ["BH", "PK"], #line),
            ("الحديدي يؤكد متانة العلاقات بين الأردن وتركيا\n\n"
             + "أجرى وزير الخارجية وشؤون المغتربين سامر الحديدي اتصالا هاتفيا مع وزير خارجية الجمهورية التركية أوزان كايا.\n"
             + "وأكد الحديدي وكايا أهمية التنسيق بين البلدين في القضايا الإقليمية.\n",
             ["JO", "TR"], #line),
        ]
        for c in cases {
            let e = TestSupport.extract(c.text, published: "2026-03-03")
            XCTAssertEqual(e.commitments.last.map { Set($0.by.map(\.rawValue)) }, c.by, c.text, line: c.line)
        }
    }
}
