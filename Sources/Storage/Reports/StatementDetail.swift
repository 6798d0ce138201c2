import Model

/// Everything the archive holds about one statement, for `entente show`.
public struct StatementDetail: Hashable, Sendable, Codable {
    public struct Source: Hashable, Sendable, Codable {
        public var articleID: Int64
        public var title: String?
        public var source: String?
        public var url: String?
        public var published: String?
        public var language: Language
        public var ingestedAt: String
        /// Why the article is in this statement: its links to the others
        /// ("with article 12: same issuers CN+PK, same date 2026-01-05"); empty
        /// for a statement's only report.
        public var joined: [String]
        /// `entente split` took it out of its statement.
        public var splitByAnalyst: Bool
    }

    public struct PartyLink: Hashable, Sendable, Codable {
        public var code: PartyCode
        public var role: PartyRole
        public var name: String?
    }

    /// One person of the statement, however many reports name it.
    public struct PersonEntry: Hashable, Sendable, Codable {
        /// The name most reports use (Latin script first on a tie).
        public var name: String
        public var role: PersonRole
        public var party: PartyCode?
        /// Every name the reports used for this person, `name` first.
        public var names: [Naming]

        /// A name as some of the statement's reports write it.
        public struct Naming: Hashable, Sendable, Codable {
            public var name: String
            public var language: Language
            /// The reports that use it, in order.
            public var articles: [Int64]
        }
    }

    public var id: Int64
    public var kind: StatementKind
    public var date: String?
    public var datePrecision: DatePrecision
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
    /// How the fields were chosen where reports disagree.
    public var fieldNotes: [String]
    /// Ids of statements absorbed into this one, which still lead here.
    public var formerIDs: [Int64]

    /// Spelled out because a snake-case encoder splits `formerIDs` as `former_i_ds`.
    enum CodingKeys: String, CodingKey {
        case id, kind, date, datePrecision, venue, mechanism, round, sources, parties, persons, commitments, evidence
        case fieldNotes
        case formerIDs = "formerIds"
    }
}
