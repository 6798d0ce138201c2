import Model

/// Everything the archive holds about one statement, for `entente show`.
public struct StatementDetail: Hashable, Sendable, Codable {
    public struct Source: Hashable, Sendable, Codable {
        public var articleID: Int64
        public var title: String?
        public var source: String?
        public var url: String?
        public var published: String?
        public var language: String
        public var ingestedAt: String
    }

    public struct PartyLink: Hashable, Sendable, Codable {
        public var code: String
        public var role: String
        public var name: String?
    }

    public struct PersonEntry: Hashable, Sendable, Codable {
        public var name: String
        public var role: String
        public var party: String?
    }

    public var id: Int64
    public var kind: String
    public var date: String?
    public var datePrecision: String
    public var venue: String?
    public var mechanism: String?
    public var round: Int?
    public var sources: [Source]
    public var parties: [PartyLink]
    public var persons: [PersonEntry]
    public var commitments: [CommitmentRow]
    /// The spans of the first source's text that decided the kind, date, venue
    /// and issuers (offsets into that article's text); empty for archives made before them.
    public var evidence: StatementEvidence
}
