import Foundation
import XCTest

/// Folders given to `ingest`: symbolic links to folders are followed, and
/// nothing is skipped without a word.
final class InputFoldersEndToEndTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func copy(_ sample: String, to subfolder: String) throws {
        let target = folder.appendingPathComponent(subfolder)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("SampleData/\(sample)"),
                                         to: target.appendingPathComponent(sample))
    }

    func testLinkedFoldersAreFollowedAndLoopsAndBrokenLinksReported() throws {
        try copy("us-id-call.en.txt", to: "in/sub")
        try copy("eu-sudan-statement.en.txt", to: "other")
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("in/linked").path, withDestinationPath: "../other")
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("in/sub/loop").path, withDestinationPath: "..")
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("in/gone.txt").path, withDestinationPath: "nowhere.txt")
        let cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        let input = folder.appendingPathComponent("in").path
        let result = try cli.run(["ingest", input])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("\(input)/linked/eu-sudan-statement.en.txt: archived as statement 1"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\(input)/sub/us-id-call.en.txt: archived as statement 2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("2 archived ("), result.stdout)
        XCTAssertEqual(result.stderr.split(separator: "\n").sorted(), [
            "\(input)/gone.txt: failed: cannot be read (No such file or directory)",
            "\(input)/sub/loop: failed: a symbolic link to a folder already searched; skipped",
        ])
    }

    /// Root reads any folder, so the ingest runs as `nobody` (through
    /// setpriv) on folders only root may read.
    func testUnreadableFoldersAreReportedAsUnreadable() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv to run as another user: unreadable folders not tested")
        }
        try copy("us-id-call.en.txt", to: "in/sub")
        try copy("sa-ir-phone-call.ar.txt", to: "in/locked")
        try copy("jo-mfa-settlements.ar.txt", to: "locked")
        let fileManager = FileManager.default
        for path in ["", "in", "in/sub", "in/sub/us-id-call.en.txt"] {
            try fileManager.setAttributes([.posixPermissions: path.hasSuffix(".txt") ? 0o644 : 0o777],
                                          ofItemAtPath: folder.appendingPathComponent(path).path)
        }
        for path in ["in/locked", "locked"] {
            try fileManager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.appendingPathComponent(path).path)
        }
        var cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        cli.binary = URL(fileURLWithPath: "/usr/bin/setpriv")
        let prefix = ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path]
        let input = folder.appendingPathComponent("in").path, locked = folder.appendingPathComponent("locked").path
        let result = try cli.run(prefix + ["ingest", input, locked])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("1 archived ("), result.stdout)
        XCTAssertEqual(result.stderr.split(separator: "\n").sorted(), [
            "\(input)/locked: failed: the folder cannot be read (Permission denied)",
            "\(locked): failed: the folder cannot be read (Permission denied)",
        ])
    }
}
