/// A party to a statement: who it is and whether it made the statement.
public struct Party: Hashable, Codable, Sendable {
    public var code: PartyCode
    public var role: PartyRole

    public init(code: PartyCode, role: PartyRole) {
        self.code = code
        self.role = role
    }
}
