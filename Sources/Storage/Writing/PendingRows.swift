import GRDB
import GRDBSQLite

/// A batch's pending commitments as a table SQLite can read: the eponymous
/// virtual table `entente_pending_commitments` of the writing connection,
/// whose rows are read in place from ``PendingValues`` while ``withRows(_:_:)``
/// runs, and which is empty otherwise.
///
/// A batch's commitments must reach `commitment` (and through its trigger
/// the full-text index) in one statement, or FTS5 writes a segment per
/// statement (see ``CommitmentBatch``). They went through a temporary table
/// first: the rows were inserted into a b-tree, read back and deleted,
/// about 5% of `Archive.ingest`'s instructions. Here the one `INSERT …
/// SELECT` reads them where they already are.
///
/// Eponymous (no `CREATE VIRTUAL TABLE`): nothing is added to any schema,
/// and the archive's file never mentions it.
///
/// `@unchecked Sendable`: its rows are set and read only inside the writing
/// connection's accesses, which GRDB runs one at a time.
final class PendingRows: @unchecked Sendable {
    static let tableName = "entente_pending_commitments"

    /// The columns, in the order of the values of a row.
    let columns: [String]
    private var values: UnsafeBufferPointer<PendingValues.Value>?
    private var bytes: UnsafeBufferPointer<UInt8>?

    init(columns: [String]) {
        self.columns = columns
    }

    /// Rows now, `columns.count` values each.
    private var count: Int { (values?.count ?? 0) / columns.count }

    /// Runs `body` while the table's rows are `rows`.
    func withRows<T>(_ rows: PendingValues, _ body: () throws -> T) rethrows -> T {
        precondition(rows.count % columns.count == 0, "whole rows")
        return try rows.withValues { values, bytes in
            try values.withUnsafeBufferPointer { values in
                self.values = values
                self.bytes = bytes
                defer {
                    self.values = nil
                    self.bytes = nil
                }
                return try body()
            }
        }
    }

    /// Makes the table available on `db` (the writing connection).
    func register(on db: Database) {
        let code = sqlite3_create_module_v2(
            db.sqliteConnection, Self.tableName, Self.module, Unmanaged.passRetained(self).toOpaque(),
            { Unmanaged<PendingRows>.fromOpaque($0!).release() })
        // Only fails when out of memory, on a connection being opened.
        precondition(code == SQLITE_OK, "SQLite refused the \(Self.tableName) module (\(code))")
    }

    // MARK: - The module

    /// A table as SQLite holds it: its header, then the (unretained) `PendingRows`.
    private static let tableHeader = MemoryLayout<sqlite3_vtab>.stride
    /// A cursor: SQLite's header, then the index of the current row.
    private static let cursorHeader = MemoryLayout<sqlite3_vtab_cursor>.stride

    private static func rows(of table: UnsafeMutablePointer<sqlite3_vtab>) -> PendingRows {
        Unmanaged<PendingRows>.fromOpaque(
            UnsafeRawPointer(table).load(fromByteOffset: tableHeader, as: UnsafeRawPointer.self)
        ).takeUnretainedValue()
    }

    private static func row(of cursor: UnsafeMutablePointer<sqlite3_vtab_cursor>) -> UnsafeMutablePointer<Int> {
        (UnsafeMutableRawPointer(cursor) + cursorHeader).assumingMemoryBound(to: Int.self)
    }

    /// Lives as long as the process: SQLite keeps a pointer to it. Written
    /// once, here, and only read after.
    nonisolated(unsafe) private static let module: UnsafeMutablePointer<sqlite3_module> = {
        var module = sqlite3_module()
        module.iVersion = 1
        // No xCreate: eponymous only, never created in a schema.
        module.xConnect = { db, aux, _, _, vtab, _ in
            let table = Unmanaged<PendingRows>.fromOpaque(aux!).takeUnretainedValue()
            let code = sqlite3_declare_vtab(db, "CREATE TABLE x(" + table.columns.joined(separator: ", ") + ")")
            guard code == SQLITE_OK else { return code }
            let memory = UnsafeMutableRawPointer.allocate(
                byteCount: PendingRows.tableHeader + MemoryLayout<UnsafeRawPointer>.stride, alignment: 16)
            memory.bindMemory(to: sqlite3_vtab.self, capacity: 1).initialize(to: sqlite3_vtab())
            (memory + PendingRows.tableHeader).storeBytes(of: UnsafeRawPointer(aux!), as: UnsafeRawPointer.self)
            vtab!.pointee = memory.assumingMemoryBound(to: sqlite3_vtab.self)
            return SQLITE_OK
        }
        module.xBestIndex = { _, info in
            // A full scan, in id (column 0) order: the order the rows were appended in.
            let info = info!
            if info.pointee.nOrderBy == 1, info.pointee.aOrderBy[0].iColumn == 0, info.pointee.aOrderBy[0].desc == 0 {
                info.pointee.orderByConsumed = 1
            }
            info.pointee.estimatedCost = 1
            return SQLITE_OK
        }
        module.xDisconnect = { table in
            UnsafeMutableRawPointer(table!).deallocate()
            return SQLITE_OK
        }
        module.xDestroy = module.xDisconnect
        module.xOpen = { _, cursor in
            let memory = UnsafeMutableRawPointer.allocate(byteCount: PendingRows.cursorHeader + MemoryLayout<Int>.stride, alignment: 16)
            memory.bindMemory(to: sqlite3_vtab_cursor.self, capacity: 1).initialize(to: sqlite3_vtab_cursor())
            (memory + PendingRows.cursorHeader).bindMemory(to: Int.self, capacity: 1).initialize(to: 0)
            cursor!.pointee = memory.assumingMemoryBound(to: sqlite3_vtab_cursor.self)
            return SQLITE_OK
        }
        module.xClose = { cursor in
            UnsafeMutableRawPointer(cursor!).deallocate()
            return SQLITE_OK
        }
        module.xFilter = { cursor, _, _, _, _ in
            PendingRows.row(of: cursor!).pointee = 0
            return SQLITE_OK
        }
        module.xNext = { cursor in
            PendingRows.row(of: cursor!).pointee += 1
            return SQLITE_OK
        }
        module.xEof = { cursor in
            PendingRows.row(of: cursor!).pointee >= PendingRows.rows(of: cursor!.pointee.pVtab).count ? 1 : 0
        }
        module.xColumn = { cursor, context, column in
            let table = PendingRows.rows(of: cursor!.pointee.pVtab)
            guard let values = table.values, let bytes = table.bytes else { return SQLITE_ERROR }
            switch values[PendingRows.row(of: cursor!).pointee * table.columns.count + Int(column)] {
            case .null: sqlite3_result_null(context)
            case .integer(let number): sqlite3_result_int64(context, number)
            case .text(let start, let count):
                // Read in place (SQLITE_STATIC): the rows stay while the statement runs.
                let text = count == 0 ? MultiRowInsert.emptyText.utf8Start : bytes.baseAddress! + start
                text.withMemoryRebound(to: CChar.self, capacity: max(count, 1)) {
                    sqlite3_result_text(context, $0, Int32(count), nil)
                }
            }
            return SQLITE_OK
        }
        module.xRowid = { cursor, rowid in
            rowid!.pointee = Int64(PendingRows.row(of: cursor!).pointee + 1)
            return SQLITE_OK
        }
        let pointer = UnsafeMutablePointer<sqlite3_module>.allocate(capacity: 1)
        pointer.initialize(to: module)
        return pointer
    }()
}
