/// An official named in a statement, as the article writes the name.
public struct Person: Hashable, Codable, Sendable {
    /// The name as written in the article (Arabic script stays Arabic).
    public var name: String
    public var role: PersonRole
    /// The party the person speaks for, when known.
    public var party: PartyCode?

    public init(name: String, role: PersonRole, party: PartyCode?) {
        self.name = name
        self.role = role
        self.party = party
    }
}
