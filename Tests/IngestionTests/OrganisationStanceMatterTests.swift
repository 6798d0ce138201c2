import Model
import XCTest

/// GUIDELINES: an organisation's communique is the organisation's. The states
/// it addresses, backs, praises or condemns, even joined in a list ("Egypt and
/// Qatar"), are what it speaks about, not sides of talks: mentioned, and no
/// commitment is theirs.
final class OrganisationStanceMatterTests: XCTestCase {
    static let cases: [(text: String, language: Language?, issuers: Set<String>, line: UInt)] = [
        // Reported: "the organisation said it supported the efforts of A and B".
        ("""
        Islamic body urges action on Sudan

        The Organisation of Islamic Cooperation on Tuesday called on the Security Council to protect civilians in Darfur.
        The OIC said it supported the mediation of Kenya and Uganda and welcomed the truce announced by the army.
        The organisation condemned the shelling of markets.
        """, nil, ["OIC"], #line),
        ("""
        منظمة التعاون الإسلامي تطالب بحماية المدنيين

        طالبت منظمة التعاون الإسلامي اليوم مجلس الأمن الدولي بالتحرك العاجل لحماية المدنيين.
        ورحبت المنظمة بالوساطة التي تقوم بها الجزائر وتونس، وأدانت قصف المستشفيات.
        """, .arabic, ["OIC"], #line),
        // The communique in the first person plural.
        ("""
        البيان الختامي لاجتماع وزراء خارجية مجلس التعاون

        نرحب بالتفاهم الذي توصلت إليه إيران والإمارات لاستئناف المفاوضات، وندين الاعتداءات على الملاحة.
        """, .arabic, ["GCC"], #line),
        ("""
        Communiqué final de la session ordinaire de la CEDEAO

        Nous saluons la médiation conduite par le Togo et le Ghana et appelons les autorités de transition à libérer les détenus.
        Nous condamnons les attaques contre les positions de l'armée.
        """, nil, ["ECOWAS"], #line),
        // "We" is the organisation: it asks for no second side.
        ("""
        Final communiqué of the ASEAN Foreign Ministers Meeting

        We call on all parties in Myanmar to end the violence and to allow humanitarian access.
        We reaffirm the importance of freedom of navigation.
        """, nil, ["ASEAN"], #line),
    ]

    func testStatesAnOrganisationSpeaksAboutAreNotIssuers() {
        for c in Self.cases {
            let e = TestSupport.extract(c.text, published: "2026-03-04", language: c.language)
            XCTAssertEqual(Set(e.parties.filter { $0.role == .issuer }.map(\.code.rawValue)), c.issuers, c.text, line: c.line)
            XCTAssertFalse(e.commitments.isEmpty, c.text, line: c.line)
            for commitment in e.commitments {
                XCTAssertEqual(Set(commitment.by.map(\.rawValue)), c.issuers, commitment.text, line: c.line)
            }
        }
    }
}
