import Foundation
import XCTest

/// What the parse of the command line prints, whichever way `entente`
/// parses it (a named command alone first, then from the root): help and
/// usage errors name the whole command, and a parsed command runs.
final class CommandLineEndToEndTests: XCTestCase {
    func testCommandHelpNamesTheWholeCommand() throws {
        let cli = CLI(archive: "")
        for arguments in [["search", "--help"], ["search", "beekeeping", "-h"], ["show", "--help"], ["help", "search"]] {
            let result = try cli.run(arguments, useArchive: false)
            XCTAssertEqual(result.status, 0, "\(arguments)")
            let command = arguments.contains("show") ? "show" : "search"
            // search's options no longer fit the line: ArgumentParser shows `[<options>]`.
            XCTAssertTrue(result.stdout.contains("USAGE: entente \(command) [--db <path>]")
                          || result.stdout.contains("USAGE: entente \(command) [<options>]"), "\(arguments): \(result.stdout)")
        }
    }

    func testUsageErrorsAndCompletionScriptsComeFromTheRoot() throws {
        let cli = CLI(archive: "")
        let limit = try cli.run(["search", "water", "--limit", "0"], useArchive: false)
        XCTAssertEqual(limit.status, 64)
        XCTAssertEqual(limit.stderr, "entente: --limit must be a positive number\n")
        let unknown = try cli.run(["serch", "water"], useArchive: false)
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.hasPrefix("entente: "), unknown.stderr)
        let completion = try cli.run(["search", "--generate-completion-script", "bash"], useArchive: false)
        XCTAssertEqual(completion.status, 0, completion.stderr)
        XCTAssertTrue(completion.stdout.contains("_entente()"), completion.stdout)
    }

    func testParsedCommandRunsWithItsOptions() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        XCTAssertEqual(try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path]).status, 0)
        let result = try cli.run(["search", "cooperation", "--limit", "2", "--format", "jsonl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 2)
        let missing = try cli.run(["stats", "--db", folder.appendingPathComponent("none.sqlite").path], useArchive: false)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("entente: no archive at "), missing.stderr)
    }
}
