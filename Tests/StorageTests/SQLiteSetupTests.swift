import GRDB
import GRDBSQLite
import SQLiteSetup
import XCTest
@testable import Storage

final class SQLiteSetupTests: XCTestCase {
    /// The load-time constructor ran before SQLite was initialised, so its
    /// `sqlite3_config` call took effect.
    func testSettingsWereAppliedBeforeSQLiteStarted() {
        XCTAssertEqual(entente_sqlite_setup_result(), SQLITE_OK)
    }

    /// With memory statistics off SQLite counts nothing, even after an
    /// archive has been written; with them on (SQLite's default) a single
    /// open connection already shows in `sqlite3_memory_used()`.
    func testMemoryStatisticsAreOff() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let item = Fixtures.extraction("They agreed to meet.", commitments: [("agreed to meet", .pledge, [.trade])])
        _ = try archive.ingest(item.article, extraction: item.extraction)
        XCTAssertEqual(sqlite3_memory_used(), 0)
        XCTAssertEqual(sqlite3_memory_highwater(0), 0)
    }
}
