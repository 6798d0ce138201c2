@testable import EntenteServer
import Foundation
import GRDB
@testable import Storage
import XCTest

/// A query that runs past `queryTimeout` is stopped by SQLite's interrupt
/// and answered 503, and the connection it ran on serves the next request.
final class QueryTimeLimitTests: ServerTestCase {
    /// Makes the first read it sees count rows in SQLite for far longer
    /// than the test's limit (about ten seconds if nothing stops it).
    final class SlowFirstRead: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false

        func run(on archive: Archive) throws {
            guard lock.withLock({ () -> Bool in defer { done = true }; return !done }) else { return }
            _ = try archive.read { db in
                try Int.fetchOne(db, sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)
                    SELECT count(*) FROM n
                    """)
            }
        }
    }

    func testAQueryPastTheLimitIsInterruptedAnswered503AndTheNextRequestIsServed() async throws {
        var settings = try XCTUnwrap(self.settings)
        settings.readers = 1
        settings.queryTimeout = .milliseconds(200)
        let slow = SlowFirstRead()
        settings.beforeEachRead = { archive in try slow.run(on: archive) }

        let clock = ContinuousClock()
        let started = clock.now
        let answers = try await fetch(["/search?q=water", "/search?q=water"], settings: settings)
        let elapsed = clock.now - started

        XCTAssertEqual(answers[0].status, .serviceUnavailable, answers[0].body)
        XCTAssertTrue(answers[0].body.contains("was stopped; add words or filters to narrow it"), answers[0].body)
        XCTAssertLessThan(elapsed, .seconds(3), "the slow read was interrupted, not waited for")
        XCTAssertEqual(answers[1].status, .ok, answers[1].body)
        XCTAssertTrue(answers[1].body.contains("Nile statement"), "the next request on the same connection is served")
    }

    func testTheDefaultQueryTimeLimitIsFiveSeconds() throws {
        XCTAssertEqual(ServerSettings(archivePath: "archive.sqlite").queryTimeout, .seconds(5))
    }
}
