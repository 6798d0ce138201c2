import Model
import XCTest

/// GUIDELINES: a host state is a party. A state named only as the chair or
/// host of an organisation's meeting ("hosted by", "under the chairmanship
/// of", "sous la présidence de", "برئاسة") hosted it; a state named after such
/// a word as the meeting's matter does not.
final class ChairHostStateTests: XCTestCase {
    static let cases: [(text: String, language: Language?, issuers: [PartyCode], line: UInt)] = [
        ("""
        Final communiqué of the ASEAN Ministerial Meeting on Disaster Management

        The 12th ASEAN Ministerial Meeting on Disaster Management, hosted by Viet Nam, was held on 14 October 2026.
        The Ministers agreed to expand the regional stockpile of relief supplies.
        """, nil, ["ASEAN", "VN"], #line),
        ("""
        Final communiqué of the OIC Council of Foreign Ministers

        The OIC Council of Foreign Ministers held its annual session under Pakistan's chairmanship on Monday.
        The Council called for the protection of holy sites.
        """, nil, ["OIC", "PK"], #line),
        ("""
        Communiqué final de la réunion ministérielle de l'UEMOA

        Les ministres des Finances de l'UEMOA se sont réunis mardi sous la présidence du Niger.
        Les ministres ont décidé d'harmoniser la fiscalité des carburants.
        """, nil, ["UEMOA", "NE"], #line),
        ("""
        البيان الختامي لاجتماع مجلس الجامعة العربية

        عقد مجلس جامعة الدول العربية على المستوى الوزاري دورته العادية أمس برئاسة الجمهورية التونسية.
        وأكد المجلس رفضه لأي محاولات لتهجير الفلسطينيين من أرضهم.
        """, .arabic, ["LAS", "TN"], #line),
        // "The presidency" of a state is no chair of the meeting when nothing names one.
        ("""
        Final communiqué of the OIC Council of Foreign Ministers

        The Council of Foreign Ministers of the OIC held its annual session on Monday.
        The Council condemned the attack on the presidential palace in Somalia.
        """, nil, ["OIC"], #line),
    ]

    func testTheChairOfAnOrganisationsMeetingIsAnIssuer() {
        for c in Self.cases {
            let e = TestSupport.extract(c.text, published: "2026-10-20", language: c.language)
            XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code), c.issuers, c.text, line: c.line)
        }
    }
}
