extension CommitmentRow {
    /// The export's columns, in order. Lists (issuers, committed_by, topics)
    /// are joined with `;`; dates are ISO 8601 as precise as known.
    public static let csvColumns = [
        "commitment_id", "statement_id", "statement_date", "statement_kind", "venue", "issuers", "committed_by",
        "type", "topics", "context", "target", "language", "text", "title", "source", "url", "published",
        "reports", "report_articles", "article_id",
    ]

    /// This row's cells, in `csvColumns` order.
    public var csvFields: [String] {
        [
            String(commitmentID), String(statementID), statementDate ?? "", statementKind, venue ?? "",
            issuers.joined(separator: ";"), committedBy.joined(separator: ";"), type, topics.joined(separator: ";"),
            context ?? "", target ?? "", language, text, title ?? "", source ?? "", url ?? "", published ?? "",
            String(reports), reportArticles.map(String.init).joined(separator: ";"), String(articleID),
        ]
    }
}
