/// A qualification that keeps a stance from passing as a plain one.
public enum CommitmentContext: String, Codable, CaseIterable, Sendable, Hashable {
    /// "did not agree", "لم يتفق", "ne sont pas convenus".
    case negated
    /// "if …", "إذا …", "si …".
    case conditional
}
