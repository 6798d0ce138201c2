import Foundation
import XCTest

/// A test of the built binary on an archive of its own: a fresh folder per
/// test, with `cli` pointed at `archive.sqlite` inside it.
class ArchiveTestCase: XCTestCase {
    var folder: URL!
    var cli: CLI!

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
        cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }
}
