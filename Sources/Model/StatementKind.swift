/// The kind of diplomatic text an article reports.
public enum StatementKind: String, Codable, CaseIterable, Sendable, Hashable {
    case jointStatement = "joint_statement"
    case communique
    case declaration
    case readout
    case pressStatement = "press_statement"
    /// An article that reports stances without naming a formal statement.
    case newsReport = "news_report"
}
