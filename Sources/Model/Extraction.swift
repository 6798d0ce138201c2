/// What ingestion makes of one article: the statement, its parties, persons
/// and commitments, and the cleaned text that commitment offsets refer to.
///
/// Encodes as the JSON contract of `entente extract --json`
/// (`../shared/eval/README.md`), with extra fields beside the required ones.
public struct Extraction: Hashable, Codable, Sendable {
    public var language: Language
    public var statement: Statement
    public var parties: [Party]
    public var persons: [Person]
    public var commitments: [Commitment]
    /// The article text after cleaning (boilerplate removed, marks folded);
    /// what the archive stores and what offsets count in.
    public var text: String
    /// A title found in the text when none was given.
    public var title: String?
    /// The spans of `text` that decided the statement's kind, date, venue and issuers.
    public var evidence: StatementEvidence?

    public init(
        language: Language, statement: Statement, parties: [Party], persons: [Person],
        commitments: [Commitment], text: String, title: String? = nil, evidence: StatementEvidence? = nil
    ) {
        self.language = language
        self.statement = statement
        self.parties = parties
        self.persons = persons
        self.commitments = commitments
        self.text = text
        self.title = title
        self.evidence = evidence
    }

    /// The parties that made the statement.
    public var issuers: [PartyCode] { parties.filter { $0.role == .issuer }.map(\.code) }
}
