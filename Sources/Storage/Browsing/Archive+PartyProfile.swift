import GRDB
import Model

extension Archive {
    /// The party's profile, or nil when the archive does not know the code.
    public func partyProfile(code: PartyCode, statementLimit: Int = 200, counterpartLimit: Int = 12) throws -> PartyProfile? {
        guard let summary = try parties().first(where: { $0.code == code }) else { return nil }
        return try read { db in
            let statements = try Row.fetchAll(db, sql: """
                SELECT s.id, s.date, s.kind, s.venue, sp.role,
                    (SELECT group_concat(party_code, ';') FROM statement_party WHERE statement_id = s.id AND role = 'issuer') AS issuers,
                    (SELECT count(*) FROM commitment c WHERE c.statement_id = s.id
                        AND NOT EXISTS (SELECT 1 FROM commitment_repeat WHERE commitment_id = c.id)) AS commitments
                FROM statement_party sp JOIN statement s ON s.id = sp.statement_id
                WHERE sp.party_code = ?
                ORDER BY s.date IS NULL, s.date DESC, s.id DESC
                LIMIT ?
                """, arguments: [code.rawValue, statementLimit]).map { row in
                PartyProfile.StatementEntry(
                    id: row["id"], date: row["date"], kind: row["kind"], venue: row["venue"], role: row["role"],
                    issuers: ((row["issuers"] as String?) ?? "").split(separator: ";").map { PartyCode(String($0)) }.sorted(),
                    commitments: row["commitments"])
            }
            let byYear = try Row.fetchAll(db, sql: """
                SELECT substr(s.date, 1, 4) AS year, c.type, count(*) AS count
                FROM commitment_party cp JOIN commitment c ON c.id = cp.commitment_id
                JOIN statement s ON s.id = c.statement_id
                WHERE cp.party_code = ? AND s.date IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM commitment_repeat WHERE commitment_id = c.id)
                GROUP BY year, c.type ORDER BY year, c.type
                """, arguments: [code.rawValue]).map {
                PartyProfile.YearTypeCount(year: $0["year"], type: $0["type"], count: $0["count"])
            }
            let counterparts = try Row.fetchAll(db, sql: """
                SELECT other.party_code AS code, p.name_en, count(*) AS statements
                FROM statement_party mine
                JOIN statement_party other ON other.statement_id = mine.statement_id AND other.party_code <> mine.party_code
                JOIN party p ON p.code = other.party_code
                WHERE mine.party_code = ?
                GROUP BY other.party_code ORDER BY statements DESC, other.party_code LIMIT ?
                """, arguments: [code.rawValue, counterpartLimit]).map {
                PartyProfile.Counterpart(code: $0["code"], name: $0["name_en"], statements: $0["statements"])
            }
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM statement_party WHERE party_code = ?",
                                         arguments: [code.rawValue]) ?? 0
            return PartyProfile(summary: summary, statements: statements, statementCount: total,
                                commitmentsByYear: byYear, counterparts: counterparts)
        }
    }
}
