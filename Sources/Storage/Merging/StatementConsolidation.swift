import GRDB
import Model

/// Brings a statement in line with its reports after articles joined or
/// left it: its fields and parties chosen from every report, its
/// commitments' search facets, and which commitments repeat another
/// report's clause. Each is a function of the statement's set of reports,
/// so the result does not depend on the order they came in.
enum StatementConsolidation {
    static func consolidate(_ statementID: Int64, in db: Database) throws {
        var rewrites = FacetRewrites()
        try consolidate(statementID, in: db, rewritingFacets: &rewrites)
        try rewrites.write(db)
    }

    /// Consolidates a statement, leaving the rewrites of its commitments'
    /// facets in `rewrites` for the caller to write.
    ///
    /// - Parameter chosen: the statement's ``fields(of:in:)``, when the
    ///   caller chose them already, no report joined or left and no
    ///   commitment moved in since, and the commitments it wrote since took
    ///   their facets from them (``CommitmentBatch/consolidateFacets(_:)``).
    ///   The others then show the fields stored before, and are rewritten
    ///   only if those changed.
    /// - Parameter joining: the articles that joined the statement since it
    ///   was last consolidated, when nothing else of it changed (no report
    ///   left, no statement moved in): only their clauses are compared with
    ///   the others (``RepeatedClauses/groups(_:grouped:joining:)``). Nil
    ///   compares every report's clauses with every other's.
    static func consolidate(
        _ statementID: Int64, in db: Database, fields chosen: StatementFields? = nil, joining: Set<Int64>? = nil,
        rewritingFacets rewrites: inout FacetRewrites
    ) throws {
        guard let fields = try chosen ?? fields(of: statementID, in: db) else { return }
        let storedParties = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT party_code, role FROM statement_party WHERE statement_id = ? ORDER BY party_code"),
            arguments: [statementID]).map { (code: $0[0] as String, role: $0[1] as String) }
        let shown = chosen == nil ? nil : try FacetFields(storedFor: statementID, parties: storedParties.map(\.code), in: db)
        try db.cachedStatement(sql: """
            UPDATE statement SET kind = ?, date = ?, date_precision = ?, venue = ?, mechanism = ?, round = ?
            WHERE id = ? AND (kind, date_precision, coalesce(date, ''), coalesce(venue, ''), coalesce(mechanism, ''), coalesce(round, 0))
                IS NOT (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                fields.kind.rawValue, fields.date.iso, fields.date.precision.rawValue, fields.venue, fields.mechanism,
                fields.round, statementID,
                fields.kind.rawValue, fields.date.precision.rawValue, fields.date.iso ?? "", fields.venue ?? "",
                fields.mechanism ?? "", fields.round ?? 0,
            ])
        try writeParties(fields.parties, of: statementID, replacing: storedParties, in: db)
        if shown != FacetFields(fields) { try rewriteFacets(fields, of: statementID, in: db, into: &rewrites) }
        try writeRepeats(of: statementID, joining: joining, in: db)
    }

    /// What a commitment's facets show of its statement: kind, year and parties.
    private struct FacetFields: Equatable {
        var kind: String
        var year: Int?
        var parties: [String]

        init(_ fields: StatementFields) {
            kind = fields.kind.rawValue
            year = fields.date.year
            parties = fields.parties.map(\.code)
        }

        init?(storedFor statementID: Int64, parties: [String], in db: Database) throws {
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT kind, date FROM statement WHERE id = ?"), arguments: [statementID]) else { return nil }
            kind = row[0]
            year = (row[1] as String?).flatMap(StatementDate.init(iso:))?.year
            self.parties = parties
        }
    }

    /// The fields the statement's reports give it; nil for a statement
    /// with no report.
    static func fields(of statementID: Int64, in db: Database) throws -> StatementFields? {
        let readings = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT \(ReportReading.selection) FROM report r JOIN article a ON a.id = r.article_id
            WHERE a.statement_id = ? ORDER BY r.article_id
            """), arguments: [statementID]).map(ReportReading.init(row:))
        return readings.isEmpty ? nil : StatementFields(choosingFrom: readings)
    }

    /// Replaces the statement's `stored` parties (sorted by code) with `parties` when they differ.
    private static func writeParties(
        _ parties: [(code: String, role: PartyRole)], of statementID: Int64, replacing stored: [(code: String, role: String)],
        in db: Database
    ) throws {
        let stored = stored.map { "\($0.code):\($0.role)" }
        let wanted = parties.map { "\($0.code):\($0.role.rawValue)" }
        guard stored != wanted else { return }
        try db.cachedStatement(sql: "DELETE FROM statement_party WHERE statement_id = ?").execute(arguments: [statementID])
        for party in parties {
            try db.cachedStatement(sql: "INSERT INTO statement_party(statement_id, party_code, role) VALUES (?, ?, ?)")
                .execute(arguments: [statementID, party.code, party.role.rawValue])
        }
    }

    /// Rewrites the statement-wide facet tokens (parties, kind, year) of its
    /// commitments, keeping each one's topics, type and language.
    private static func rewriteFacets(
        _ fields: StatementFields, of statementID: Int64, in db: Database, into rewrites: inout FacetRewrites
    ) throws {
        let marker = String(SearchFacet.marker)
        let head = marker + fields.parties.map { SearchFacet.party(PartyCode($0.code)).token + " " }.joined()
        let year = fields.date.year.map { " " + SearchFacet.year($0).token } ?? ""
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, facets FROM commitment WHERE statement_id = ?"), arguments: [statementID])
        for row in rows {
            let facets: String = row[1]
            let tokens = facets.dropFirst(facets.hasPrefix(marker) ? 1 : 0).split(separator: " ")
            let topics = tokens.filter { $0.hasPrefix("t:") }.map { $0 + " " }.joined()
            guard let type = tokens.first(where: { $0.hasPrefix("c:") }),
                  let language = tokens.first(where: { $0.hasPrefix("l:") }) else { continue }
            let tail = " " + SearchFacet.kind(fields.kind).token + " " + language + year
            let rewritten = head + topics + type + tail
            if rewritten != facets { rewrites.add(commitment: row[0], facets: rewritten) }
        }
    }

    /// Links each commitment that repeats, in another report of the same
    /// language, a clause of the statement to the first such clause (the
    /// smallest id). Across languages clauses cannot be compared word for
    /// word: they stay separate rows of the one statement. With `joining`,
    /// only the clauses of its articles' languages are read into words.
    private static func writeRepeats(of statementID: Int64, joining: Set<Int64>?, in db: Database) throws {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, article_id, language, type, text FROM commitment WHERE statement_id = ? ORDER BY id
            """), arguments: [statementID])
        let stored = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db.cachedStatement(sql: """
            SELECT r.commitment_id, r.repeat_of FROM commitment_repeat r JOIN commitment c ON c.id = r.commitment_id
            WHERE c.statement_id = ?
            """), arguments: [statementID]).map { ($0[0] as Int64, $0[1] as Int64) })
        let compared: Set<String>? = joining.map { joining in Set(rows.filter { joining.contains($0[1]) }.map { $0[2] as String }) }
        let clauses = rows.map { row in
            let language: String = row[2]
            let words = compared == nil || compared!.contains(language) ? Clause.words(row[4]) : []
            return Clause(id: row[0], article: row[1], language: language, type: row[3], words: words)
        }
        var wanted = joining == nil ? [:] : stored
        // Only reports in one language can repeat each other's clauses.
        let articlesByLanguage = Dictionary(grouping: clauses, by: \.language).mapValues { Set($0.map(\.article)).count }
        if articlesByLanguage.values.contains(where: { $0 > 1 }) {
            wanted = RepeatedClauses.groups(clauses, grouped: joining == nil ? [:] : stored, joining: joining)
        }
        guard stored != wanted else { return }
        for id in stored.keys where wanted[id] == nil {
            try db.cachedStatement(sql: "DELETE FROM commitment_repeat WHERE commitment_id = ?").execute(arguments: [id])
        }
        for (id, of) in wanted where stored[id] != of {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO commitment_repeat(commitment_id, repeat_of) VALUES (?, ?)")
                .execute(arguments: [id, of])
        }
    }
}
