import Foundation
import GRDB

/// Row counts and integrity of an archive, read without the CLI, to prove
/// that a failed command changed nothing.
struct ArchiveSnapshot: Equatable {
    var counts: [String: Int]
    var integrity: String

    static let tables = ["statement", "article", "party", "statement_party", "person", "commitment",
                         "commitment_party", "commitment_topic"]

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        var counts: [String: Int] = [:]
        var integrity = ""
        try queue.read { db in
            for table in Self.tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
            }
            integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
        }
        try queue.close()
        self.counts = counts
        self.integrity = integrity
    }
}
