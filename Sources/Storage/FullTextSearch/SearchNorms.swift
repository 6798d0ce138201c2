import GRDB
import GRDBSQLite

/// Each commitment's length in tokens (column 0 of the index), kept in
/// memory by a long-lived process so that ranking a common word needs no
/// lookup in the index's size table for each of its matches.
///
/// Off until ``enable()``: loading them costs about as much as ranking one
/// common word at 100,000 articles, which a one-search process would pay for
/// nothing. Once on, ``refresh(_:)`` before each search keeps them exact:
/// rows added since are loaded incrementally, and a changed index epoch
/// (bumped by a deleted or changed commitment) or analyzer version reloads
/// them all. A length that is not known (a row newer than the last refresh,
/// or longer than 65,535 tokens) is 0, and ranking asks FTS5 for it.
///
/// Only touched from inside the archive's serialised database access.
final class SearchNorms: @unchecked Sendable {
    private(set) var isEnabled = false
    private var lengths: UnsafeMutablePointer<UInt16>?
    private var capacity = 0
    private var loadedThrough: Int64 = 0
    private var stamp: String?
    private var seen: (dataVersion: Int64, changes: Int)?

    deinit { lengths?.deallocate() }

    func enable() { isEnabled = true }

    /// The length of row `rowid`'s column 0, or 0 when not known.
    @inline(__always)
    func length(of rowid: Int64) -> UInt16 {
        guard let lengths, rowid >= 0, rowid < capacity else { return 0 }
        return lengths[Int(rowid)]
    }

    /// Brings the lengths up to date with what `db` sees.
    func refresh(_ db: Database) throws {
        guard isEnabled else { return }
        // Unchanged since the last refresh, by other connections (data
        // version) and by this one (its change count): nothing to read.
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? -1
        let changes = db.totalChangesCount
        if let seen, seen == (version, changes) { return }
        let info = try Row.fetchAll(
            db, sql: "SELECT key, value FROM archive_info WHERE key IN ('analyzer_version', 'index_epoch') ORDER BY key")
        let currentStamp = info.map { "\($0["key"] as String)=\($0["value"] as String)" }.joined(separator: ";")
        if currentStamp != stamp {
            if let lengths { lengths.initialize(repeating: 0, count: capacity) }
            loadedThrough = 0
            stamp = currentStamp
        }
        try load(db, after: loadedThrough)
        seen = (version, changes)
    }

    private func load(_ db: Database, after rowid: Int64) throws {
        let statement = try db.makeStatement(sql: "SELECT id, sz FROM commitment_fts_docsize WHERE id > ? ORDER BY id")
        try statement.setArguments([rowid])
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
            let id = sqlite3_column_int64(raw, 0)
            loadedThrough = id
            guard id >= 0, let blob = sqlite3_column_blob(raw, 1) else { continue }
            let bytes = blob.assumingMemoryBound(to: UInt8.self)
            let count = Int(sqlite3_column_bytes(raw, 1))
            // The first varint (SQLite's: 7 bits a byte, high bit set while more follow) is column 0.
            var value: UInt64 = 0
            var index = 0
            while index < count, index < 9 {
                let byte = bytes[index]
                value = (value << 7) | UInt64(byte & 0x7F)
                index += 1
                if byte & 0x80 == 0 { break }
            }
            reserve(through: Int(id))
            lengths![Int(id)] = value <= UInt64(UInt16.max) ? UInt16(value) : 0
        }
    }

    private func reserve(through index: Int) {
        guard index >= capacity else { return }
        let newCapacity = max(index + 1, capacity * 2, 1 << 16)
        let grown = UnsafeMutablePointer<UInt16>.allocate(capacity: newCapacity)
        grown.initialize(repeating: 0, count: newCapacity)
        if let lengths {
            grown.update(from: lengths, count: capacity)
            lengths.deallocate()
        }
        lengths = grown
        capacity = newCapacity
    }
}
