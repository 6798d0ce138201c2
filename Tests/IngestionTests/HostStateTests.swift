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
