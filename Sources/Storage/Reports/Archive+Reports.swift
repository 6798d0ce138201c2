import GRDB
import Model

extension Archive {
    /// The statement with this id, its sources, parties, persons and
    /// commitments in order; nil when there is no such statement.
    public func statement(id: Int64) throws -> StatementDetail? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM statement WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let sources = try Row.fetchAll(db, sql: """
                SELECT id, title, source, url, published, language, ingested_at FROM article
                WHERE statement_id = ? ORDER BY id
                """, arguments: [id]).map {
                StatementDetail.Source(
                    articleID: $0["id"], title: $0["title"], source: $0["source"], url: $0["url"],
                    published: $0["published"], language: $0["language"], ingestedAt: $0["ingested_at"])
            }
            let parties = try Row.fetchAll(db, sql: """
                SELECT sp.party_code, sp.role, p.name_en FROM statement_party sp JOIN party p ON p.code = sp.party_code
                WHERE sp.statement_id = ? ORDER BY sp.role = 'mentioned', sp.party_code
                """, arguments: [id]).map {
                StatementDetail.PartyLink(code: $0["party_code"], role: $0["role"], name: $0["name_en"])
            }
            let persons = try Row.fetchAll(db, sql: "SELECT name, role, party_code FROM person WHERE statement_id = ? ORDER BY id",
                                           arguments: [id]).map {
                StatementDetail.PersonEntry(name: $0["name"], role: $0["role"], party: $0["party_code"])
            }
            let request = try CommitmentSQL(CommitmentFilter())
            let commitments = try CommitmentRow.fetchAll(
                db,
                sql: "SELECT * FROM (\(request.sql)) WHERE statement_id = ? ORDER BY commitment_id",
                arguments: request.arguments + [id])
            return StatementDetail(
                id: id, kind: row["kind"], date: row["date"], datePrecision: row["date_precision"],
                venue: row["venue"], mechanism: row["mechanism"], round: row["round"],
                sources: sources, parties: parties, persons: persons, commitments: commitments,
                evidence: try Self.evidence(statementID: id, articleID: sources.first?.articleID, db))
        }
    }

    /// The evidence spans stored for one article of a statement, their text cut from the article's.
    static func evidence(statementID: Int64, articleID: Int64?, _ db: Database) throws -> StatementEvidence {
        var evidence = StatementEvidence()
        guard let articleID else { return evidence }
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.field, e.party_code, e.start_offset, e.end_offset,
                   substr(a.text, e.start_offset + 1, e.end_offset - e.start_offset) AS text
            FROM statement_evidence e JOIN article a ON a.id = e.article_id
            WHERE e.statement_id = ? AND e.article_id = ?
            """, arguments: [statementID, articleID])
        for row in rows {
            let span = TextSpan(start: row["start_offset"], end: row["end_offset"], text: row["text"])
            switch row["field"] as String {
            case "kind": evidence.kind = span
            case "date": evidence.date = span
            case "venue": evidence.venue = span
            default: if let code: String = row["party_code"] { evidence.issuers[code] = span }
            }
        }
        return evidence
    }

    /// Every party in the archive with its counts, most active first.
    public func parties() throws -> [PartySummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.code, p.kind, p.name_en, p.name_ar, p.name_fr,
                    (SELECT count(*) FROM statement_party WHERE party_code = p.code AND role = 'issuer') AS issued,
                    (SELECT count(*) FROM statement_party WHERE party_code = p.code AND role = 'mentioned') AS mentioned,
                    (SELECT count(*) FROM commitment_party WHERE party_code = p.code) AS commitments
                FROM party p
                ORDER BY issued + mentioned DESC, commitments DESC, p.code
                """).map {
                PartySummary(
                    code: $0["code"], kind: $0["kind"], nameEnglish: $0["name_en"], nameArabic: $0["name_ar"],
                    nameFrench: $0["name_fr"], issued: $0["issued"], mentioned: $0["mentioned"],
                    commitments: $0["commitments"])
            }
        }
    }

    /// Counts by language, kind, year and commitment type.
    public func stats() throws -> ArchiveStats {
        try read { db in
            func counts(_ sql: String) throws -> [ArchiveStats.Count] {
                try Row.fetchAll(db, sql: sql).map { ArchiveStats.Count(key: $0[0], count: $0[1]) }
            }
            return ArchiveStats(
                statements: try Int.fetchOne(db, sql: "SELECT count(*) FROM statement") ?? 0,
                articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                commitments: try Int.fetchOne(db, sql: "SELECT count(*) FROM commitment") ?? 0,
                parties: try Int.fetchOne(db, sql: "SELECT count(*) FROM party") ?? 0,
                articlesByLanguage: try counts("SELECT language, count(*) FROM article GROUP BY language ORDER BY 2 DESC, 1"),
                statementsByKind: try counts("SELECT kind, count(*) FROM statement GROUP BY kind ORDER BY 2 DESC, 1"),
                statementsByYear: try counts("""
                    SELECT coalesce(substr(date, 1, 4), 'unknown') AS year, count(*) FROM statement
                    GROUP BY year ORDER BY year = 'unknown', year
                    """),
                commitmentsByType: try counts("SELECT type, count(*) FROM commitment GROUP BY type ORDER BY 2 DESC, 1"))
        }
    }
}
