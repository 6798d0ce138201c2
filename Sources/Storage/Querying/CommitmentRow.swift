import GRDB
import Model
import TextAnalysis

/// One commitment as search and export return it, with its statement's and
/// article's facts flattened for a table or a spreadsheet row. Its columns
/// (``Column``) are the query's, the JSON keys and the CSV header.
public struct CommitmentRow: Hashable, Sendable, Codable {
    public var commitmentID: Int64
    public var statementID: Int64
    public var statementDate: String?
    public var statementKind: StatementKind
    public var venue: String?
    /// The statement's issuers, sorted.
    public var issuers: [PartyCode]
    /// The parties that made this commitment, sorted.
    public var committedBy: [PartyCode]
    public var type: CommitmentType
    /// Sorted by name.
    public var topics: [Topic]
    public var context: CommitmentContext?
    public var target: String?
    public var language: Language
    public var text: String
    /// The matched words marked `[…]` in the original text; nil without a query.
    public var snippet: String?
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: String?
    /// How many reports of the statement carry this clause (1 unless
    /// other reports repeat it word for word or nearly).
    public var reports: Int
    /// The articles of those reports, in id order.
    public var reportArticles: [Int64]
    /// The article this row's clause was read from.
    public var articleID: Int64

    typealias CodingKeys = Column
}

extension CommitmentRow: FetchableRecord {
    /// Reads a row that selects ``Column/selection(snippet:)``, by position
    /// (as `SELECT *` over that query does too).
    public init(row: Row) {
        func value<T: DatabaseValueConvertible>(_ column: Column) -> T { row[column.position] }
        func optional<T: DatabaseValueConvertible>(_ column: Column) -> T? { row[column.position] }
        func items(_ column: Column) -> [String] {
            guard let joined: String = row[column.position] else { return [] }
            return joined.split(separator: ";").map(String.init)
        }
        func list(_ column: Column) -> [String] { items(column).sorted() }
        commitmentID = value(.commitmentID)
        statementID = value(.statementID)
        statementDate = optional(.statementDate)
        statementKind = value(.statementKind)
        venue = optional(.venue)
        issuers = list(.issuers).map(PartyCode.init(rawValue:))
        committedBy = list(.committedBy).map(PartyCode.init(rawValue:))
        type = value(.type)
        topics = list(.topics).compactMap(Topic.init(rawValue:))
        context = optional(.context)
        target = optional(.target)
        language = value(.language)
        text = value(.text)
        snippet = (optional(.snippet) as String?).map(AnalyzerLanguage.removingMarkers)
        title = optional(.title)
        source = optional(.source)
        url = optional(.url)
        published = optional(.published)
        reports = optional(.reports) ?? 1
        reportArticles = items(.reportArticles).compactMap { Int64($0) }
        articleID = value(.articleID)
    }
}
