import GRDB

extension Archive {
    /// Copies the pages that committed transactions left in the archive's
    /// write-ahead log back into the archive file, from a connection of its
    /// own and without waiting for anyone (SQLite's PASSIVE checkpoint): the
    /// writer goes on committing meanwhile.
    ///
    /// An ingest calls this from the thread that has finished extracting,
    /// while the writer commits the last batches, so that `close()` has less
    /// left to copy. Skipping it loses nothing.
    public func checkpointCommittedPages() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
        }
        try queue.close()
    }

    /// Folds the write-ahead log back into the archive file and empties it,
    /// then closes the connection, so that the `.sqlite` file alone is the
    /// whole archive (a user copies or mails that one file).
    ///
    /// A process that ends without this leaves committed pages in the `-wal`
    /// file beside the archive: nothing is lost while the two stay together,
    /// but a copy of the main file alone would miss them. A reader still
    /// reading an older snapshot can delay the truncation (up to the busy
    /// timeout); the last connection to close then folds the rest.
    public func close() throws {
        try Archive.translatingErrors(path: path) {
            try writer.writeWithoutTransaction { db in
                guard !db.configuration.readonly else { return }
                _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
            try (writer as? DatabaseQueue)?.close()
        }
    }
}
