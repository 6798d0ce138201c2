import Foundation
import GRDB

/// Articles for the fault suite, written here (distinct texts, each with a
/// few commitments, several parties), and what an archive holds of them.
enum FaultCorpus {
    static let pairs = [("Egypt", "Sudan"), ("France", "Morocco"), ("Qatar", "Turkey"), ("Algeria", "Tunisia"), ("Japan", "India")]

    /// `count` articles as JSON lines.
    static func jsonLines(_ count: Int) -> Data {
        var lines: [String] = []
        for index in 0..<count {
            let (first, second) = pairs[index % pairs.count]
            let text = "The foreign ministers of \(first) and \(second) agreed on Monday to deepen cooperation on water and energy in round \(index). "
                + "They called for a binding agreement on the dam by \(2026 + index % 5). "
                + "\(first) pledged to fund a joint commission on trade, number \(index)."
            lines.append("{\"text\": \"\(text)\", \"title\": \"Talks \(index)\", \"source\": \"Fault wire\"}")
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Each article's commitments by content hash (none when the archive
    /// was never made), and problems of
    /// wholeness: a statement without its article, a commitment without its
    /// statement or article, a failed integrity check.
    static func contents(of path: String) throws -> (commitments: [String: Int], problems: [String]) {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            // Killed before its first migration committed: no article at all.
            guard try db.tableExists("article") else { return ([:], problems) }
            problems += try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            let lonely = try Int.fetchOne(db, sql: "SELECT count(*) FROM statement s WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.statement_id = s.id)") ?? 0
            if lonely > 0 { problems.append("\(lonely) statements without their article") }
            var commitments: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT a.content_hash, (SELECT count(*) FROM commitment c WHERE c.article_id = a.id) FROM article a
                """) {
                commitments[row[0]] = row[1]
            }
            return (commitments, problems)
        }
    }

    /// The archive's rows as text, ids included, ingestion times left out:
    /// two archives of the same articles in the same order give the same lines.
    static func rows(of path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'c|' || c.id || '|' || c.statement_id || '|' || c.article_id || '|' || c.type || '|' || c.text || '|' || c.facets || '|' ||
                       coalesce((SELECT group_concat(party_code, ',') FROM (SELECT party_code FROM commitment_party
                                 WHERE commitment_id = c.id ORDER BY party_code)), '')
                FROM commitment c
                UNION ALL SELECT 'a|' || id || '|' || statement_id || '|' || content_hash || '|' || coalesce(title, '') FROM article
                UNION ALL SELECT 's|' || id || '|' || kind || '|' || coalesce(date, '') FROM statement
                ORDER BY 1
                """)
        }
    }
}
