import Foundation
import GRDB
import GRDBSQLite

/// Each commitment's length in tokens (column 0 of the index), copied from
/// FTS5's size table into `commitment_length_block` (see
/// `Migrations/0003_length_blocks.sql`), one byte a commitment, so that a
/// process that searches once reads a few pages for its ranking instead of
/// one size-table row per match.
///
/// The copy is kept current by ``update(_:blockSize:)`` in every write
/// transaction that adds commitments, and it is used only while its stamp
/// (the analyzer version and the index epoch) is the index's: a deleted or
/// changed commitment, or a rebuilt index, makes it stale until the next
/// write copies it again, and ranking meanwhile asks FTS5 as before.
enum LengthBlocks {
    /// Commitments a block holds: 4,000 bytes, one SQLite page with its row.
    static let defaultBlockSize = 4000

    /// Stored for lengths of 255 tokens and more: ranking asks FTS5.
    static let tooLong: UInt8 = 255

    static let stampKey = "length_blocks_stamp"
    static let sizeKey = "length_block_size"
    static let throughKey = "length_blocks_through"

    /// What the index is now: its analyzer version and epoch, which a
    /// rebuilt index and a deleted or changed commitment move.
    static func indexStamp(_ db: Database) throws -> String {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT key, value FROM archive_info WHERE key IN ('analyzer_version', 'index_epoch') ORDER BY key")
        var stamp = ""
        while let row = try rows.next() {
            if !stamp.isEmpty { stamp += ";" }
            stamp += "\(row[0] as String)=\(row[1] as String)"
        }
        return stamp
    }

    /// The blocks' description in `archive_info`, when they are the
    /// current index's: their size and the highest commitment id they cover.
    static func current(_ db: Database, indexStamp known: String? = nil) throws -> (blockSize: Int, through: Int64)? {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT key, value FROM archive_info WHERE key IN (?, ?, ?)",
            arguments: [stampKey, sizeKey, throughKey])
        var values: [String: String] = [:]
        while let row = try rows.next() { values[row[0]] = row[1] as String }
        guard let stamp = values[stampKey], let size = values[sizeKey].flatMap(Int.init), size > 0,
              let through = values[throughKey].flatMap(Int64.init),
              try stamp == (known ?? indexStamp(db))
        else { return nil }
        return (size, through)
    }

    /// Copies the lengths of commitments indexed since the last copy, or
    /// all of them when the copy is stale or was made with another block
    /// size. Call it in the transaction that wrote the commitments.
    static func update(_ db: Database, blockSize: Int = defaultBlockSize) throws {
        precondition(blockSize > 0 && blockSize <= 65_536, "a block holds 1 to 65,536 lengths")
        // Writing commitments leaves the analyzer version and epoch as they are.
        let stamp = try indexStamp(db)
        var through: Int64 = 0
        if let current = try current(db, indexStamp: stamp), current.blockSize == blockSize {
            through = current.through
        } else {
            try db.execute(sql: "DELETE FROM commitment_length_block")
        }
        let size = Int64(blockSize)
        var block: (number: Int64, bytes: [UInt8])?
        var last = through

        func store(_ block: (number: Int64, bytes: [UInt8])) throws {
            try db.execute(
                sql: "INSERT OR REPLACE INTO commitment_length_block(block, lengths) VALUES (?, ?)",
                arguments: [block.number, Data(block.bytes)])
        }
        func load(_ number: Int64) throws -> [UInt8] {
            let stored = try Data.fetchOne(
                db, sql: "SELECT lengths FROM commitment_length_block WHERE block = ?", arguments: [number])
            var bytes = stored.map { [UInt8]($0) } ?? []
            if bytes.count != blockSize { bytes = [UInt8](repeating: 0, count: blockSize) }
            return bytes
        }

        try forEachIndexedLength(db, after: through) { id, length in
            last = id
            guard id >= 0 else { return }
            let number = id / size
            if block?.number != number {
                if let block { try store(block) }
                block = (number, try load(number))
            }
            block!.bytes[Int(id % size)] = length >= UInt64(tooLong) ? tooLong : UInt8(length)
        }
        if let block { try store(block) }

        for (key, value) in [(stampKey, stamp), (sizeKey, String(blockSize)), (throughKey, String(last))] {
            try db.execute(
                sql: """
                    INSERT INTO archive_info(key, value) VALUES (?, ?)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value
                    """,
                arguments: [key, value])
        }
    }

    /// Calls `body` with each commitment id after `rowid` in FTS5's size
    /// table, in order, and its length in tokens (column 0).
    static func forEachIndexedLength(_ db: Database, after rowid: Int64, _ body: (Int64, UInt64) throws -> Void) throws {
        let statement = try db.makeStatement(sql: "SELECT id, sz FROM commitment_fts_docsize WHERE id > ? ORDER BY id")
        try statement.setArguments([rowid])
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
            try body(sqlite3_column_int64(raw, 0), firstVarint(sqlite3_column_blob(raw, 1), count: Int(sqlite3_column_bytes(raw, 1))))
        }
    }

    /// The first of the SQLite varints in a size-table blob (7 bits a byte,
    /// high bit set while more follow): column 0's length. 0 for no blob.
    static func firstVarint(_ blob: UnsafeRawPointer?, count: Int) -> UInt64 {
        guard let bytes = blob?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        var value: UInt64 = 0
        var index = 0
        while index < count, index < 9 {
            let byte = bytes[index]
            value = (value << 7) | UInt64(byte & 0x7F)
            index += 1
            if byte & 0x80 == 0 { break }
        }
        return value
    }
}
