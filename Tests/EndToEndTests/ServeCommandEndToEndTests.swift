import Foundation
import XCTest

/// `entente serve` runs the `entente-serve` program beside it; without it,
/// it says so in one line and exits 69, and bad options are usage errors.
final class ServeCommandEndToEndTests: ArchiveTestCase {
    func testServeWithoutTheServerProgramBesideItExits69() throws {
        let alone = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let copy = alone.appendingPathComponent("entente")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        var lonely = cli!
        lonely.binary = copy
        let result = try lonely.run(["serve", "--port", "0"])
        XCTAssertEqual(result.status, 69, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("\(alone.path)/entente-serve is missing; build it beside entente"), result.stderr)
    }

    func testServeRefusesBadOptionsAsUsageErrors() throws {
        for arguments in [["serve", "--port", "70000"], ["serve", "--host", ""], ["serve", "--port", "http"]] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
        }
    }

    func testServeOnAMissingArchiveFailsInOneLine() throws {
        let result = try cli.run(["serve", "--port", "0"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("entente serve: no archive at \(cli.archive)"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.archive), "nothing is created")
    }

    func testServeOnAHostThatIsNotAnAddressFailsInOneLine() throws {
        XCTAssertEqual(try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path]).status, 0)
        let result = try cli.run(["serve", "--host", "999.1.1.1", "--port", "0"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("entente serve: cannot listen on 999.1.1.1: not an address"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("give --host an address such as 127.0.0.1\n"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }
}
