/// What happened to one article handed to the archive.
public enum IngestOutcome: Hashable, Sendable {
    /// Stored as a new statement with this many commitments.
    case archived(statementID: Int64, commitments: Int)
    /// The same text was already in the archive; nothing changed.
    case alreadyArchived(statementID: Int64)
}
