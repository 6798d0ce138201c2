import GRDB
import Model

extension Archive {
    /// The statement with this id, its sources, parties, persons and
    /// commitments in order; nil when there is no such statement.
    public func statement(id: Int64) throws -> StatementDetail? {
        try read { db in
            // A statement absorbed into another answers with the other.
            let asked = id
            let id = try Int64.fetchOne(db, sql: "SELECT statement_id FROM statement_alias WHERE old_id = ?", arguments: [asked]) ?? asked
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM statement WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let reasons = try Self.joinReasons(of: id, in: db)
            let sources = try Row.fetchAll(db, sql: """
                SELECT id, title, source, url, published, language, ingested_at,
                    EXISTS (SELECT 1 FROM report_split WHERE article_id = article.id) AS split
                FROM article WHERE statement_id = ? ORDER BY id
                """, arguments: [id]).map {
                StatementDetail.Source(
                    articleID: $0["id"], title: $0["title"], source: $0["source"], url: $0["url"],
                    published: $0["published"], language: $0["language"], ingestedAt: $0["ingested_at"],
                    joined: reasons[$0["id"]] ?? [], splitByAnalyst: $0["split"])
            }
            let readings = try Row.fetchAll(db, sql: """
                SELECT \(ReportReading.selection) FROM report r JOIN article a ON a.id = r.article_id
                WHERE a.statement_id = ? ORDER BY r.article_id
                """, arguments: [id]).map(ReportReading.init(row:))
            let notes = readings.count > 1 ? StatementFields(choosingFrom: readings).notes : []
            let aliases = try Int64.fetchAll(db, sql: "SELECT old_id FROM statement_alias WHERE statement_id = ? ORDER BY old_id",
                                             arguments: [id])
            let parties = try Row.fetchAll(db, sql: """
                SELECT sp.party_code, sp.role, p.name_en FROM statement_party sp JOIN party p ON p.code = sp.party_code
                WHERE sp.statement_id = ? ORDER BY sp.role = 'mentioned', sp.party_code
                """, arguments: [id]).map {
                StatementDetail.PartyLink(code: $0["party_code"], role: $0["role"], name: $0["name_en"])
            }
            // A person named by several reports of the statement is listed once.
            let persons = try PersonGrouping.entries(ofStatement: id, in: db)
            var everyReport = CommitmentFilter()
            everyReport.everyReport = true
            let request = try CommitmentSQL(everyReport)
            let commitments = try CommitmentRow.fetchAll(
                db,
                sql: "SELECT * FROM (\(request.sql)) WHERE statement_id = ? ORDER BY commitment_id",
                arguments: request.arguments + [id])
            return StatementDetail(
                id: id, kind: row["kind"], date: row["date"], datePrecision: row["date_precision"],
                venue: row["venue"], mechanism: row["mechanism"], round: row["round"],
                sources: sources, parties: parties, persons: persons, commitments: commitments,
                evidence: try Self.evidence(statementID: id, articleID: sources.first?.articleID, db),
                fieldNotes: notes, formerIDs: aliases)
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

    /// Why each article of the statement is in it: its links to the
    /// statement's earlier articles, "with article 12: same issuers CN+PK, …"
    /// (the first article has none: the others joined it).
    static func joinReasons(of statementID: Int64, in db: Database) throws -> [Int64: [String]] {
        var reasons: [Int64: [String]] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.article_id, l.other_id, l.rule, l.reason,
                EXISTS (SELECT 1 FROM report_split s WHERE s.article_id IN (l.article_id, l.other_id)) AS ignored
            FROM report_link l JOIN article a ON a.id = l.article_id JOIN article o ON o.id = l.other_id
            WHERE a.statement_id = ?1 AND o.statement_id = ?1
            ORDER BY l.article_id, l.other_id
            """, arguments: [statementID])
        for row in rows {
            let rule: String = row["rule"]
            if rule != ReportLink.Rule.analyst.rawValue, row["ignored"] as Bool { continue }
            let reason: String = row["reason"]
            let (article, other): (Int64, Int64) = (row["article_id"], row["other_id"])
            reasons[max(article, other), default: []].append("with article \(min(article, other)): \(reason)")
        }
        return reasons
    }

    /// Every party in the archive with its counts, most active first.
    public func parties() throws -> [PartySummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.code, p.kind, p.name_en, p.name_ar, p.name_fr,
                    (SELECT count(*) FROM statement_party WHERE party_code = p.code AND role = 'issuer') AS issued,
                    (SELECT count(*) FROM statement_party WHERE party_code = p.code AND role = 'mentioned') AS mentioned,
                    (SELECT count(*) FROM commitment_party WHERE party_code = p.code
                        AND commitment_id NOT IN (SELECT commitment_id FROM commitment_repeat)) AS commitments
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
                // A clause repeated by other reports of its statement counts once.
                commitments: try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM commitment WHERE id NOT IN (SELECT commitment_id FROM commitment_repeat)
                    """) ?? 0,
                parties: try Int.fetchOne(db, sql: "SELECT count(*) FROM party") ?? 0,
                articlesByLanguage: try counts("SELECT language, count(*) FROM article GROUP BY language ORDER BY 2 DESC, 1"),
                statementsByKind: try counts("SELECT kind, count(*) FROM statement GROUP BY kind ORDER BY 2 DESC, 1"),
                statementsByYear: try counts("""
                    SELECT coalesce(substr(date, 1, 4), 'unknown') AS year, count(*) FROM statement
                    GROUP BY year ORDER BY year = 'unknown', year
                    """),
                commitmentsByType: try counts("""
                    SELECT type, count(*) FROM commitment WHERE id NOT IN (SELECT commitment_id FROM commitment_repeat)
                    GROUP BY type ORDER BY 2 DESC, 1
                    """))
        }
    }
}
