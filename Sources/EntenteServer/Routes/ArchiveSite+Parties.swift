import Foundation
import Hummingbird
import Model
import Storage

extension ArchiveSite {
    func partiesPage() async throws -> Response {
        let parties = try await readers.read { try $0.parties() }
        return Responses.html(templates.render(PartiesPage(parties), as: "parties"))
    }

    func partyPage(_ code: String) async throws -> Response {
        guard let profile = try await readers.read({ try $0.partyProfile(code: PartyCode(code)) }) else { throw ServerError.noSuchParty(code) }
        return Responses.html(templates.render(PartyPage(profile: profile), as: "party"))
    }

    func partyAPI(_ code: String) async throws -> Response {
        guard let profile = try await readers.read({ try $0.partyProfile(code: PartyCode(code)) }) else { throw ServerError.noSuchParty(code) }
        return try Responses.json(profile)
    }
}
