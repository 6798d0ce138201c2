import Model
import XCTest

/// "وأكد الحداد وموانغي": two officials named again by surname alone, the
/// second glued to و, speak together: the stance is both sides'.
final class GluedSurnameSpeakerTests: XCTestCase {
    func testTwoSurnamesJoinedByWawCreditBothSides() {
        let cases: [(String, Set<String>, UInt)] = [
            ("أجرى وزير الخارجية المصري سامي الحداد اتصالا هاتفيا مع وزير الخارجية الكيني جون موانغي.\n\n"
             + "وأكد الحداد وموانغي أهمية تعزيز التعاون الاقتصادي بين البلدين.\n", ["EG", "KE"], #line),
            ("استقبل وزير الخارجية الأردني خالد النمري نظيره الإيطالي ماركو بيانكي في عمان.\n\n"
             + "واتفق النمري وبيانكي على عقد اجتماع للجنة المشتركة الشهر المقبل.\n", ["JO", "IT"], #line),
            ("التقى رئيس الوزراء المغربي أحمد الطاهري رئيس الوزراء البرتغالي جواو سيلفا في الرباط.\n\n"
             + "وشدد الطاهري وسيلفا على ضرورة تسهيل حركة الاستثمار.\n", ["MA", "PT"], #line),
            // The head is the pledge after the verb ("مواصلة العمل"), not the verb itself.
            ("أجرى وزير الخارجية المغربي ياسين العلمي اتصالا هاتفيا مع وزير الخارجية النيجيري إيمانويل أوكافور.\n\n"
             + "وأكد العلمي وأوكافور مواصلة العمل على تطوير الشراكة بين البلدين.\n", ["MA", "NG"], #line),
        ]
        for (text, expected, line) in cases {
            let e = TestSupport.extract(text, published: "2026-03-03", language: .arabic)
            guard let last = e.commitments.last else { return XCTFail("no commitment: \(text)", line: line) }
            XCTAssertEqual(Set(last.by.map(\.rawValue)), expected, text, line: line)
        }
    }
}
