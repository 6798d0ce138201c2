/// One clause in which parties pledge, support, take a position, call on
/// others, welcome or condemn.
public struct Commitment: Hashable, Codable, Sendable {
    /// The clause as it stands in the article's cleaned text.
    public var text: String
    public var type: CommitmentType
    /// The parties that made it.
    public var by: [PartyCode]
    public var topics: [Topic]
    /// Offsets of `text` in the cleaned article text, counted in Unicode
    /// scalars (as Python and most spreadsheets count characters): `start..<end`.
    public var start: Int
    public var end: Int
    /// Negated or conditional stances are flagged, never passed as plain ones.
    public var context: CommitmentContext?
    /// A year or period the commitment targets: "2026", "2025–2029".
    public var target: String?

    public init(
        text: String, type: CommitmentType, by: [PartyCode], topics: [Topic],
        start: Int, end: Int, context: CommitmentContext? = nil, target: String? = nil
    ) {
        self.text = text
        self.type = type
        self.by = by
        self.topics = topics
        self.start = start
        self.end = end
        self.context = context
        self.target = target
    }
}
