import GRDB

/// The reports of articles archived before merging existed
/// (`report_ungrouped`, `Migrations/0011_ungrouped_reports.sql`), grouped
/// by today's rules the first time the archive is opened for writing.
///
/// Each pair is decided by `SameStatementRule` from the two reports alone, as
/// ingest decides it, so the statements are those an ingest of the same
/// articles in any order would give. Statements that become one keep the
/// smallest id and the others lead to it (`statement_alias`); an analyst's
/// split keeps its article apart and an analyst's merge stays, as in
/// `StatementRegrouping`.
enum UngroupedReports {
    /// Groups every listed report and empties the list, in the caller's
    /// transaction: all of it is written or none.
    ///
    /// - Returns: how many reports were grouped.
    @discardableResult
    static func group(in db: Database) throws -> Int {
        let ids = try Int64.fetchAll(db, sql: "SELECT article_id FROM report_ungrouped ORDER BY article_id")
        guard !ids.isEmpty else { return 0 }
        let merger = ReportMerger(db: db)
        // Every signature first, so that two old reports find each other as
        // near-copies. Fingerprints are computed again below rather than kept:
        // an old archive may hold a hundred thousand reports.
        for id in ids {
            guard let fingerprint = try fingerprint(of: id, in: db) else { continue }
            try merger.recordFingerprint(of: id, fingerprint)
        }
        let split = Set(try Int64.fetchAll(db, sql: "SELECT article_id FROM report_split"))
        var statements: Set<Int64> = []
        for id in ids where !split.contains(id) {
            guard let fingerprint = try fingerprint(of: id, in: db),
                  let row = try Row.fetchOne(db.cachedStatement(sql: """
                      SELECT \(ReportReading.selection), a.statement_id FROM report r JOIN article a ON a.id = r.article_id
                      WHERE r.article_id = ?
                      """), arguments: [id]) else { continue }
            let reading = ReportReading(row: row)
            let matches = try merger.matches(for: reading, fingerprint: fingerprint).filter { $0.articleID != id }
            for match in matches {
                // As ingest stores it: the later article links to the earlier.
                try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO report_link(article_id, other_id, rule, reason) VALUES (?, ?, ?, ?)
                    """).execute(arguments: [max(id, match.articleID), min(id, match.articleID), match.link.rule.rawValue, match.link.reason])
                statements.insert(match.statementID)
            }
            if !matches.isEmpty { statements.insert(row["statement_id"]) }
        }
        try StatementRegrouping.regroup(statements, in: db)
        try db.execute(sql: "DELETE FROM report_ungrouped")
        return ids.count
    }

    private static func fingerprint(of article: Int64, in db: Database) throws -> ReportFingerprint? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT text FROM article WHERE id = ?"), arguments: [article])
            .map(ReportFingerprint.init(text:))
    }
}
