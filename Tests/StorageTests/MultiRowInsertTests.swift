import GRDB
import XCTest
@testable import Storage

final class MultiRowInsertTests: XCTestCase {
    /// Rows go in statements of 8, 4, 2 and 1 rows here: every count must
    /// store every row once, in order, whatever the split.
    func testEveryRowIsInsertedOnceInOrderWhateverTheCount() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, a INTEGER, b TEXT)")
            let insert = MultiRowInsert("INSERT INTO t(a, b) VALUES ", width: 2, maxRows: 8)
            for count in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 100] {
                try db.execute(sql: "DELETE FROM t")
                let values = (0..<count).flatMap { [$0.databaseValue, "row \($0)".databaseValue] }
                try insert.run(values[...], in: db)
                let rows = try Row.fetchAll(db, sql: "SELECT a, b FROM t ORDER BY id")
                XCTAssertEqual(rows.map { $0[0] as Int }, Array(0..<count), "\(count) rows")
                XCTAssertEqual(rows.map { $0[1] as String }, (0..<count).map { "row \($0)" }, "\(count) rows")
            }
        }
    }

    func testValuesKeepTheirTypes() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(v)")
            let insert = MultiRowInsert("INSERT INTO t(v) VALUES ", width: 1, maxRows: 4)
            let values: [DatabaseValue] = [.null, 42.databaseValue, 2.5.databaseValue, "وفد é".databaseValue,
                                           Data([0, 1, 2]).databaseValue]
            try insert.run(values[...], in: db)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT typeof(v) FROM t ORDER BY rowid"),
                           ["null", "integer", "real", "text", "blob"])
            XCTAssertEqual(try DatabaseValue.fetchAll(db, sql: "SELECT v FROM t ORDER BY rowid"), values)
        }
    }

    /// A row that breaks a rule fails its statement with SQLite's error.
    func testAFailingRowThrowsTheDatabaseError() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(v INTEGER NOT NULL CHECK (v > 0))")
            let insert = MultiRowInsert("INSERT INTO t(v) VALUES ", width: 1, maxRows: 4)
            XCTAssertThrowsError(try insert.run([1, 2, 0].map(\.databaseValue)[...], in: db)) { error in
                XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_CONSTRAINT)
            }
        }
    }
}
