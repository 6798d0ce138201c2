import Model
import XCTest

/// « Conversation téléphonique entre Poutine et Macron » is a readout, and a country after
/// « en », « dans » or « sur » is what the presidents discussed, not a speaker.
final class FrenchCallReadoutTests: XCTestCase {
    static let text = "Conversation téléphonique entre Ruto et Macron\n\n"
        + "La conversation a duré une heure. Les présidents ont discuté de la situation en Somalie et du programme "
        + "de désarmement au Soudan.\n"
        + "M. Macron s'est dit déterminé à rechercher une solution diplomatique.\n"

    func testATelephoneConversationIsAReadout() {
        XCTAssertEqual(TestSupport.extract(Self.text, published: "2025-05-05", language: .french).statement.kind, .readout)
    }

    /// « discutent au téléphone » is a call, whatever communiqué the account later cites.
    func testTalksOnThePhoneAreAReadout() {
        let text = "Les présidents sénégalais et gambien discutent au téléphone de la sécurité en Casamance\n\n"
            + "Au cours de l'échange, le président sénégalais a remercié son homologue pour sa coopération.\n\n"
            + "Selon le communiqué, les deux chefs d'État ont convenu de renforcer les patrouilles conjointes.\n"
        let e = TestSupport.extract(text, language: .french)
        XCTAssertEqual(e.statement.kind, .readout)
        XCTAssertEqual(Set(e.issuers.map(\.rawValue)), ["SN", "GM"], "\(e.parties)")
    }

    func testACountryAfterEnIsTheMatterNotASpeaker() {
        let text = "Conversation téléphonique entre Ruto et Macron\n\n"
            + "La conversation a duré une heure. Les présidents ont parlé de la guerre en Somalie et ont affirmé leur volonté d'agir ensemble.\n"
        let e = TestSupport.extract(text, published: "2025-05-05", language: .french)
        XCTAssertFalse(e.issuers.map(\.rawValue).contains("SO"), "\(e.parties)")
        XCTAssertFalse(e.commitments.contains { $0.by.map(\.rawValue).contains("SO") }, "\(e.commitments)")
    }
}
