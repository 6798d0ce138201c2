import Model

/// Counts over the whole archive, for `entente stats`.
public struct ArchiveStats: Hashable, Sendable, Codable {
    public var statements: Int
    public var articles: Int
    public var commitments: Int
    public var parties: Int
    /// Articles per language code.
    public var articlesByLanguage: [Count]
    /// Statements per kind.
    public var statementsByKind: [Count]
    /// Statements per year of their date ("unknown" when undated).
    public var statementsByYear: [Count]
    /// Commitments per type.
    public var commitmentsByType: [Count]

    public struct Count: Hashable, Sendable, Codable {
        public var key: String
        public var count: Int
    }
}

/// One party with how often it appears, for `entente parties`.
public struct PartySummary: Hashable, Sendable, Codable {
    public var code: PartyCode
    public var kind: String
    public var nameEnglish: String?
    public var nameArabic: String?
    public var nameFrench: String?
    /// Statements it issued.
    public var issued: Int
    /// Statements that mention it without it issuing them.
    public var mentioned: Int
    /// Commitments it made.
    public var commitments: Int
}
