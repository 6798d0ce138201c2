import Foundation
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
/// Until then, a search reads the lengths it needs from the archive's
/// stored copy (``LengthBlocks``), a block at a time, when that copy is the
/// index's; ``refresh(_:)`` checks it before each search.
///
/// Only touched from inside the archive's serialised database access.
final class SearchNorms: @unchecked Sendable {
    private(set) var isEnabled = false
    private var lengths: UnsafeMutablePointer<UInt16>?
    private var capacity = 0
    private var loadedThrough: Int64 = 0
    private var stamp: String?
    private var seen: (dataVersion: Int64, changes: Int)?

    /// The stored blocks, when the current search may read them.
    private var stored: (blockSize: Int64, through: Int64, statement: OpaquePointer)?
    /// Blocks read so far, by number (nil: not read yet).
    private var blocks: [[UInt8]?] = []

    deinit { lengths?.deallocate() }

    func enable() { isEnabled = true }

    /// The length of row `rowid`'s column 0, or 0 when not known.
    @inline(__always)
    func length(of rowid: Int64) -> UInt16 {
        if let lengths {
            guard rowid >= 0, rowid < capacity else { return 0 }
            return lengths[Int(rowid)]
        }
        guard let stored, rowid >= 0, rowid <= stored.through else { return 0 }
        return storedLength(of: rowid, in: stored)
    }

    private func storedLength(of rowid: Int64, in stored: (blockSize: Int64, through: Int64, statement: OpaquePointer)) -> UInt16 {
        let number = Int(rowid / stored.blockSize)
        if number >= blocks.count { blocks.append(contentsOf: repeatElement(nil, count: number + 1 - blocks.count)) }
        let bytes: [UInt8]
        if let known = blocks[number] {
            bytes = known
        } else {
            // Read inside the ranking function, during the search's own
            // step: SQLite lets a connection run a nested read.
            let statement = stored.statement
            sqlite3_reset(statement)
            sqlite3_bind_int64(statement, 1, Int64(number))
            var read: [UInt8] = []
            if sqlite3_step(statement) == SQLITE_ROW, let blob = sqlite3_column_blob(statement, 0) {
                let count = Int(sqlite3_column_bytes(statement, 0))
                read = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                    buffer.baseAddress!.update(from: blob.assumingMemoryBound(to: UInt8.self), count: count)
                    initialized = count
                }
            }
            sqlite3_reset(statement)
            blocks[number] = read
            bytes = read
        }
        let offset = Int(rowid % stored.blockSize)
        guard offset < bytes.count, bytes[offset] != LengthBlocks.tooLong else { return 0 }
        return UInt16(bytes[offset])
    }

    /// Brings the lengths up to date with what `db` sees.
    func refresh(_ db: Database) throws {
        guard isEnabled else {
            blocks.removeAll()
            if let current = try LengthBlocks.current(db) {
                let statement = try db.cachedStatement(sql: "SELECT lengths FROM commitment_length_block WHERE block = ?")
                stored = (Int64(current.blockSize), current.through, statement.sqliteStatement)
            } else {
                stored = nil
            }
            return
        }
        stored = nil
        // Unchanged since the last refresh, by other connections (data
        // version) and by this one (its change count): nothing to read.
        let version = try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? -1
        let changes = db.totalChangesCount
        if let seen, seen == (version, changes) { return }
        let currentStamp = try LengthBlocks.indexStamp(db)
        if currentStamp != stamp {
            if let lengths { lengths.initialize(repeating: 0, count: capacity) }
            loadedThrough = 0
            stamp = currentStamp
            // The stored copy, when it is this index's, is a few hundred rows
            // where the size table has one per commitment (0.1 s at 1.8
            // million); only what was indexed after it is read from FTS5.
            try loadStoredBlocks(db)
        }
        try load(db, after: loadedThrough)
        seen = (version, changes)
    }

    private func loadStoredBlocks(_ db: Database) throws {
        guard let current = try LengthBlocks.current(db), current.through > 0 else { return }
        reserve(through: Int(current.through))
        let size = current.blockSize
        let rows = try Row.fetchCursor(db, sql: "SELECT block, lengths FROM commitment_length_block ORDER BY block")
        while let row = try rows.next() {
            let block: Int64 = row[0]
            let bytes: Data = row[1]
            let start = Int(block) * size
            for (offset, byte) in bytes.enumerated() where start + offset < capacity {
                // 255 stands for "255 or more": left unknown, FTS5 answers.
                lengths![start + offset] = byte == LengthBlocks.tooLong ? 0 : UInt16(byte)
            }
        }
        loadedThrough = current.through
    }

    private func load(_ db: Database, after rowid: Int64) throws {
        try LengthBlocks.forEachIndexedLength(db, after: rowid) { id, length in
            loadedThrough = id
            guard id >= 0, length > 0 else { return }
            reserve(through: Int(id))
            lengths![Int(id)] = length <= UInt64(UInt16.max) ? UInt16(length) : 0
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
