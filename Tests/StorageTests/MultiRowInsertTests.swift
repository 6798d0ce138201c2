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
                var values = PendingValues()
                for row in 0..<count {
                    values.append(row)
                    values.append("row \(row)")
                }
                try insert.run(values, in: db)
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
            var values = PendingValues()
            values.appendNull()
            values.append(42)
            values.append("وفد é")
            values.append(nil as String?)
            values.append(Int64.min)
            values.appendText { $0.append(contentsOf: "written in place".utf8) }
            try insert.run(values, in: db)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT typeof(v) FROM t ORDER BY rowid"),
                           ["null", "integer", "text", "null", "integer", "text"])
            XCTAssertEqual(try DatabaseValue.fetchAll(db, sql: "SELECT v FROM t ORDER BY rowid"),
                           [.null, 42.databaseValue, "وفد é".databaseValue, .null, Int64.min.databaseValue,
                            "written in place".databaseValue])
        }
    }

    /// An empty text is a text, not NULL (SQLite binds NULL for a NULL
    /// pointer), and texts next to each other in the buffer keep their own bounds.
    func testEmptyTextsStayTextsAndNeighboursKeepTheirBounds() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(v)")
            let insert = MultiRowInsert("INSERT INTO t(v) VALUES ", width: 1, maxRows: 2)
            for texts in [[""], ["", ""], ["a", "", "bc"], ["", "x"], ["x", ""]] {
                try db.execute(sql: "DELETE FROM t")
                var values = PendingValues()
                for text in texts { values.append(text) }
                try insert.run(values, in: db)
                XCTAssertEqual(try String.fetchAll(db, sql: "SELECT typeof(v) FROM t ORDER BY rowid"),
                               texts.map { _ in "text" }, "\(texts)")
                XCTAssertEqual(try String.fetchAll(db, sql: "SELECT v FROM t ORDER BY rowid"), texts)
            }
        }
    }

    /// The buffer may be emptied and filled again between statements: no
    /// statement keeps a pointer into it.
    func testValuesCanBeReusedAfterRemoveAll() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(v)")
            let insert = MultiRowInsert("INSERT INTO t(v) VALUES ", width: 1, maxRows: 4)
            var values = PendingValues()
            for round in 0..<3 {
                values.removeAll()
                for row in 0..<5 { values.append("round \(round) row \(row)") }
                try insert.run(values, in: db)
            }
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT v FROM t ORDER BY rowid"),
                           (0..<3).flatMap { round in (0..<5).map { "round \(round) row \($0)" } })
        }
    }

    /// A row that breaks a rule fails its statement with SQLite's error.
    func testAFailingRowThrowsTheDatabaseError() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(v INTEGER NOT NULL CHECK (v > 0))")
            let insert = MultiRowInsert("INSERT INTO t(v) VALUES ", width: 1, maxRows: 4)
            var values = PendingValues()
            for value in [1, 2, 0] { values.append(value) }
            XCTAssertThrowsError(try insert.run(values, in: db)) { error in
                XCTAssertEqual((error as? DatabaseError)?.resultCode, .SQLITE_CONSTRAINT)
            }
        }
    }
}
