import GRDB
import GRDBSQLite

/// An INSERT of many rows through few statements: `VALUES (?, ?), (?, ?)…`
/// with the values bound through the C API.
///
/// SQLite's work per statement (preparing its program, a statement journal,
/// FTS5's savepoint, closing cursors) costs more than inserting one small
/// row: the commitments' party and topic rows, one INSERT each, were a
/// quarter of `Archive.ingest`'s instructions.
///
/// Rows go in statements of `maxRows` rows, and what is left in statements
/// of decreasing powers of two, so that every statement has one of a dozen
/// shapes and comes prepared from the connection's cache.
struct MultiRowInsert {
    /// `INSERT … INTO table(columns) VALUES `.
    let head: String
    /// Values a row.
    let width: Int
    /// Rows a statement at most: a power of two, times `width` below
    /// SQLite's default limit of 32,766 parameters.
    let maxRows: Int
    /// The statements' SQL for 1, 2, 4… `maxRows` rows, built once: the
    /// statement cache is looked up by SQL.
    private let sqlByPower: [String]

    init(_ head: String, width: Int, maxRows: Int) {
        precondition(maxRows > 0 && maxRows & (maxRows - 1) == 0, "a power of two")
        precondition(maxRows * width <= 32_766, "within SQLite's default limit of parameters")
        self.head = head
        self.width = width
        self.maxRows = maxRows
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        sqlByPower = (0...maxRows.trailingZeroBitCount).map {
            head + Array(repeating: tuple, count: 1 << $0).joined(separator: ", ")
        }
    }

    /// Inserts `values`, `width` of them a row.
    func run(_ values: PendingValues, in db: Database) throws {
        precondition(values.count % width == 0)
        try values.withValues { values, bytes in
            var start = values.startIndex
            var rowsLeft = values.count / width
            var rows = maxRows
            while rowsLeft > 0 {
                while rows > rowsLeft { rows /= 2 }
                let end = start + rows * width
                let sql = sqlByPower[rows.trailingZeroBitCount]
                try Self.execute(try db.cachedStatement(sql: sql), binding: values[start..<end], bytes: bytes, in: db)
                start = end
                rowsLeft -= rows
            }
        }
    }

    /// Binds `values` to `statement` through the C API and runs it: for
    /// thousands of values, GRDB's `StatementArguments` conversion cost 4%
    /// of storing an article. Texts are read in place from `bytes`, which
    /// stays valid until the bindings are cleared below.
    private static func execute(
        _ statement: GRDB.Statement, binding values: ArraySlice<PendingValues.Value>, bytes: UnsafeBufferPointer<UInt8>,
        in db: Database
    ) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        // No binding may outlive this call: SQLite would keep pointers into `bytes`.
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        var index: Int32 = 1
        for value in values {
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(raw, index)
            case .integer(let number): code = sqlite3_bind_int64(raw, index, number)
            case .text(let start, let count):
                // A NULL pointer would bind NULL: an empty text points at a byte of its own.
                let text = count == 0 ? emptyText.utf8Start : bytes.baseAddress! + start
                code = text.withMemoryRebound(to: CChar.self, capacity: max(count, 1)) {
                    sqlite3_bind_text(raw, index, $0, Int32(count), nil)  // nil: SQLITE_STATIC, read in place
                }
            }
            guard code == SQLITE_OK else { throw error(code, db, statement) }
            index += 1
        }
        var code = sqlite3_step(raw)
        while code == SQLITE_ROW { code = sqlite3_step(raw) }
        guard code == SQLITE_DONE else { throw error(code, db, statement) }
    }

    /// The first column of the first row `statement` gives with `text` bound
    /// to its one parameter, as an integer; nil for no row.
    static func fetchInt64(_ statement: GRDB.Statement, text: String, in db: Database) throws -> Int64? {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        var text = text
        // Read in place (SQLITE_STATIC): the statement steps inside the
        // closure, and its binding is cleared before anything reads it again.
        // (An empty text binds NULL here, which matches nothing either.)
        return try text.withUTF8 { bytes in
            let code = bytes.withMemoryRebound(to: CChar.self) {
                sqlite3_bind_text(raw, 1, $0.baseAddress, Int32($0.count), nil)
            }
            guard code == SQLITE_OK else { throw error(code, db, statement) }
            switch sqlite3_step(raw) {
            case SQLITE_ROW: return sqlite3_column_int64(raw, 0)
            case SQLITE_DONE: return nil
            case let code: throw error(code, db, statement)
            }
        }
    }

    private static func error(_ code: Int32, _ db: Database, _ statement: GRDB.Statement) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql)
    }

    /// What an empty text points at: a literal, in the binary for good.
    static let emptyText: StaticString = ""
}

/// Values waiting for a ``MultiRowInsert``, row after row: integers, NULLs,
/// and texts kept as ranges of one byte buffer.
///
/// SQLite reads the texts where they are (`SQLITE_STATIC`) while their
/// statement runs. Bound as `DatabaseValue`s with `SQLITE_TRANSIENT`, each
/// text was copied once more into memory SQLite allocated, and freed when
/// the bindings were cleared: about 500 instructions for each of the ~130
/// texts of an article's commitments, parties and topics.
struct PendingValues {
    enum Value {
        case null
        case integer(Int64)
        /// `count` bytes of UTF-8 from `start` in ``bytes``.
        case text(start: Int, count: Int)
    }

    private var values: [Value] = []
    private var bytes: [UInt8] = []

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    mutating func append(_ integer: Int64) { values.append(.integer(integer)) }
    mutating func append(_ integer: Int) { values.append(.integer(Int64(integer))) }

    /// An integer, or NULL for nil.
    mutating func append(_ integer: Int?) {
        if let integer { append(integer) } else { appendNull() }
    }

    mutating func append(_ text: String) {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        values.append(.text(start: start, count: bytes.count - start))
    }

    /// A text, or NULL for nil.
    mutating func append(_ text: String?) {
        if let text { append(text) } else { appendNull() }
    }

    mutating func appendNull() { values.append(.null) }

    /// A text that `write` appends to the buffer as UTF-8, with no `String` made.
    mutating func appendText(_ write: (inout [UInt8]) -> Void) {
        let start = bytes.count
        write(&bytes)
        values.append(.text(start: start, count: bytes.count - start))
    }

    /// Replaces the value at `position` by the text `write` appends (the
    /// old text's bytes stay unused in the buffer until ``removeAll()``).
    mutating func replaceText(at position: Int, _ write: (inout [UInt8]) -> Void) {
        let start = bytes.count
        write(&bytes)
        values[position] = .text(start: start, count: bytes.count - start)
    }

    mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the values and the buffer their texts are in.
    func withValues<T>(_ body: (ArraySlice<Value>, UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { try body(values[...], $0) }
    }
}
