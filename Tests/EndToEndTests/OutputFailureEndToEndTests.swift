import Foundation
import XCTest

/// Output that cannot be written (a full disk, a reader that has gone) is a
/// one-line error with exit code 74, never a crash and never a silent exit 0.
final class OutputFailureEndToEndTests: ArchiveTestCase {
    func testEveryCommandAndFormatReportsAFullOutputDevice() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system")
        XCTAssertEqual(try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path]).status, 0)
        let article = CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path
        let commands: [[String]] = [
            ["stats"], ["stats", "--json"], ["show", "1"], ["show", "1", "--json"], ["parties"], ["parties", "--json"],
            ["search", "cooperation"], ["search", "cooperation", "--format", "csv"],
            ["search", "cooperation", "--format", "json"], ["search", "cooperation", "--format", "jsonl"],
            ["export"],
        ]
        for arguments in commands {
            try assertFullOutputFails(arguments, useArchive: true)
        }
        for arguments in [["extract", article], ["extract", article, "--json"], ["analyze", "cooperation"], ["--help"], ["search", "--help"]] {
            try assertFullOutputFails(arguments, useArchive: false)
        }
    }

    private func assertFullOutputFails(_ arguments: [String], useArchive: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let result = try cli.run(arguments, useArchive: useArchive, standardOutput: full)
        XCTAssertEqual(result.status, 74, "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stderr, "entente: cannot write the output: No space left on device\n", "\(arguments)", file: file, line: line)
    }

    func testIngestWhoseOutputIsFullStillArchivesEverythingAndSaysSoOnStderr() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system")
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let result = try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path], standardOutput: full)
        XCTAssertEqual(result.status, 74, result.stderr)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, result.stderr)
        let expected = try sampleDataArticles()
        XCTAssertTrue(lines.first?.hasPrefix("\(expected) archived (") ?? false, result.stderr)
        XCTAssertEqual(lines.last, "entente: cannot write the output: No space left on device; the ingest went on to the end")
        XCTAssertEqual(try ArchiveSnapshot(path: cli.archive).counts["article"], expected)
    }

    /// `entente ingest … | head`: the reader goes away early. The ingest must
    /// finish (not die of SIGPIPE after the first lines) and say so.
    func testIngestIntoAPipeNobodyReadsFinishesTheIngest() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path, "--batch-size", "1"],
                                 standardOutput: pipe.fileHandleForWriting)
        try? pipe.fileHandleForWriting.close()
        XCTAssertEqual(result.status, 74, result.stderr)
        let expected = try sampleDataArticles()
        XCTAssertTrue(result.stderr.contains("\(expected) archived ("), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("entente: cannot write the output: Broken pipe; the ingest went on to the end\n"), result.stderr)
        XCTAssertEqual(try ArchiveSnapshot(path: cli.archive).counts["article"], expected)
    }

    /// How many articles SampleData holds, as an ingest whose output is read archives them.
    private func sampleDataArticles() throws -> Int {
        let reference = CLI(archive: cli.archive + ".reference.sqlite")
        let result = try reference.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(ArchiveSnapshot(path: reference.archive).counts["article"])
    }
}
