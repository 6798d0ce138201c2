import Model
import XCTest

/// A joint communiqué issued by one organisation's meeting (its ministers or
/// its leaders, no state named beside it) is that meeting's communique
/// (GUIDELINES); one issued by an organisation and a state, or by two
/// states, stays a joint statement.
final class OrganisationCommuniqueKindTests: XCTestCase {
    func testAnOrganisationsJointCommuniqueIsACommunique() {
        let cases: [(String, StatementKind, UInt)] = [
            ("ECOWAS foreign ministers adopt joint communiqué\n\nThe ministers of the regional bloc met in a closed session "
             + "and stressed the need for free movement of goods.\n", .communique, #line),
            ("Les ministres de la SADC publient un communiqué conjoint\n\nLes ministres ont souligné l'importance "
             + "de la sécurité alimentaire dans la région.\n", .communique, #line),
            ("The European Union and Ghana issue joint communiqué\n\nBoth sides stressed the need for free movement "
             + "of goods.\n", .jointStatement, #line),
            ("Peru and Chile issue joint communiqué\n\nBoth sides stressed the need for free movement of goods.\n",
             .jointStatement, #line),
        ]
        for (text, kind, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, published: "2026-03-14").statement.kind, kind, text, line: line)
        }
    }

    /// What the African Union's Peace and Security Council says "in a statement" is its
    /// communiqué, in Arabic as in English and French.
    func testThePeaceAndSecurityCouncilsStatementIsACommunique() {
        let text = "دعا مجلس السلم والأمن الأفريقي الأطراف في جنوب السودان إلى وقف القتال فورا.\n"
            + "وطالب المجلس في بيان صادر اليوم بفتح الممرات أمام المساعدات الإنسانية.\n"
        XCTAssertEqual(TestSupport.extract(text, language: .arabic).statement.kind, .communique)
    }
}
