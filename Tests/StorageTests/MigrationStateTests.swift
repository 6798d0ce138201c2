import GRDB
import XCTest
@testable import Storage

final class MigrationStateTests: XCTestCase {
    /// One read of `grdb_migrations` must answer as GRDB's migrator does.
    func testAnswersAsTheMigratorDoes() throws {
        let known = Archive.migrator.migrations
        XCTAssertGreaterThanOrEqual(known.count, 4)
        let cases: [(String, [String]?)] = [
            ("no table", nil), ("none applied", []), ("all applied", known),
            ("all but the last", Array(known.dropLast())), ("the first only", [known[0]]),
            ("a gap", [known[0]] + known.dropFirst(2)), ("all and a newer one", known + ["9999_from_the_future"]),
            ("a newer one only", ["9999_from_the_future"]), ("all but the first", Array(known.dropFirst())),
        ]
        for (label, applied) in cases {
            let queue = try DatabaseQueue()
            try queue.write { db in
                if let applied {
                    try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                    for identifier in applied {
                        try db.execute(sql: "INSERT INTO grdb_migrations VALUES (?)", arguments: [identifier])
                    }
                }
            }
            try queue.read { db in
                let state = try MigrationState(db, known: known)
                XCTAssertEqual(state.isSuperseded, try Archive.migrator.hasBeenSuperseded(db), label)
                XCTAssertEqual(state.isComplete, try Archive.migrator.hasCompletedMigrations(db), label)
            }
        }
    }
}
