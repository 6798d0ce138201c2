import GRDB

extension Archive {
    /// `entente merge`: the analyst says that two statements are one. The
    /// decision is stored as a link between the first articles of each, so
    /// it survives re-ingest and later ingests, and overrides a split.
    ///
    /// - Returns: the statement both are now (the smaller id).
    public func merge(_ first: Int64, _ second: Int64) throws -> Int64 {
        try write { db in
            let a = try Self.resolve(first, in: db)
            let b = try Self.resolve(second, in: db)
            guard a != b else { return a }
            let left = try Int64.fetchOne(db, sql: "SELECT min(id) FROM article WHERE statement_id = ?", arguments: [a])
            let right = try Int64.fetchOne(db, sql: "SELECT min(id) FROM article WHERE statement_id = ?", arguments: [b])
            guard let left, let right else { throw StorageError.failed("statement \(left == nil ? a : b) has no article") }
            try db.execute(sql: """
                INSERT INTO report_link(article_id, other_id, rule, reason) VALUES (?, ?, 'analyst', ?)
                ON CONFLICT(article_id, other_id) DO UPDATE SET rule = 'analyst', reason = excluded.reason
                """, arguments: [max(left, right), min(left, right), "merged by the analyst (entente merge \(first) \(second))"])
            try StatementRegrouping.regroup([a, b], in: db)
            return min(a, b)
        }
    }

    /// `entente split`: the analyst says that an article reports a statement
    /// of its own. Automatic links to it are ignored from now on, and the
    /// analyst's earlier merges of it are undone.
    ///
    /// - Returns: the article's statement after the split.
    public func split(article: Int64) throws -> Int64 {
        try write { db in
            guard let statement = try Int64.fetchOne(db, sql: "SELECT statement_id FROM article WHERE id = ?", arguments: [article]) else {
                throw StorageError.failed("there is no article \(article) in \(path)")
            }
            try db.execute(sql: "INSERT OR IGNORE INTO report_split(article_id) VALUES (?)", arguments: [article])
            try db.execute(sql: "DELETE FROM report_link WHERE rule = 'analyst' AND ? IN (article_id, other_id)", arguments: [article])
            try StatementRegrouping.regroup([statement], in: db)
            return try Int64.fetchOne(db, sql: "SELECT statement_id FROM article WHERE id = ?", arguments: [article])!
        }
    }

    /// A statement id as the user gave it, through aliases; an error when unknown.
    static func resolve(_ id: Int64, in db: Database) throws -> Int64 {
        let current = try Int64.fetchOne(db, sql: "SELECT statement_id FROM statement_alias WHERE old_id = ?", arguments: [id]) ?? id
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM statement WHERE id = ?)", arguments: [current]) == true else {
            throw StorageError.failed("there is no statement \(id)")
        }
        return current
    }
}
