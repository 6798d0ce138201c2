import Model

/// GUIDELINES: a host state is a party. An organisation's summit, council or
/// session held in a state's city has that state among its issuers, unless the
/// city is the organisation's own seat (a council meeting at its headquarters
/// is hosted by nobody; a summit there is hosted all the same).
enum HostState {
    /// `seats.txt`: each organisation's seats, by the cities' English names.
    static let seats: [PartyCode: Set<String>] = {
        var seats: [PartyCode: Set<String>] = [:]
        for line in LexiconFile.lines("seats.txt") {
            let (code, cities) = LexiconFile.head(line)
            seats[PartyCode(code), default: []].formUnion(LexiconFile.alternatives(cities))
        }
        return seats
    }()

    /// The state hosting the meeting of `issuers` at `venue`, when it is not one of them already.
    /// A summit (`summit`) held at the seat is hosted all the same.
    static func of(venue: String?, issuers: [PartyCode], kind: StatementKind, summit: Bool) -> PartyCode? {
        guard kind == .communique || kind == .declaration, let venue,
              let country = CityLexicon.shared.country(ofVenue: venue), country.isCountry, Organization.named(country) == nil,
              !issuers.contains(country) else { return nil }
        let bodies = issuers.filter { Organization.named($0) != nil }
        guard !bodies.isEmpty, summit || !bodies.contains(where: { seats[$0]?.contains(venue) == true }) else { return nil }
        return country
    }
}
