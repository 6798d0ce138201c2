import GRDB
import Model

extension CommitmentRow {
    /// The row's columns in the order the query selects them: the one list
    /// behind the SQL, the row's decoding, the JSON keys and the CSV header.
    /// A case's raw value is the name users see in all of them.
    public enum Column: String, CaseIterable, CodingKey, Sendable {
        case commitmentID = "commitment_id"
        case statementID = "statement_id"
        case statementDate = "statement_date"
        case statementKind = "statement_kind"
        case venue
        case issuers
        case committedBy = "committed_by"
        case type
        case topics
        case context
        case target
        case language
        case text
        case snippet
        case title
        case source
        case url
        case published
        case reports
        case reportArticles = "report_articles"
        case articleID = "article_id"

        /// The columns `export` writes, in order: all but the snippet.
        public static let exported = allCases.filter { $0 != .snippet }

        /// Where the query selects this column.
        var position: Int { Self.inOrder.firstIndex(of: self)! }

        /// `allCases` made once: each use of `allCases` builds a new array.
        private static let inOrder = allCases

        /// Whether the column is a `;`-joined list that rows show sorted.
        var isSortedList: Bool { self == .issuers || self == .committedBy || self == .topics }

        /// The SQL select list, over `commitment c`, `statement s` and
        /// `article a`; `snippet` is the snippet's expression (or `NULL`).
        static func selection(snippet: String) -> String {
            allCases.map { $0.expression(snippet: snippet) + " AS " + $0.rawValue }.joined(separator: ",\n    ")
        }

        private func expression(snippet: String) -> String {
            switch self {
            case .commitmentID: "c.id"
            case .statementID: "c.statement_id"
            case .statementDate: "s.date"
            case .statementKind: "s.kind"
            case .venue: "s.venue"
            case .issuers:
                "(SELECT group_concat(party_code, ';') FROM statement_party WHERE statement_id = c.statement_id AND role = 'issuer')"
            case .committedBy: "(SELECT group_concat(party_code, ';') FROM commitment_party WHERE commitment_id = c.id)"
            case .type: "c.type"
            case .topics: "(SELECT group_concat(topic, ';') FROM commitment_topic WHERE commitment_id = c.id)"
            case .context: "c.context"
            case .target: "c.target"
            case .language: "c.language"
            case .text: "c.text"
            case .snippet: snippet
            case .title: "a.title"
            case .source: "a.source"
            case .url: "a.url"
            case .published: "a.published"
            // How many reports of the statement carry the clause (itself and
            // its repeats), and their article ids in order.
            case .reports: "1 + (SELECT count(*) FROM commitment_repeat WHERE repeat_of = \(Self.repeatGroup))"
            case .reportArticles:
                """
                (SELECT group_concat(article_id, ';') FROM (
                        SELECT article_id FROM commitment WHERE id = \(Self.repeatGroup)
                        UNION SELECT r2.article_id FROM commitment_repeat r JOIN commitment r2 ON r2.id = r.commitment_id
                            WHERE r.repeat_of = \(Self.repeatGroup)
                        ORDER BY 1))
                """
            case .articleID: "c.article_id"
            }
        }

        /// The clause that stands for `c` and its repeats.
        private static let repeatGroup = "coalesce((SELECT repeat_of FROM commitment_repeat WHERE commitment_id = c.id), c.id)"
    }

    /// The text of `column` in this row, as CSV writes it: lists joined
    /// with `;`, nothing for nil.
    public func field(_ column: Column) -> String {
        switch column {
        case .commitmentID: String(commitmentID)
        case .statementID: String(statementID)
        case .statementDate: statementDate ?? ""
        case .statementKind: statementKind.rawValue
        case .venue: venue ?? ""
        case .issuers: issuers.map(\.rawValue).joined(separator: ";")
        case .committedBy: committedBy.map(\.rawValue).joined(separator: ";")
        case .type: type.rawValue
        case .topics: topics.map(\.rawValue).joined(separator: ";")
        case .context: context?.rawValue ?? ""
        case .target: target ?? ""
        case .language: language.rawValue
        case .text: text
        case .snippet: snippet ?? ""
        case .title: title ?? ""
        case .source: source ?? ""
        case .url: url ?? ""
        case .published: published ?? ""
        case .reports: String(reports)
        case .reportArticles: reportArticles.map(String.init).joined(separator: ";")
        case .articleID: String(articleID)
        }
    }
}
