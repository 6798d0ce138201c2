import GRDB
import XCTest
@testable import Storage

final class PendingRowsTests: XCTestCase {
    /// The table shows the given values, with their types (NULLs and empty
    /// texts included), in order, only while they are given; an INSERT …
    /// SELECT copies them as they are.
    func testRowsAreReadInPlaceWithTheirTypesAndOnlyWhileGiven() throws {
        let queue = try DatabaseQueue()
        let table = PendingRows(columns: ["id", "a", "b"])
        try queue.inDatabase { db in
            table.register(on: db)
            let name = PendingRows.tableName
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name)"), 0)
            var values = PendingValues()
            var expected: [[DatabaseValue]] = []
            for id in 1...7 {
                let a: String? = id % 2 == 0 ? nil : "text \(id)"
                let b = id == 3 ? "" : "وفد \(id)"
                values.append(id)
                values.append(a)
                values.append(b)
                expected.append([id.databaseValue, a?.databaseValue ?? .null, b.databaseValue])
            }
            let read = try table.withRows(values) {
                try Row.fetchAll(db, sql: "SELECT id, a, b, typeof(b) FROM \(name) ORDER BY id")
            }
            XCTAssertEqual(read.map { Array($0.databaseValues.prefix(3)) }, expected)
            XCTAssertEqual(read.map { $0[3] as String }, Array(repeating: "text", count: 7))
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name)"), 0)

            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, a, b)")
            try table.withRows(values) { try db.execute(sql: "INSERT INTO t(id, a, b) SELECT id, a, b FROM \(name) ORDER BY id") }
            XCTAssertEqual(try Row.fetchAll(db, sql: "SELECT id, a, b FROM t ORDER BY id").map { Array($0.databaseValues) }, expected)
            // Nothing to sort: the rows come in the order they were appended.
            let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM \(name) ORDER BY id").map { $0["detail"] as String }
            XCTAssertFalse(plan.contains { $0.contains("ORDER BY") }, "\(plan)")
        }
    }
}
