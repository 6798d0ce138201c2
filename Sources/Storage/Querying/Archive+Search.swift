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
        try read { db in
            do {
                let request = try CommitmentSQL(filter, in: db)
                if request.isRanked { try norms.refresh(db) }
                let cursor = try CommitmentRow.fetchCursor(db, sql: request.sql, arguments: request.arguments)
                while let row = try cursor.next() { try body(row) }
            } catch let error as DatabaseError where filter.rawQuery && error.isFullTextSyntaxError {
                throw StorageError.badQuery(error.fullTextProblem)
            }
        }
    }

    /// Keeps every commitment's length in memory from now on (2 bytes per
    /// commitment: 3.7 MB at 1.8 million), so that ranking a common word
    /// needs no lookup per match. For a process that searches many times;
    /// results are the same either way.
    public func prepareForRepeatedSearches() throws {
        norms.enable()
        try read { db in try norms.refresh(db) }
    }

    /// How many commitments match (without a limit).
    public func count(_ filter: CommitmentFilter) throws -> Int {
        return try read { db in
            do {
                let request = try CommitmentSQL(filter, in: db)
                return try Int.fetchOne(db, sql: request.countSQL, arguments: request.countArguments) ?? 0
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
/// there is a query) with commitment, statement and article. With words,
/// filters are facet terms in the MATCH (see ``SearchFacet``) and only a
/// date finer than a year still reads the statement row; without words,
/// they are `EXISTS` subqueries that use the party and topic indexes.
///
/// A ranked search with a limit runs in two steps, because SQLite computes
/// every output column of every matching row before its sorter keeps the
/// best ones: for a common word that meant snippets (through the `entente`
/// tokenizer), three `group_concat` subqueries and an article lookup for
/// each of thousands of rows, to show 20. The inner query ranks bare ids;
/// the outer one builds the output for the rows kept, meeting them again
/// in a pass over the matches so that `snippet()` has its match.
struct CommitmentSQL {
    var sql: String
    var arguments: StatementArguments
    /// Counts the matches, without the limit and without building rows.
    var countSQL: String
    var countArguments: StatementArguments
    /// The ids of the matches (column `id`), unordered, without the limit;
    /// its arguments are `countArguments`.
    var idSQL: String
    /// Whether rows are ordered by `entente_rank`.
    var isRanked = false

    /// - Parameters:
    ///   - snippets: false leaves the snippet column NULL (export does not
    ///     show it, and each costs a tokenization of the clause).
    ///   - db: where the search will run, to learn the archive's span of
    ///     years when a date filter could use the year facets.
    ///   - rareWordMatches: below this many matches the words are rare
    ///     (a parameter for tests).
    init(_ filter: CommitmentFilter, snippets: Bool = true, in db: Database? = nil,
         rareWordMatches: Int = CommitmentSQL.rareWordMatches) throws {
        var conditions: [String] = []
        var arguments = StatementArguments()
        var match: String?
        // What the pass that builds the kept rows matches: `match`, or the
        // words alone when they are rare.
        var rowsMatch: String?
        var needsStatement = false
        var needsCommitment = false
        var exactDates = false
        if filter.hasQuery, let query = filter.query {
            // Filters become facet terms ANDed with the words, so FTS5
            // intersects posting lists instead of this query looking up a
            // commitment, statement and party row for every match.
            var facets = filter.parties.map { SearchFacet.party($0).matchTerm }
                + filter.topics.map { SearchFacet.topic($0).matchTerm }
            if !filter.types.isEmpty { facets.append(SearchFacet.anyOf(filter.types.map(SearchFacet.type))) }
            if !filter.kinds.isEmpty { facets.append(SearchFacet.anyOf(filter.kinds.map(SearchFacet.kind))) }
            if let language = filter.language { facets.append(SearchFacet.language(language).matchTerm) }
            if filter.since != nil || filter.until != nil, let db,
               let years = try Self.years(of: filter, in: db) {
                facets.append(SearchFacet.anyOf(years.map(SearchFacet.year)))
                // Whole years are all the facets need to say.
                exactDates = (filter.since?.iso?.count ?? 4) == 4 && (filter.until?.iso?.count ?? 4) == 4
            }
            let words = filter.rawQuery ? try FullTextQuery.raw(query) : try FullTextQuery.plain(query)
            // FTS5 needs an explicit AND beside a parenthesised group.
            let expression = facets.isEmpty ? words : (["(" + words + ")"] + facets).joined(separator: " AND ")
            match = expression
            rowsMatch = expression
            if !facets.isEmpty, filter.limit != nil, let db,
               try Self.matchCount(of: words, in: db, upTo: rareWordMatches) < rareWordMatches {
                rowsMatch = words
            }
            isRanked = true
            conditions.append("commitment_fts MATCH ?")
            _ = arguments.append(contentsOf: [expression])
            if !filter.everyReport { conditions.append(Self.notARepeat("commitment_fts.rowid")) }
        } else {
            needsCommitment = true
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
                needsStatement = true
                conditions.append("s.kind IN (\(Self.placeholders(filter.kinds.count)))")
                _ = arguments.append(contentsOf: StatementArguments(filter.kinds.map(\.rawValue)))
            }
            if let language = filter.language {
                conditions.append("c.language = ?")
                _ = arguments.append(contentsOf: [language.rawValue])
            }
            if !filter.everyReport { conditions.append(Self.notARepeat("c.id")) }
        }
        // Dates compare as ISO text cut to the filter's precision, so
        // `--until 2026` keeps 2026-05-01 and `--since 2026-03` keeps 2026-03-15.
        if !exactDates, let since = filter.since?.iso {
            needsStatement = true
            needsCommitment = true
            conditions.append("substr(s.date, 1, \(since.count)) >= ?")
            _ = arguments.append(contentsOf: [since])
        }
        if !exactDates, let until = filter.until?.iso {
            needsStatement = true
            needsCommitment = true
            conditions.append("substr(s.date, 1, \(until.count)) <= ?")
            _ = arguments.append(contentsOf: [until])
        }
        let whereClause = conditions.isEmpty ? "" : "\nWHERE " + conditions.joined(separator: "\n  AND ")
        let from = match != nil ? "commitment_fts JOIN commitment c ON c.id = commitment_fts.rowid" : "commitment c"

        let matches = "FROM \(needsCommitment ? from : "commitment_fts")\(needsStatement ? "\nJOIN statement s ON s.id = c.statement_id" : "")\(whereClause)"
        countSQL = "SELECT count(*) " + matches
        countArguments = arguments
        idSQL = "SELECT \(match != nil ? "commitment_fts.rowid" : "c.id") AS id " + matches

        if let rowsMatch, let limit = filter.limit {
            // Step 1 ranks ids only; step 2 builds the kept rows. For rare
            // words step 2 matches them without the filters' facet terms:
            // the kept ids already passed those, facets never fall in the
            // clause's text that `snippet()` reads, and walking a facet's
            // long posting list a second time would cost a rare word more
            // than all the rest. For common words the facets stay: meeting
            // every match of the words once more costs more than the facets
            // save.
            var ranked = StatementArguments()
            _ = ranked.append(contentsOf: arguments)
            _ = ranked.append(contentsOf: [limit, filter.offset, rowsMatch])
            sql = """
                WITH ranked AS MATERIALIZED (
                    SELECT commitment_fts.rowid AS id, entente_rank(commitment_fts) AS score
                    FROM \(needsCommitment ? from : "commitment_fts")\(needsStatement ? "\n    JOIN statement s ON s.id = c.statement_id" : "")\(whereClause)
                    ORDER BY score, commitment_fts.rowid
                    LIMIT ? OFFSET ?
                )
                SELECT \(CommitmentRow.Column.selection(snippet: Self.snippet))
                FROM commitment_fts
                -- One more pass over the matches, keeping the ranked ids: as
                -- cheap as counting them. Probing the index by rowid for each
                -- kept row instead would expand a prefix query (invest*)
                -- again every time.
                CROSS JOIN ranked ON ranked.id = commitment_fts.rowid
                CROSS JOIN commitment c ON c.id = ranked.id
                JOIN statement s ON s.id = c.statement_id
                JOIN article a ON a.id = c.article_id
                WHERE commitment_fts MATCH ?
                ORDER BY ranked.score, ranked.id
                """
            self.arguments = ranked
            return
        }

        var sql = """
            SELECT \(CommitmentRow.Column.selection(snippet: match != nil && snippets ? Self.snippet : "NULL"))
            FROM \(from)
            JOIN statement s ON s.id = c.statement_id
            JOIN article a ON a.id = c.article_id
            """
        sql += whereClause
        sql += "\nORDER BY " + (match != nil ? "entente_rank(commitment_fts), c.id" : "s.date IS NULL, s.date DESC, c.id")
        if let limit = filter.limit {
            sql += "\nLIMIT ? OFFSET ?"
            _ = arguments.append(contentsOf: [limit, filter.offset])
        }
        self.sql = sql
        self.arguments = arguments
    }

    /// A clause that repeats another report's (see `commitment_repeat`) is
    /// left out: the clause it repeats stands for both. A primary-key probe
    /// of a small table per match.
    static func notARepeat(_ id: String) -> String {
        "NOT EXISTS (SELECT 1 FROM commitment_repeat WHERE commitment_id = \(id))"
    }

    /// The clause with the matched words in brackets, about 24 tokens of it.
    static let snippet = "snippet(commitment_fts, 0, '[', ']', '…', 24)"

    /// Matches of the words alone counted up to this; fewer makes them rare.
    static let rareWordMatches = 400

    /// How many commitments the words match, counted by stepping through
    /// at most `limit` matches.
    static func matchCount(of words: String, in db: Database, upTo limit: Int) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM commitment_fts WHERE commitment_fts MATCH ? LIMIT ?)
            """, arguments: [words, limit]) ?? 0
    }

    /// The years a date filter spans within the archive's dates, when few
    /// enough that an OR of their facets is cheaper than a statement lookup
    /// per match; nil otherwise.
    static func years(of filter: CommitmentFilter, in db: Database) throws -> [Int]? {
        let row = try Row.fetchOne(db, sql: """
            SELECT (SELECT CAST(substr(min(date), 1, 4) AS INTEGER) FROM statement) AS first,
                   (SELECT CAST(substr(max(date), 1, 4) AS INTEGER) FROM statement) AS last
            """)
        guard let row, let first: Int = row["first"], let last: Int = row["last"] else { return nil }
        let from = max(first, filter.since?.year ?? first)
        let to = min(last, filter.until?.year ?? last)
        guard from <= to, to - from < maxYearFacets else { return nil }
        return Array(from...to)
    }

    /// Beyond this many years, ORing their posting lists costs more than it saves.
    static let maxYearFacets = 6

    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
