import GRDB

/// Moves articles between statements: absorbing one statement into
/// another, and regrouping a statement's articles into the connected
/// components of their links (after an analyst's split or merge).
enum StatementRegrouping {
    /// Moves everything of statement `old` into `target` and deletes `old`,
    /// which keeps answering to its id through `statement_alias`.
    static func absorb(_ old: Int64, into target: Int64, in db: Database) throws {
        guard old != target else { return }
        let offset = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(ordinal), 0) FROM commitment WHERE statement_id = ?"),
                                      arguments: [target]) ?? 0
        try db.cachedStatement(sql: "UPDATE commitment SET statement_id = ?, ordinal = ordinal + ? WHERE statement_id = ?")
            .execute(arguments: [target, offset, old])
        try db.cachedStatement(sql: "UPDATE article SET statement_id = ? WHERE statement_id = ?").execute(arguments: [target, old])
        try db.cachedStatement(sql: "UPDATE person SET statement_id = ? WHERE statement_id = ?").execute(arguments: [target, old])
        // The spans each article's text gave follow its article (the old statement's rows would cascade away).
        try db.cachedStatement(sql: "UPDATE statement_evidence SET statement_id = ? WHERE statement_id = ?").execute(arguments: [target, old])
        try db.cachedStatement(sql: """
            INSERT INTO statement_party(statement_id, party_code, role)
            SELECT ?, party_code, role FROM statement_party WHERE statement_id = ?
            ON CONFLICT(statement_id, party_code) DO UPDATE SET role = 'issuer' WHERE excluded.role = 'issuer'
            """).execute(arguments: [target, old])
        try db.cachedStatement(sql: "UPDATE statement_alias SET statement_id = ? WHERE statement_id = ?").execute(arguments: [target, old])
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO statement_alias(old_id, statement_id) VALUES (?, ?)").execute(arguments: [old, target])
        try db.cachedStatement(sql: "DELETE FROM statement WHERE id = ?").execute(arguments: [old])
    }

    /// Regroups the articles of `statements` into the connected components
    /// of their links (automatic links to split articles left out). Each
    /// component keeps the smallest of its articles' statement ids that no
    /// earlier component took (larger components first, then in order of
    /// their first article, so that the article split off is the one that
    /// gets a new statement), or gets a new statement.
    static func regroup(_ statements: Set<Int64>, in db: Database) throws {
        guard !statements.isEmpty else { return }
        let list = statements.sorted().map(String.init).joined(separator: ",")
        let articles = try Row.fetchAll(db, sql: "SELECT id, statement_id FROM article WHERE statement_id IN (\(list)) ORDER BY id")
            .map { (id: $0[0] as Int64, statement: $0[1] as Int64) }
        let ids = Set(articles.map(\.id))
        let split = Set(try Int64.fetchAll(db, sql: "SELECT article_id FROM report_split"))
        var parent: [Int64: Int64] = [:]
        func root(_ id: Int64) -> Int64 {
            var id = id
            while let up = parent[id], up != id { id = up }
            return id
        }
        let links = try Row.fetchAll(db, sql: """
            SELECT article_id, other_id, rule FROM report_link
            WHERE article_id IN (SELECT id FROM article WHERE statement_id IN (\(list)))
            """)
        for link in links {
            let (a, b, rule) = (link[0] as Int64, link[1] as Int64, link[2] as String)
            guard ids.contains(a), ids.contains(b) else { continue }
            if rule != ReportLink.Rule.analyst.rawValue, split.contains(a) || split.contains(b) { continue }
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        let components = Dictionary(grouping: articles, by: { root($0.id) }).sorted {
            $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key
        }
        var taken: Set<Int64> = []
        var kept: [Int64] = []
        for (_, members) in components {
            let own = Set(members.map(\.statement)).subtracting(taken)
            var target: Int64
            if let smallest = own.min() {
                target = smallest
            } else {
                try db.execute(sql: "INSERT INTO statement(kind, date_precision) VALUES ('news_report', 'unknown')")
                target = db.lastInsertedRowID
            }
            taken.insert(target)
            kept.append(target)
            for member in members where member.statement != target {
                try move(article: member.id, to: target, in: db)
            }
        }
        // Statements left without an article are absorbed into the statement
        // that took their first article, so that their ids still answer.
        for old in statements.subtracting(taken).sorted() {
            let first = articles.first { $0.statement == old }?.id
            let heir = try first.flatMap {
                try Int64.fetchOne(db.cachedStatement(sql: "SELECT statement_id FROM article WHERE id = ?"), arguments: [$0])
            } ?? kept.min()!
            try absorb(old, into: heir, in: db)
        }
        var rewrites = FacetRewrites()
        for id in kept { try StatementConsolidation.consolidate(id, in: db, rewritingFacets: &rewrites) }
        try rewrites.write(db)
    }

    /// Moves one article, its commitments, evidence and persons to another statement,
    /// numbering its commitments after the statement's.
    private static func move(article: Int64, to target: Int64, in db: Database) throws {
        let offset = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(ordinal), 0) FROM commitment WHERE statement_id = ?"),
                                      arguments: [target]) ?? 0
        let commitments = try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM commitment WHERE article_id = ? ORDER BY id"), arguments: [article])
        for (index, id) in commitments.enumerated() {
            try db.cachedStatement(sql: "UPDATE commitment SET statement_id = ?, ordinal = ? WHERE id = ?")
                .execute(arguments: [target, offset + index + 1, id])
        }
        try db.cachedStatement(sql: "UPDATE article SET statement_id = ? WHERE id = ?").execute(arguments: [target, article])
        try db.cachedStatement(sql: "UPDATE statement_evidence SET statement_id = ? WHERE article_id = ?").execute(arguments: [target, article])
        try db.cachedStatement(sql: "UPDATE person SET statement_id = ? WHERE article_id = ?").execute(arguments: [target, article])
    }
}
