import GRDB

extension Archive {
    /// SQLite's `PRAGMA data_version` on this archive's connection: it
    /// changes when another connection (another process's ingest, merge or
    /// split) has committed since this connection last asked, so that a
    /// reader can tell whether what it computed earlier still holds.
    public func dataVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
