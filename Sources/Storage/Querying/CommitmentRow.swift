import GRDB
import Model
import TextAnalysis

/// One commitment as search and export return it, with its statement's and
/// article's facts flattened for a table or a spreadsheet row.
public struct CommitmentRow: Hashable, Sendable, Codable {
    public var commitmentID: Int64
    public var statementID: Int64
    public var statementDate: String?
    public var statementKind: String
    public var venue: String?
    /// The statement's issuers, sorted.
    public var issuers: [String]
    /// The parties that made this commitment, sorted.
    public var committedBy: [String]
    public var type: String
    public var topics: [String]
    public var context: String?
    public var target: String?
    public var language: String
    public var text: String
    /// The matched words marked `[…]` in the original text; nil without a query.
    public var snippet: String?
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: String?

    enum CodingKeys: String, CodingKey {
        case commitmentID = "commitment_id", statementID = "statement_id", statementDate = "statement_date"
        case statementKind = "statement_kind", venue, issuers, committedBy = "committed_by", type, topics
        case context, target, language, text, snippet, title, source, url, published
    }
}

extension CommitmentRow: FetchableRecord {
    public init(row: Row) {
        func list(_ column: String) -> [String] {
            guard let joined: String = row[column], !joined.isEmpty else { return [] }
            return joined.split(separator: ";").map(String.init).sorted()
        }
        commitmentID = row["commitment_id"]
        statementID = row["statement_id"]
        statementDate = row["statement_date"]
        statementKind = row["statement_kind"]
        venue = row["venue"]
        issuers = list("issuers")
        committedBy = list("committed_by")
        type = row["type"]
        topics = list("topics")
        context = row["context"]
        target = row["target"]
        language = row["language"]
        text = row["text"]
        snippet = (row["snippet"] as String?).map(SearchAnalyzer.removingMarkers)
        title = row["title"]
        source = row["source"]
        url = row["url"]
        published = row["published"]
    }
}
