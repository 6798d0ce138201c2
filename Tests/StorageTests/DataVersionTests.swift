import Model
import XCTest
@testable import Storage

final class DataVersionTests: XCTestCase {
    func testDataVersionChangesWhenAnotherConnectionWritesAndOnlyThen() throws {
        let path = Fixtures.temporaryPath()
        let writer = try Archive(path: path, mode: .write)
        _ = try writer.ingest([Fixtures.extraction("China and Pakistan agreed to cooperate.", commitments: [("agreed to cooperate", .pledge, [.other])])])
        let reader = try Archive(path: path, mode: .read)
        let first = try reader.dataVersion()
        XCTAssertEqual(try reader.dataVersion(), first, "nothing was written")
        _ = try writer.ingest([Fixtures.extraction("Egypt and Sudan agreed to talk.", issuers: ["EG", "SD"], commitments: [("agreed to talk", .pledge, [.other])])])
        XCTAssertNotEqual(try reader.dataVersion(), first, "the writer committed")
    }
}
