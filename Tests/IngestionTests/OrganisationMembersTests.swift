import Model
import XCTest

/// A regional organisation the lexicon did not know was replaced by one it did
/// (a guest), and the member states its communique lists as taking part were
/// only mentioned. GUIDELINES: the organisation and the members named as
/// taking part are the issuers; guests are not.
final class OrganisationMembersTests: XCTestCase {
    func testAnOrganisationsMeetingHasItsListedMembersAsIssuers() {
        let cases: [(String, Language, [PartyCode], UInt)] = [
            ("""
            Final communiqué of the ministerial meeting of the Central European Initiative

            The foreign ministers of the member states of the Central European Initiative held their yearly meeting on 3 May 2024. \
            The agenda covered transport, energy and migration. \
            The session was opened by the secretary general of the Initiative. \
            The meeting was attended by the ministers of Austria, Hungary, the Republic of Macedonia, Slovenia and Croatia. \
            Representatives of the European Union were present as guests.

            The ministers reaffirmed their support for regional cooperation on transport.
            """, .english, ["CEI", "AT", "HU", "MK", "SI", "HR"], #line),
            ("""
            Communiqué final de la réunion ministérielle du Conseil des États de la mer Baltique

            Les ministres des Affaires étrangères du Conseil des États de la mer Baltique ont tenu leur réunion annuelle le 4 juin 2024. \
            L'ordre du jour portait sur l'énergie et les transports. \
            La séance a été ouverte par le directeur du secrétariat. \
            Les ministres de Lettonie, d'Estonie, de Lituanie et de Finlande ont participé à la réunion.

            Les ministres ont salué les progrès de la coopération énergétique.
            """, .french, ["CBSS", "LV", "EE", "LT", "FI"], #line),
        ]
        for (text, language, issuers, line) in cases {
            let found = TestSupport.extract(text, language: language).parties.filter { $0.role == .issuer }.map(\.code)
            XCTAssertEqual(Set(found), Set(issuers), text, line: line)
        }
    }
}
