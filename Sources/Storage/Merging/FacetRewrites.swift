import GRDB

/// Commitments whose `facets` column consolidation rewrites, written by one
/// UPDATE at the end.
///
/// Each statement that writes in a transaction where FTS5 has pending terms
/// makes FTS5 write them out as a new index segment, which it then merges
/// (see ``CommitmentBatch``): an UPDATE per commitment, each feeding the
/// index through the update trigger, made a segment per commitment. Here
/// the new columns wait in a temporary table (the writing connection's,
/// in memory) and reach `commitment` in one statement.
struct FacetRewrites {
    private var values = PendingValues()

    var isEmpty: Bool { values.isEmpty }

    mutating func add(commitment id: Int64, facets: String) {
        values.append(id)
        values.append(facets)
    }

    /// Writes the rewrites gathered so far, and forgets them.
    mutating func write(_ db: Database) throws {
        guard !values.isEmpty else { return }
        try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS \(Self.table)(id INTEGER PRIMARY KEY, facets TEXT NOT NULL)")
        try Self.insert.run(values, in: db)
        try db.cachedStatement(sql: """
            UPDATE commitment SET facets = (SELECT facets FROM \(Self.table) r WHERE r.id = commitment.id)
            WHERE id IN (SELECT id FROM \(Self.table))
            """).execute()
        try db.cachedStatement(sql: "DELETE FROM \(Self.table)").execute()
        values.removeAll()
    }

    private static let table = "temp.entente_facet_rewrite"
    private static let insert = MultiRowInsert("INSERT INTO \(table)(id, facets) VALUES ", width: 2, maxRows: 512)
}
