/// How a party takes part in a statement.
public enum PartyRole: String, Codable, CaseIterable, Sendable, Hashable {
    /// Made the statement (signatory, host, author of a readout).
    case issuer
    /// Named in the statement without making it.
    case mentioned
}
