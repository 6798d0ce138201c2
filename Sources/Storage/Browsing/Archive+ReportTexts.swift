import GRDB

extension Archive {
    /// Every report of the statement (or of the statement it was merged
    /// into) with its text and commitment spans, in article order; empty
    /// when there is no such statement.
    public func reportTexts(statementID: Int64) throws -> [ReportText] {
        try read { db in
            let id = try Int64.fetchOne(db, sql: "SELECT statement_id FROM statement_alias WHERE old_id = ?",
                                        arguments: [statementID]) ?? statementID
            var spans: [Int64: [ReportText.CommitmentSpan]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, article_id, start_offset, end_offset FROM commitment
                WHERE statement_id = ? ORDER BY article_id, start_offset, id
                """, arguments: [id]) {
                spans[row["article_id"], default: []].append(ReportText.CommitmentSpan(
                    commitmentID: row["id"], start: row["start_offset"], end: row["end_offset"]))
            }
            return try Row.fetchAll(db, sql: """
                SELECT id, language, title, source, published, text FROM article WHERE statement_id = ? ORDER BY id
                """, arguments: [id]).map {
                ReportText(articleID: $0["id"], language: $0["language"], title: $0["title"], source: $0["source"],
                           published: $0["published"], text: $0["text"], spans: spans[$0["id"]] ?? [])
            }
        }
    }
}
