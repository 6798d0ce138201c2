import EntenteServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Storage
import XCTest

/// Counts are kept between requests, and dropped when another process
/// writes the archive.
final class SearchCacheTests: XCTestCase {
    func testCountsFollowAWriteByAnotherConnection() async throws {
        let settings = try ServerFixture.settings()
        let app = try ArchiveServer.makeApplication(settings: settings)
        try await app.test(.router) { client in
            func summary() async throws -> String {
                let response = try await client.execute(uri: "/search?q=water", method: .get)
                let body = String(buffer: response.body)
                guard let range = body.range(of: "<span id=\"summary\">") else { return body }
                return String(body[range.upperBound...].prefix { $0 != "<" })
            }
            let before = try await summary()
            XCTAssertEqual(before, "2 commitments")
            let again = try await summary()
            XCTAssertEqual(again, "2 commitments")
            let writer = try Archive(path: settings.archivePath, mode: .write)
            _ = try writer.ingest([ServerFixture.article(
                "Oman and Yemen agreed to share water from the aquifer.", title: "Aquifer", date: "2026-02-01",
                issuers: ["OM", "YE"], clauses: [("agreed to share water from the aquifer", .pledge, [.water])])])
            try writer.close()
            let after = try await summary()
            XCTAssertEqual(after, "3 commitments", "the cached count was dropped")
        }
    }
}
