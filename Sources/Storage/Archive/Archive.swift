import Foundation
import GRDB
import SQLiteSetup
import TextAnalysis

/// An Entente archive: one SQLite file holding articles, statements,
/// parties, persons and commitments, with a full-text index.
///
/// Open it for reading (`.read`: the file must exist and nothing is ever
/// written) or for writing (`.write`: created and migrated on first use).
/// Either way a file that is not an Entente archive, or one made by a newer
/// Entente, is refused before anything touches it.
public final class Archive: @unchecked Sendable {
    public enum Mode: Sendable { case read, write }

    /// The archive's file path.
    public let path: String
    let writer: any DatabaseWriter
    /// Commitment lengths for ranking, kept once a long-lived process asks.
    let norms = SearchNorms()
    /// The writing connection's view of a batch's pending commitments.
    let pendingRows = PendingRows(columns: CommitmentBatch.columns)
    /// Commitments per row of the stored lengths (tests use small blocks).
    var lengthBlockSize = LengthBlocks.defaultBlockSize

    public init(path: String, mode: Mode) throws {
        // SQLite's process-wide settings (SQLiteSetup.h) were applied when
        // the program loaded, before any connection could initialise SQLite.
        assert(entente_sqlite_setup_result() == 0, "SQLiteSetup's settings must precede SQLite's initialisation")
        self.path = path
        let fileManager = FileManager.default
        // One stat(2) for existence, size and permission bits: FileManager's
        // attributesOfItem also resolves the owner's and group's names
        // (reading /etc/passwd and /etc/group), twice per short search.
        let status = FileStatus(path: path)
        if status?.isDirectory == true { throw StorageError.isFolder(path: path) }
        if status == nil {
            guard mode == .write else { throw StorageError.missingArchive(path: path) }
            var isDirectory: ObjCBool = false
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw StorageError.missingFolder(path: path)
            }
            guard Archive.folderAcceptsNewFiles(folder) else { throw StorageError.readOnlyFolder(path: path) }
        }
        // Root may write anything: honour the file's permission bits too, so
        // an archive made read-only stays unchanged whoever runs entente.
        if let status, mode == .write, !fileManager.isWritableFile(atPath: path) || status.permissions & 0o222 == 0 {
            throw StorageError.readOnly(path: path)
        }
        // An empty file is a new archive waiting to be made: nothing to check.
        let checksIdentity = (status?.size ?? 0) > 0

        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = (mode == .read)
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        let norms = self.norms
        let pendingRows = self.pendingRows
        configuration.prepareDatabase { db in
            db.registerEntenteFullTextSearch(norms: norms)
            if mode == .write {
                try Archive.configureWriter(db)
                pendingRows.register(on: db)
            }
        }

        if mode == .write {
            writer = try FolderLock.holding(folderOf: path) {
                // Another process may have made the archive while this one
                // waited for the lock: its size is read again.
                let checksIdentity = (FileStatus(path: path)?.size ?? 0) > 0
                // Checked on a throwaway read-only connection first: opening for
                // writing sets WAL mode, which would change a foreign file.
                if checksIdentity { try Archive.checkIdentity(path: path) }
                let writer = try Archive.openQueue(path: path, configuration: configuration, mode: mode)
                try Archive.translatingErrors(path: path) {
                    try Archive.migrator.migrate(writer)
                    try writer.write { db in
                        try Archive.rebuildIndexIfAnalyzerChanged(db)
                        // Articles archived before merging existed join
                        // their statements' other reports (0011).
                        try UngroupedReports.group(in: db)
                        // An archive from before the stored lengths, or whose
                        // index changed: copy them now rather than at the next batch.
                        try LengthBlocks.update(db, blockSize: LengthBlocks.defaultBlockSize)
                    }
                }
                return writer
            }
            return
        }

        // Reading: the connection is read-only, so it may make the identity
        // checks itself; a second connection would cost a second open, WAL
        // index recovery and schema parse on every short command. Until the
        // identity is known, errors are reported as checkIdentity reports them.
        let openingPath = try Archive.readingPath(path)
        let reader = try checksIdentity
            ? Archive.translatingIdentityErrors(path: path) { try DatabaseQueue(path: openingPath, configuration: configuration) }
            : Archive.openQueue(path: openingPath, configuration: configuration, mode: mode)
        writer = reader
        let indexIsCurrent = try Archive.translatingErrors(path: path) {
            try reader.read { db in
                if checksIdentity {
                    try Archive.translatingIdentityErrors(path: path) { try Archive.checkIdentity(db, path: path) }
                }
                guard try Archive.migrator.hasCompletedMigrations(db) else {
                    throw try Archive.migrator.appliedIdentifiers(db).isEmpty
                        ? StorageError.unfinished(path: path) : StorageError.outdated(path: path)
                }
                return try Archive.storedAnalyzerVersion(db) == String(SearchAnalyzer.version)
            }
        }
        // An index built with older analyzer rules would miss words
        // that today's queries analyse differently: rebuild it once,
        // when the file may be written (by its permission bits too, as for
        // writing: root would otherwise rewrite an archive made read-only).
        if !indexIsCurrent, openingPath == path, fileManager.isWritableFile(atPath: path), (status?.permissions ?? 0) & 0o222 != 0 {
            try Archive.translatingErrors(path: path) {
                var writable = configuration
                writable.readonly = false
                let queue = try DatabaseQueue(path: path, configuration: writable)
                try queue.write { db in
                    try Archive.rebuildIndexIfAnalyzerChanged(db)
                    try LengthBlocks.update(db)
                }
                // The reading connection stays open, so closing this one
                // would not fold the log back: do it here (see `close()`).
                try queue.writeWithoutTransaction { db in
                    _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                }
                try queue.close()
            }
        }
    }

    /// Settings of the writing connection for bulk ingest, where the one
    /// writer thread sets the pace. At 100,000 articles, 2 runs each: 38.2
    /// and 39.8 s without them, 32.7 and 35.4 s with them, system time 9.2 →
    /// 5.5 s, peak memory 78 → 111 MB.
    static func configureWriter(_ db: Database) throws {
        // 32 MiB of page cache instead of 2: the indexes of party, topic and
        // FTS5 rows are written all over, and a small cache read their pages
        // back from the file again and again.
        try db.execute(sql: "PRAGMA cache_size = -32768")
        // Debian builds SQLite to zero every freed page; here they are mostly
        // FTS5 segments merged away, whose content the index still holds.
        try db.execute(sql: "PRAGMA secure_delete = OFF")
        // Checkpoint every 20,000 pages (80 MB of WAL) instead of 1,000:
        // pages rewritten by batch after batch are copied back once.
        _ = try Row.fetchAll(db, sql: "PRAGMA wal_autocheckpoint = 20000")
    }

    /// Opens the archive's connection, naming the failures a user can act on.
    private static func openQueue(path: String, configuration: Configuration, mode: Mode) throws -> DatabaseQueue {
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw Archive.unreadable(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            throw mode == .write ? StorageError.readOnly(path: path) : StorageError.failed("cannot open \(path): \(error.message ?? "\(error)")")
        }
    }

    /// Refuses files that are not Entente archives, and archives from a
    /// newer Entente, reading them with a throwaway read-only connection so
    /// that nothing is created or changed.
    static func checkIdentity(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        // A writer may be busy with the archive (a checkpoint, another
        // ingest's first steps): wait for it as the archive's own connection would.
        configuration.busyMode = .timeout(10)
        try translatingIdentityErrors(path: path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in try checkIdentity(db, path: path) }
            try queue.close()
        }
    }

    /// The identity checks proper, on a connection that cannot write.
    static func checkIdentity(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Archive.applicationID {
            if try migrator.hasBeenSuperseded(db) { throw StorageError.newerArchive(path: path) }
            return
        }
        // GRDB makes its table of migrations in a transaction of its own
        // before the first migration: a first ingest killed between the two
        // leaves that table alone, an archive still to be made.
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name <> 'grdb_migrations'") ?? 0
        if applicationID != 0 || tables > 0 { throw StorageError.notAnArchive(path: path) }
    }

    /// Runs `body`, reporting a file SQLite cannot read as a file that is
    /// not an archive, and any other failure as unreadable.
    static func translatingIdentityErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StorageError {
            throw error
        } catch let error as DatabaseError
            where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw Archive.unreadable(path: path)
        } catch {
            throw StorageError.failed("cannot read \(path): \(error.localizedDescription)")
        }
    }

    /// Rebuilds the full-text index when the search analyzer's rules changed
    /// since the archive was last written, so old archives stay correct.
    static func rebuildIndexIfAnalyzerChanged(_ db: Database) throws {
        let current = String(SearchAnalyzer.version)
        let stored = try storedAnalyzerVersion(db)
        guard stored != current else { return }
        if stored != nil {
            try db.execute(sql: "INSERT INTO commitment_fts(commitment_fts) VALUES ('rebuild')")
        }
        try db.execute(
            sql: "INSERT OR REPLACE INTO archive_info(key, value) VALUES ('analyzer_version', ?)",
            arguments: [current])
    }

    static func storedAnalyzerVersion(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM archive_info WHERE key = 'analyzer_version'")
    }

    /// Runs `body`, turning SQLite's errors into `StorageError`s a user can read.
    static func translatingErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StorageError {
            throw error
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_READONLY: throw StorageError.readOnly(path: path)
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: throw Archive.unreadable(path: path)
            case .SQLITE_FULL: throw StorageError.failed("the disk is full; nothing of the failed write was kept")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                throw StorageError.failed("the archive \(path) is busy (another entente is writing); try again")
            default:
                throw StorageError.failed("SQLite error on \(path): \(error.message ?? error.resultCode.description)")
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Archive.translatingErrors(path: path) { try writer.read(body) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Archive.translatingErrors(path: path) { try writer.write(body) }
    }
}
