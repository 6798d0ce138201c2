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
    func run(_ values: ArraySlice<DatabaseValue>, in db: Database) throws {
        precondition(values.count % width == 0)
        var start = values.startIndex
        var rowsLeft = values.count / width
        var rows = maxRows
        while rowsLeft > 0 {
            while rows > rowsLeft { rows /= 2 }
            let end = start + rows * width
            let sql = sqlByPower[rows.trailingZeroBitCount]
            try Self.execute(try db.cachedStatement(sql: sql), binding: values[start..<end], in: db)
            start = end
            rowsLeft -= rows
        }
    }

    /// Binds `values` to `statement` through the C API and runs it: for
    /// thousands of values, GRDB's `StatementArguments` conversion cost 4%
    /// of storing an article.
    static func execute(_ statement: GRDB.Statement, binding values: ArraySlice<DatabaseValue>, in db: Database) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        var index: Int32 = 1
        for value in values {
            let code: Int32
            switch value.storage {
            case .null: code = sqlite3_bind_null(raw, index)
            case .int64(let number): code = sqlite3_bind_int64(raw, index, number)
            case .double(let number): code = sqlite3_bind_double(raw, index, number)
            case .string(let text):
                var text = text
                code = text.withUTF8 { sqlite3_bind_text(raw, index, $0.baseAddress, Int32($0.count), transient) }
            case .blob(let data):
                code = data.withUnsafeBytes { sqlite3_bind_blob(raw, index, $0.baseAddress, Int32($0.count), transient) }
            }
            guard code == SQLITE_OK else { throw error(code, db, statement) }
            index += 1
        }
        defer {
            sqlite3_reset(raw)
            sqlite3_clear_bindings(raw)
        }
        var code = sqlite3_step(raw)
        while code == SQLITE_ROW { code = sqlite3_step(raw) }
        guard code == SQLITE_DONE else { throw error(code, db, statement) }
    }

    private static func error(_ code: Int32, _ db: Database, _ statement: GRDB.Statement) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql)
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
