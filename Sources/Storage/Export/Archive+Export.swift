import Foundation
import GRDB
import GRDBSQLite

extension Archive {
    /// Writes every commitment matching `filter` (no limit unless the filter
    /// sets one) as CSV, streamed row by row from a cursor.
    ///
    /// - Returns: the number of rows written, not counting the header.
    @discardableResult
    public func exportCSV(
        _ filter: CommitmentFilter, to sink: ByteSink, byteOrderMark: Bool = false, formulaGuard: Bool = true
    ) throws -> Int {
        let csv = CSVWriter(sink: sink, formulaGuard: formulaGuard)
        if byteOrderMark { try csv.writeByteOrderMark() }
        try csv.write(row: CommitmentRow.csvColumns)
        // Cells go from SQLite's column bytes to the sink through the C API,
        // one row assembled in a local buffer, without a CommitmentRow or a
        // String per cell, which cost as much as SQLite's query itself. The
        // cells are those of `CommitmentRow.csvFields` (ExportBytesTests).
        let columns = CommitmentRow.Column.exported.map { (position: Int32($0.position), sorted: $0.isSortedList) }
        var count = 0
        try read { db in
            do {
                let request = try CommitmentSQL(filter, snippets: false, in: db)
                let statement = try db.makeStatement(sql: request.sql)
                try statement.setArguments(request.arguments)
                let raw = statement.sqliteStatement
                defer { sqlite3_reset(raw) }
                var line: [UInt8] = []
                line.reserveCapacity(4_096)
                while true {
                    let code = sqlite3_step(raw)
                    if code == SQLITE_DONE { break }
                    guard code == SQLITE_ROW else {
                        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: request.sql)
                    }
                    line.removeAll(keepingCapacity: true)
                    for (index, (column, sorted)) in columns.enumerated() {
                        if index > 0 { line.append(UInt8(ascii: ",")) }
                        guard sqlite3_column_type(raw, column) != SQLITE_NULL, let text = sqlite3_column_text(raw, column) else { continue }
                        let cell = UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(raw, column)))
                        if sorted, cell.contains(UInt8(ascii: ";")) {
                            // Lists are sorted, as CommitmentRow sorts them.
                            var list = String(decoding: cell, as: UTF8.self).split(separator: ";").map(String.init).sorted()
                                .joined(separator: ";")
                            list.withUTF8 { csv.appendField(UnsafeRawBufferPointer($0), to: &line) }
                        } else {
                            csv.appendField(cell, to: &line)
                        }
                    }
                    line.append(0x0D)
                    line.append(0x0A)
                    try line.withUnsafeBytes { try sink.write(bytes: $0) }
                    count += 1
                }
            } catch let error as DatabaseError where filter.rawQuery && error.isFullTextSyntaxError {
                throw StorageError.badQuery(error.fullTextProblem)
            }
        }
        try sink.flush()
        return count
    }
}
