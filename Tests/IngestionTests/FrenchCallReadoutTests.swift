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

    func testACountryAfterEnIsTheMatterNotASpeaker() {
        let text = "Conversation téléphonique entre Ruto et Macron\n\n"
            + "La conversation a duré une heure. Les présidents ont parlé de la guerre en Somalie et ont affirmé leur volonté d'agir ensemble.\n"
        let e = TestSupport.extract(text, published: "2025-05-05", language: .french)
        XCTAssertFalse(e.issuers.map(\.rawValue).contains("SO"), "\(e.parties)")
        XCTAssertFalse(e.commitments.contains { $0.by.map(\.rawValue).contains("SO") }, "\(e.commitments)")
    }
}
