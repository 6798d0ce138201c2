import Model

/// Which commitments a search or an export returns.
public struct CommitmentFilter: Hashable, Sendable {
    /// Words to find in the commitment text; nil or empty: every commitment.
    public var query: String?
    /// Pass `query` to FTS5 as written (operators, columns, NEAR) instead of
    /// treating it as plain words.
    public var rawQuery = false
    /// Every named party must be among the statement's parties.
    public var parties: [PartyCode] = []
    /// The commitment must carry every named topic.
    public var topics: [Topic] = []
    /// The commitment's type is one of these (any, when empty).
    public var types: [CommitmentType] = []
    /// The statement's kind is one of these (any, when empty).
    public var kinds: [StatementKind] = []
    /// Statement dates on or after / on or before these (`YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`); statements of unknown date are left out when either is set.
    public var since: StatementDate?
    public var until: StatementDate?
    /// The language of the article the commitment was read from.
    public var language: Language?
    /// At most this many rows; nil: all.
    public var limit: Int?
    /// Rows skipped before the first returned, in the result's order (a
    /// page of results); read only with a `limit`.
    public var offset = 0
    /// One row for every report's own clause, repeats included; otherwise a
    /// clause repeated by several reports of a statement is one row.
    public var everyReport = false

    public init(query: String? = nil) { self.query = query }

    /// Whether there are words to match, so results are ranked by relevance.
    var hasQuery: Bool { !(query ?? "").allSatisfy(\.isWhitespace) }
}
