import Model
import XCTest

/// Names the lead joins are the sides of the talks unless a word makes them
/// the matter: a border they share ("الحدود الأردنية السورية", "la frontière
/// entre le Burkina Faso et le Niger") or the conflicts discussed, also with
/// the Arabic conjunction glued to the word ("ونزاعات ليبيا واليمن وسوريا").
final class MatterNamesTests: XCTestCase {
    func testABorderOrConflictsNamesAreTheMatterNotSides() {
        let cases: [(String, [String], String, UInt)] = [
            ("تلقى وزير الخارجية الأردني اتصالاً هاتفياً من نظيره العراقي مساء الأحد.\n"
             + "وأدان الوزير العراقي الهجوم الذي استهدف نقطة عسكرية على الحدود الأردنية السورية.\n"
             + "وأكد الوزيران حرصهما على تعزيز التنسيق بين البلدين.\n", ["IQ", "JO"], "SY", #line),
            ("اتفق المغرب وموريتانيا اليوم في نواكشوط على تعزيز التشاور السياسي.\n"
             + "وأكد الجانبان أن المشاورات شملت العمل العربي المشترك، ونزاعات ليبيا واليمن وسوريا، والتنمية في إفريقيا.\n",
             ["MA", "MR"], "LY", #line),
            ("Les ministres malien et nigérien de la Défense se sont entretenus lundi à Niamey.\n"
             + "Ils ont évoqué la sécurité à la frontière entre le Burkina Faso et le Niger.\n"
             + "Les deux ministres ont convenu de renforcer leurs patrouilles conjointes.\n", ["ML", "NE"], "BF", #line),
        ]
        for (text, sides, matter, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(Set(found.issuers.map(\.rawValue)), Set(sides), text, line: line)
            XCTAssertTrue(found.parties.contains { $0.code.rawValue == matter && $0.role == .mentioned }, text, line: line)
        }
    }
}
