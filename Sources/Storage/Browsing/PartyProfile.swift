import Model

/// One party's place in the archive, for its page: its counts, its
/// statements over time, its commitments by year and type, and the parties
/// it most often shares a statement with.
public struct PartyProfile: Hashable, Sendable, Codable {
    public var summary: PartySummary
    /// Its statements, newest first (undated last), at most `statementLimit`.
    public var statements: [StatementEntry]
    /// How many statements it is a party to, listed or not.
    public var statementCount: Int
    /// Commitments it made, by the statement's year and the commitment's
    /// type; undated statements are left out.
    public var commitmentsByYear: [YearTypeCount]
    /// The parties of its statements other than itself, most shared first.
    public var counterparts: [Counterpart]

    /// One statement the party is a party to.
    public struct StatementEntry: Hashable, Sendable, Codable {
        public var id: Int64
        public var date: String?
        public var kind: StatementKind
        public var venue: String?
        /// The party's role in it.
        public var role: PartyRole
        /// The statement's issuers, sorted.
        public var issuers: [PartyCode]
        /// Its commitments, a clause repeated by several reports counted once.
        public var commitments: Int
    }

    public struct YearTypeCount: Hashable, Sendable, Codable {
        public var year: String
        public var type: CommitmentType
        public var count: Int
    }

    public struct Counterpart: Hashable, Sendable, Codable {
        public var code: PartyCode
        public var name: String?
        /// Statements the two share.
        public var statements: Int
    }
}
