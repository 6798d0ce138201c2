/// What happened to one article of an ingest, in input order.
public enum IngestEvent: Sendable, Equatable {
    /// Archived as a new statement (or a report of a known one) with its commitments.
    case archived(label: String, statementID: Int64, commitments: Int)
    /// The same text was archived before.
    case alreadyArchived(label: String, statementID: Int64)
    /// The same text as an earlier article of this run, which failed to be written.
    case sameAsEarlier(label: String)
    /// Not archived, and why (one line).
    case failed(label: String, reason: String)

    /// Where the article came from: a path, or `path:line`.
    public var label: String {
        switch self {
        case let .archived(label, _, _), let .alreadyArchived(label, _), let .sameAsEarlier(label), let .failed(label, _): label
        }
    }

    /// The event as `ingest` reports it, after the label.
    public var message: String {
        switch self {
        case let .archived(_, statementID, commitments):
            "archived as statement \(statementID) with \(commitments) commitment\(commitments == 1 ? "" : "s")"
        case let .alreadyArchived(_, statementID): "already archived (statement \(statementID))"
        case .sameAsEarlier: "the same text as an earlier article of this run"
        case let .failed(_, reason): "failed: \(reason)"
        }
    }
}
