import Foundation
import GRDB
import TextAnalysis

extension Archive {
    /// What is wrong with the archive at `path`, one line each; empty when
    /// it is whole. Reads it with its own read-only connection, so that a
    /// damaged archive, which `Archive(path:mode:)` refuses, can be examined:
    /// the file's length against its header, SQLite's integrity check, the
    /// full-text index against the commitments, foreign keys, migrations.
    /// - Returns: the problems, and notes that are not damage (an index
    ///   built by an older analyzer, which the next write rebuilds).
    public static func check(path: String) throws -> (problems: [String], notes: [String]) {
        guard let status = FileStatus(path: path) else { throw StorageError.missingArchive(path: path) }
        if status.isDirectory { throw StorageError.isFolder(path: path) }
        if status.size == 0 { throw StorageError.unfinished(path: path) }
        guard let header = ArchiveHeader(path: path), header.isSQLite else { throw StorageError.notAnArchive(path: path) }
        guard header.applicationID == applicationID else { throw StorageError.notAnArchive(path: path) }
        var problems: [String] = []
        var notes: [String] = []
        if header.isTruncated(size: status.size) {
            problems.append("the file is cut short: \(status.size) bytes where its header counts \(header.pageSize * header.pageCount)")
        }
        // FTS5 runs its check as an INSERT, which a read-only connection
        // refuses: where the archive may be written, the check runs in a
        // transaction that is rolled back (the check itself changes nothing).
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let writable = status.permissions & 0o200 != 0 && access(path, W_OK) == 0 && folderAcceptsNewFiles(folder)
        var configuration = Configuration()
        configuration.readonly = !writable
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in db.registerEntenteFullTextSearch() }
        do {
            let queue = try DatabaseQueue(path: writable ? path : try readingPath(path), configuration: configuration)
            defer { try? queue.close() }
            try queue.inTransaction { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check(20)")
                if integrity != ["ok"] { problems += integrity.map { "SQLite: \($0)" } }
                if writable {
                    do {
                        // Rank 1: the index is also compared with the commitments it indexes.
                        try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts, rank) VALUES ('integrity-check', 1)")
                    } catch let error as DatabaseError {
                        problems.append("full-text index: \(error.message ?? error.resultCode.description)")
                    }
                } else {
                    notes.append("the full-text index was not checked: the archive cannot be opened for writing here")
                }
                let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                for (table, rows) in Dictionary(grouping: broken, by: { $0[0] as String? ?? "?" }).sorted(by: { $0.key < $1.key }) {
                    problems.append("\(rows.count) row\(rows.count == 1 ? "" : "s") of \(table) point at rows that do not exist")
                }
                if try migrator.hasBeenSuperseded(db) { throw StorageError.newerArchive(path: path) }
                let isComplete = try migrator.hasCompletedMigrations(db)
                if !isComplete {
                    problems.append(try migrator.appliedIdentifiers(db).isEmpty ? "it holds nothing yet (its first ingest stopped)" : "its schema is not up to date (the next write finishes it)")
                }
                let stored = try storedAnalyzerVersion(db)
                if isComplete, stored != String(SearchAnalyzer.version) {
                    notes.append("its search index was built by analyzer version \(stored ?? "none"), this Entente's is \(SearchAnalyzer.version): the next write rebuilds it")
                }
                return .rollback
            }
        } catch let error as StorageError {
            throw error
        } catch let error as DatabaseError {
            problems.append("SQLite cannot read it: \(error.message ?? error.resultCode.description)")
        }
        return (problems, notes)
    }
}
