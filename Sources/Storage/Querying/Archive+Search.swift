import GRDB
import Model

extension Archive {
    /// Matching commitments, best first when there is a query (bm25), newest
    /// statement first otherwise.
    public func search(_ filter: CommitmentFilter) throws -> [CommitmentRow] {
        var rows: [CommitmentRow] = []
        try forEachCommitment(filter) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each matching commitment in turn, reading them from
    /// a cursor: memory stays flat however many rows match.
    public func forEachCommitment(_ filter: CommitmentFilter, _ body: (CommitmentRow) throws -> Void) throws {
        let request = try CommitmentSQL(filter)
        try read { db in
            do {
                let cursor = try CommitmentRow.fetchCursor(db, sql: request.sql, arguments: request.arguments)
                while let row = try cursor.next() { try body(row) }
            } catch let error as DatabaseError where filter.rawQuery && error.isFullTextSyntaxError {
                throw StorageError.badQuery(error.fullTextProblem)
            }
        }
    }

    /// How many commitments match (without a limit).
    public func count(_ filter: CommitmentFilter) throws -> Int {
        var unlimited = filter
        unlimited.limit = nil
        let request = try CommitmentSQL(unlimited)
        return try read { db in
            do {
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(request.sql))", arguments: request.arguments) ?? 0
            } catch let error as DatabaseError where filter.rawQuery && error.isFullTextSyntaxError {
                throw StorageError.badQuery(error.fullTextProblem)
            }
        }
    }
}

extension DatabaseError {
    var isFullTextSyntaxError: Bool {
        guard resultCode == .SQLITE_ERROR, let message else { return false }
        return message.hasPrefix("fts5:") || message.contains("syntax error") || message.hasPrefix("no such column")
            || message.hasPrefix("unknown special query") || message.contains("unterminated string")
    }

    /// The FTS5 error without its prefix, on one line.
    var fullTextProblem: String {
        let text = message ?? "syntax error"
        let trimmed = text.hasPrefix("fts5: ") ? String(text.dropFirst(6)) : text
        return trimmed.replacingOccurrences(of: "\n", with: " ")
    }
}

/// The SQL for a `CommitmentFilter`: a join of the full-text index (when
/// there is a query) with commitment, statement and article, filters as
/// `EXISTS` subqueries that use the party and topic indexes.
struct CommitmentSQL {
    var sql: String
    var arguments: StatementArguments

    init(_ filter: CommitmentFilter) throws {
        var conditions: [String] = []
        var arguments = StatementArguments()
        let from: String
        let snippet: String
        let order: String
        if filter.hasQuery, let query = filter.query {
            let match = filter.rawQuery ? query : try FullTextQuery.plain(query)
            from = "commitment_fts JOIN commitment c ON c.id = commitment_fts.rowid"
            conditions.append("commitment_fts MATCH ?")
            _ = arguments.append(contentsOf: [match])
            snippet = "snippet(commitment_fts, 0, '[', ']', '…', 24)"
            order = "bm25(commitment_fts), c.id"
        } else {
            from = "commitment c"
            snippet = "NULL"
            order = "s.date IS NULL, s.date DESC, c.id"
        }
        for party in filter.parties {
            conditions.append("EXISTS (SELECT 1 FROM statement_party sp WHERE sp.statement_id = c.statement_id AND sp.party_code = ?)")
            _ = arguments.append(contentsOf: [party.rawValue])
        }
        for topic in filter.topics {
            conditions.append("EXISTS (SELECT 1 FROM commitment_topic ct WHERE ct.commitment_id = c.id AND ct.topic = ?)")
            _ = arguments.append(contentsOf: [topic.rawValue])
        }
        if !filter.types.isEmpty {
            conditions.append("c.type IN (\(Self.placeholders(filter.types.count)))")
            _ = arguments.append(contentsOf: StatementArguments(filter.types.map(\.rawValue)))
        }
        if !filter.kinds.isEmpty {
            conditions.append("s.kind IN (\(Self.placeholders(filter.kinds.count)))")
            _ = arguments.append(contentsOf: StatementArguments(filter.kinds.map(\.rawValue)))
        }
        // Dates compare as ISO text cut to the filter's precision, so
        // `--until 2026` keeps 2026-05-01 and `--since 2026-03` keeps 2026-03-15.
        if let since = filter.since?.iso {
            conditions.append("substr(s.date, 1, \(since.count)) >= ?")
            _ = arguments.append(contentsOf: [since])
        }
        if let until = filter.until?.iso {
            conditions.append("substr(s.date, 1, \(until.count)) <= ?")
            _ = arguments.append(contentsOf: [until])
        }
        if let language = filter.language {
            conditions.append("c.language = ?")
            _ = arguments.append(contentsOf: [language.rawValue])
        }
        var sql = """
            SELECT c.id AS commitment_id, c.statement_id, s.date AS statement_date, s.kind AS statement_kind, s.venue,
                (SELECT group_concat(party_code, ';') FROM statement_party WHERE statement_id = c.statement_id AND role = 'issuer') AS issuers,
                (SELECT group_concat(party_code, ';') FROM commitment_party WHERE commitment_id = c.id) AS committed_by,
                c.type, (SELECT group_concat(topic, ';') FROM commitment_topic WHERE commitment_id = c.id) AS topics,
                c.context, c.target, c.language, c.text, \(snippet) AS snippet,
                a.title, a.source, a.url, a.published
            FROM \(from)
            JOIN statement s ON s.id = c.statement_id
            JOIN article a ON a.id = c.article_id
            """
        if !conditions.isEmpty { sql += "\nWHERE " + conditions.joined(separator: "\n  AND ") }
        sql += "\nORDER BY \(order)"
        if let limit = filter.limit {
            sql += "\nLIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        self.sql = sql
        self.arguments = arguments
    }

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
