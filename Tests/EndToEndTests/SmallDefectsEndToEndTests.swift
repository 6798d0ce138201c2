import Foundation
import XCTest

/// The smaller defects of issue 13: duplicates within one run, `--output -`,
/// an interrupted export, the per-article size limit, bounded `--raw` queries.
final class SmallDefectsEndToEndTests: ArchiveTestCase {
    func testAFileGivenTwiceNamesTheStatementItWasArchivedAs() throws {
        let article = CLI.packageRoot.appendingPathComponent("SampleData/us-id-call.en.txt").path
        for options in [[], ["--batch-size", "1"]] {
            let cli = CLI(archive: folder.appendingPathComponent("twice\(options.count).sqlite").path)
            let result = try cli.run(["ingest", article, article] + options)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout.split(separator: "\n").dropLast(), [
                "\(article): archived as statement 1 with 7 commitments",
                "\(article): already archived (statement 1)",
            ])
        }
    }

    func testOutputDashIsStandardOutput() throws {
        XCTAssertEqual(try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path]).status, 0)
        let result = try cli.run(["export", "--output", "-"], currentDirectory: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("commitment_id,statement_id,"), result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    /// Ctrl-C while `export -o` writes its temporary file: the file goes too.
    func testInterruptedExportLeavesNoTemporaryFile() throws {
        let lines = (0..<200).map { index in
            "{\"text\": \"" + (0..<10).map { "Egypt and Sudan called on Monday for a binding agreement on item \(index)-\($0) of the dam." }
                .joined(separator: " ") + "\"}"
        }
        let wire = folder.appendingPathComponent("many.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: wire)
        XCTAssertEqual(try cli.run(["ingest", wire.path]).status, 0)
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var interrupted = 0
        for _ in 0..<10 where interrupted < 2 {
            let export = Process()
            export.executableURL = CLI.binary
            export.arguments = ["export", "-o", output.appendingPathComponent("all.csv").path, "--db", cli.archive]
            let errors = Pipe()
            export.standardError = errors
            try export.run()
            // Interrupt as soon as the temporary file appears.
            let deadline = Date().addingTimeInterval(5)
            while export.isRunning, Date() < deadline {
                let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
                if names.contains(where: { $0.hasPrefix(".all.csv.") }) {
                    kill(export.processIdentifier, SIGINT)
                    break
                }
                usleep(200)
            }
            export.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            if export.terminationReason == .uncaughtSignal {
                XCTAssertEqual(export.terminationStatus, SIGINT, message)
                interrupted += 1
            }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".") }, [])
        }
        XCTAssertGreaterThan(interrupted, 0, "no export was caught while writing")
    }

    func testArticlesOverTheSizeLimitAreRefusedWithTheOptionToAllowThem() throws {
        let sentence = "The two ministers agreed to deepen cooperation in trade and energy. "
        let large = folder.appendingPathComponent("large.en.txt")
        try Data(String(repeating: sentence, count: (5 << 20) / sentence.utf8.count + 10).utf8).write(to: large)
        let medium = folder.appendingPathComponent("medium.jsonl")
        try Data(("{\"text\": \"" + String(repeating: sentence, count: (1 << 20) / sentence.utf8.count + 10) + "\"}\n").utf8).write(to: medium)
        let result = try cli.run(["ingest", large.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "\(large.path): failed: the article is 6 MB, over the limit of 5 MB per article; give --max-article-size 6 to ingest it\n")
        let line = try cli.run(["ingest", medium.path, "--max-article-size", "1"])
        XCTAssertEqual(line.status, 1)
        XCTAssertEqual(line.stderr, "\(medium.path):1: failed: the article is 2 MB, over the limit of 1 MB per article; give --max-article-size 2 to ingest it\n")
        let bad = try cli.run(["ingest", medium.path, "--max-article-size", "0"])
        XCTAssertEqual(bad.status, 64)
    }

    func testRawQueriesWithTooManyWordsAreRefused() throws {
        XCTAssertEqual(try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path]).status, 0)
        let many = (0..<101).map { "word\($0)" }.joined(separator: " OR ")
        for arguments in [["search", "--raw", many], ["export", "--raw", "--query", many]] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stderr, "entente: the --raw query has 101 words; at most 100 are searched at once: split it into several searches\n")
        }
        let hundred = (0..<100).map { "word\($0)" }.joined(separator: " OR ") + " OR trade"
        XCTAssertEqual(try cli.run(["search", "--raw", String(hundred.dropFirst(10))]).status, 0)
    }
}
