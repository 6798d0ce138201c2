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

    /// A pair joined inside a backing, a welcome or a condemnation, after the stance's
    /// own words ("backs Indo-Nepal efforts", "soutiennent les efforts du Mali et du
    /// Niger"), is what the stance is about; a pair that opens its clause speaks.
    func testAPairInsideAStanceIsItsMatter() {
        let cases: [(String, [String], [String], UInt)] = [
            ("Japan, Australia back India-Nepal talks\n\n"
             + "* Joint statement also backs Indo-Nepal efforts to reopen the border crossings\n\n"
             + "TOKYO: Japan and Australia said in a joint statement on Monday that they will deepen their defence cooperation.\n",
             ["AU", "JP"], ["IN", "NP"], #line),
            ("Le Canada et la Belgique publient une déclaration commune\n\n"
             + "Dans leur déclaration commune, ils soutiennent les efforts du Mali et du Niger pour sécuriser leur frontière.\n"
             + "Le Canada et la Belgique ont également convenu d'ouvrir une ligne aérienne directe.\n",
             ["BE", "CA"], ["ML", "NE"], #line),
            ("“The Republic of Korea and Norway are pleased that the two parties signed the accord,” the ministry said.\n"
             + "The two countries will support its implementation.\n",
             ["KR", "NO"], [], #line),
        ]
        for (text, sides, matter, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(Set(found.issuers.map(\.rawValue)), Set(sides), text, line: line)
            for code in matter {
                XCTAssertTrue(found.parties.contains { $0.code.rawValue == code && $0.role == .mentioned }, code + ": " + text, line: line)
            }
        }
    }
}
