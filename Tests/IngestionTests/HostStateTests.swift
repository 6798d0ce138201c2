import Model
import XCTest

/// GUIDELINES: a host state is a party. An organisation's session held in a
/// state's city has that state among its issuers, named only by its city
/// (the evidence is the venue); at the organisation's own seat nobody hosts.
final class HostStateTests: XCTestCase {
    static func communique(in city: String) -> String {
        """
        Final communiqué of the extraordinary session of the GCC Ministerial Council

        The Ministerial Council of the Gulf Cooperation Council held an extraordinary session in \(city) on 3 May 2027. The Council affirmed its full solidarity with the Kingdom of Bahrain.
        """
    }

    static let cases: [(city: String, issuers: [PartyCode])] = [
        ("Salalah", ["GCC", "OM"]),
        ("Jeddah", ["GCC", "SA"]),
        // The council's own seat.
        ("Riyadh", ["GCC"]),
    ]

    func testTheHostOfAnOrganisationsSessionIsAnIssuer() {
        for c in Self.cases {
            let e = TestSupport.extract(Self.communique(in: c.city))
            XCTAssertEqual(e.parties.filter { $0.role == .issuer }.map(\.code), c.issuers, c.city)
        }
        let hosted = TestSupport.extract(Self.communique(in: "Salalah"))
        XCTAssertEqual(hosted.evidence?.issuers["OM"]?.text, "Salalah")
    }
}

/// A host named only as the place of the meeting ("the summit in Kenya",
/// "الاجتماع المنعقد في الأردن") is an issuer too; a state named after "in" as
/// the matter of the meeting is not; a summit at an organisation's seat is hosted.
final class PlacedHostStateTests: XCTestCase {
    static let cases: [(text: String, issuers: Set<PartyCode>, line: UInt)] = [
        ("""
        البيان الختامي لاجتماع وزراء الخارجية العرب

        أكد البيان الختامي للاجتماع الطارئ لوزراء الخارجية العرب المنعقد في الأردن أمس التضامن الكامل مع الشعب الفلسطيني.
        """, ["LAS", "JO"], #line),
        ("""
        القمة العربية الأفريقية تدعو إلى شراكة أوسع

        أكد البيان الختامي للقمة التي انعقدت في رواندا أهمية تعزيز الشراكة بين المنظمتين، ودعا إلى دعم جهود التنمية في القارتين.
        """, ["LAS", "AU", "RW"], #line),
        ("""
        Final communiqué of the ASEAN summit

        The ASEAN summit held in Malaysia on Friday reaffirmed the importance of freedom of navigation.
        """, ["ASEAN", "MY"], #line),
        ("""
        Communiqué final de la session de la CEDEAO

        La session extraordinaire de la CEDEAO, qui s'est tenue au Sénégal, a réaffirmé son attachement à l'ordre constitutionnel.
        """, ["ECOWAS", "SN"], #line),
        // "In Libya" is what the meeting was about, not where it sat.
        ("""
        البيان الختامي لاجتماع مجلس الجامعة العربية

        أكد البيان الختامي لاجتماع مجلس الجامعة العربية حول الأوضاع الأمنية في ليبيا ضرورة وقف التصعيد.
        """, ["LAS"], #line),
        // Far down, a session "held in" a state is an earlier one the text recalls.
        ("""
        Final communiqué of the ministerial council of the Arab League

        The ministerial council of the Arab League concluded its regular session on Tuesday. The council expressed concern at the attacks in the region. The council welcomed the deployment of the joint force. The council recalled the resolution adopted at the summit held in Tunisia last year.
        """, ["LAS"], #line),
        ("""
        Final communiqué of the ECOWAS summit

        The ECOWAS summit of heads of state, held in Abuja on Sunday, reaffirmed its commitment to regional integration.
        """, ["ECOWAS", "NG"], #line),
    ]

    func testAStateNamedAsTheMeetingsPlaceIsAnIssuer() {
        for c in Self.cases {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(Set(e.parties.filter { $0.role == .issuer }.map(\.code)), c.issuers, line: c.line)
        }
    }

    /// "لقمة الدرعية في السعودية": a summit named with its preposition glued on is a summit, so
    /// the state it met in hosts it, though that state holds the organisation's seat.
    func testASummitAtTheSeatNamedWithAGluedPrepositionIsHosted() {
        let text = "البيان الختامي لقمة الدرعية.. تعزيز التكامل الاقتصادي\n"
            + "وشدد قادة دول مجلس التعاون، في البيان الختامي لقمة الدرعية في السعودية، على أهمية التكامل الاقتصادي.\n"
        let e = TestSupport.extract(text, published: "2026-03-03")
        XCTAssertEqual(Set(e.parties.filter { $0.role == .issuer }.map(\.code.rawValue)), ["GCC", "SA"])
    }
}
