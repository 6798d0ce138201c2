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
    /// How many reports of the statement carry this clause (1 unless
    /// other reports repeat it word for word or nearly).
    public var reports: Int
    /// The articles of those reports, in id order.
    public var reportArticles: [Int64]
    /// The article this row's clause was read from.
    public var articleID: Int64

    enum CodingKeys: String, CodingKey {
        case commitmentID = "commitment_id", statementID = "statement_id", statementDate = "statement_date"
        case statementKind = "statement_kind", venue, issuers, committedBy = "committed_by", type, topics
        case context, target, language, text, snippet, title, source, url, published, reports
        case reportArticles = "report_articles", articleID = "article_id"
    }
}

extension CommitmentRow: FetchableRecord {
    /// The columns ``CommitmentSQL/columns(snippet:)`` selects, in order.
    static let columnNames = [
        "commitment_id", "statement_id", "statement_date", "statement_kind", "venue", "issuers", "committed_by",
        "type", "topics", "context", "target", "language", "text", "snippet", "title", "source", "url", "published",
        "reports", "report_articles", "article_id",
    ]

    static func articleIDs(_ joined: String?) -> [Int64] {
        (joined ?? "").split(separator: ";").compactMap { Int64($0) }
    }

    /// Reads a row whose columns are ``columnNames`` in that order, by
    /// position: looking 18 columns up by name (a case-insensitive hash
    /// each) cost 55,000 instructions a row, 4% of a search process.
    init(orderedRow row: Row) {
        func list(_ index: Int) -> [String] {
            guard let joined: String = row[index], !joined.isEmpty else { return [] }
            return joined.split(separator: ";").map(String.init).sorted()
        }
        commitmentID = row[0]
        statementID = row[1]
        statementDate = row[2]
        statementKind = row[3]
        venue = row[4]
        issuers = list(5)
        committedBy = list(6)
        type = row[7]
        topics = list(8)
        context = row[9]
        target = row[10]
        language = row[11]
        text = row[12]
        snippet = (row[13] as String?).map(SearchAnalyzer.removingMarkers)
        title = row[14]
        source = row[15]
        url = row[16]
        published = row[17]
        reports = row[18] ?? 1
        reportArticles = Self.articleIDs(row[19])
        articleID = row[20]
    }

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
        reports = row["reports"] ?? 1
        reportArticles = Self.articleIDs(row["report_articles"])
        articleID = row["article_id"]
    }
}
