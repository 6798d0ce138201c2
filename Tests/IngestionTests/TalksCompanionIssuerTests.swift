import Model
import XCTest

/// An official someone holds talks with after the lead ("held trilateral talks
/// with the Indonesian Foreign Minister", "s'est entretenu avec le ministre
/// malien") took part: that official's state is an issuer, and "the three
/// sides" or "les trois pays" then speak for it too.
final class TalksCompanionIssuerTests: XCTestCase {
    typealias Case = PluralSpeakerTests.Case

    static let cases: [Case] = [
        Case(text: """
        Philippines and Vietnam agree to expand coastguard cooperation

        Manila, 5 May 2027 — The foreign ministers of the Philippines and Vietnam agreed on Monday to expand coastguard cooperation. The two ministers also agreed to open a new consulate in Da Nang.

        After their meeting, Philippine Foreign Secretary Maria Santos and Vietnamese Foreign Minister Tran Quoc held trilateral talks with Indonesian Foreign Minister Budi Hartono.

        The three sides agreed to hold joint fisheries patrols.
        """, by: [["PH", "VN"], ["PH", "VN"], ["PH", "VN", "ID"]], issuers: ["PH", "VN", "ID"]),
        Case(text: """
        Le Sénégal et la Gambie rouvrent le corridor routier

        Dakar, 5 mai 2027 — Les ministres sénégalais et gambien des Affaires étrangères ont convenu lundi de rouvrir le corridor routier. Les deux ministres ont aussi convenu de simplifier le passage des marchandises.

        Le ministre sénégalais Aïssatou Diallo s'est ensuite entretenu avec le ministre malien des Affaires étrangères Oumar Traoré.

        Les trois pays ont convenu de créer un comité de suivi.
        """, by: [["SN", "GM"], ["SN", "GM"], ["SN", "GM", "ML"]], issuers: ["SN", "GM", "ML"]),
    ]

    func testOfficialHeldTalksWithAfterTheLeadIsAnIssuer() {
        for (n, c) in Self.cases.enumerated() {
            let e = TestSupport.extract(c.text)
            XCTAssertEqual(e.commitments.map { Set($0.by) }, c.by, "case \(n)")
            XCTAssertEqual(Set(e.issuers), c.issuers, "case \(n)")
        }
    }
}
