import Foundation
import XCTest

/// An archive on a read-only medium, or in a folder this user cannot
/// write, can still be searched, and writing to it says why it cannot.
final class ReadOnlyArchiveEndToEndTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs a program, returning its exit status (nil when it cannot start).
    @discardableResult
    static func system(_ program: String, _ arguments: [String]) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static let readCommands: [[String]] = [["search", "cooperation"], ["stats"], ["show", "3"], ["parties"], ["export"]]

    func testArchiveOnAReadOnlyMediumCanBeSearched() throws {
        let medium = folder.appendingPathComponent("medium")
        try FileManager.default.createDirectory(at: medium, withIntermediateDirectories: true)
        guard Self.system("/bin/mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", medium.path]) == 0 else {
            throw XCTSkip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN): read-only media not tested")
        }
        defer { Self.system("/bin/umount", [medium.path]) }
        let cli = CLI(archive: medium.appendingPathComponent("archive.sqlite").path)
        XCTAssertEqual(try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path]).status, 0)
        XCTAssertEqual(Self.system("/bin/mount", ["-o", "remount,ro", medium.path]), 0)
        for arguments in Self.readCommands {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stdout.isEmpty, "\(arguments)")
        }
        let ingest = try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path])
        XCTAssertEqual(ingest.status, 1)
        XCTAssertEqual(ingest.stderr, "entente: the archive \(cli.archive) is read-only; nothing was written (check its permissions)\n")
        let new = medium.appendingPathComponent("new.sqlite").path
        let create = try CLI(archive: new).run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path])
        XCTAssertEqual(create.status, 1)
        XCTAssertEqual(create.stderr,
            "entente: cannot create the archive \(new): its folder cannot be written (read-only media, or check its permissions)\n")
    }

    /// Root may write any folder, so the reading runs as `nobody` (through
    /// setpriv) in a folder only root may write.
    func testArchiveInAFolderThisUserCannotWriteCanBeSearched() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv to read as another user: read-only folders not tested")
        }
        let shelf = folder.appendingPathComponent("shelf")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        let cli = CLI(archive: shelf.appendingPathComponent("archive.sqlite").path)
        XCTAssertEqual(try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path]).status, 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shelf.path)
        var asNobody = cli
        asNobody.binary = URL(fileURLWithPath: "/usr/bin/setpriv")
        let prefix = ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path]
        for arguments in Self.readCommands {
            let result = try asNobody.run(prefix + arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stdout.isEmpty, "\(arguments)")
        }
    }
}
