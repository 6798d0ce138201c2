/// What a party does in a commitment clause.
public enum CommitmentType: String, Codable, CaseIterable, Sendable, Hashable {
    /// Will act, agreed or decided to act, committed itself to act.
    case pledge
    /// Backs another party, a cause or a principle.
    case support
    /// Affirms or reaffirms a stance, principle or assessment.
    case position
    /// Calls on, urges or demands that others act.
    case call
    /// Welcomes, appreciates, praises.
    case welcome
    /// Condemns, rejects, denounces.
    case condemn
}
