import Foundation
import XCTest

/// Runs the corpus generator and the benchmark harness at a tiny size so
/// that they keep working; the real benchmark is `scripts/bench`.
final class BenchmarkSmokeTests: XCTestCase {
    private final class Marker {}

    /// An executable built beside the test bundle.
    private func executable(_ name: String) throws -> URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        for folder in [bundle, bundle.deletingLastPathComponent(), bundle.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        // A missing binary is a failure, not a skip: `swift test` builds both.
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name) near \(bundle.path)"])
    }

    private func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-bench-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func testTheSameSeedGivesTheSameBytes() throws {
        let bench = try executable("entente-bench")
        let folder = try temporaryFolder()
        for (name, seed) in [("a", "7"), ("b", "7"), ("c", "8")] {
            let result = try run(bench, ["generate", "--articles", "20", "--seed", seed, "--output", folder.appendingPathComponent("\(name).jsonl").path])
            XCTAssertEqual(result.status, 0)
        }
        let a = try Data(contentsOf: folder.appendingPathComponent("a.jsonl"))
        XCTAssertEqual(a, try Data(contentsOf: folder.appendingPathComponent("b.jsonl")))
        XCTAssertNotEqual(a, try Data(contentsOf: folder.appendingPathComponent("c.jsonl")))

        let lines = String(decoding: a, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 20)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let text = try XCTUnwrap(object?["text"] as? String)
            XCTAssertTrue((900...9_000).contains(text.utf8.count), "article of \(text.utf8.count) bytes")
        }
        // Every language is there.
        for language in ["\"ar\"", "\"en\"", "\"fr\""] {
            XCTAssertTrue(lines.contains { $0.contains("\"language\":\(language)") }, language)
        }
    }

    func testFolderOutputHoldsTextFilesAndJSONLines() throws {
        let bench = try executable("entente-bench")
        let folder = try temporaryFolder().appendingPathComponent("corpus")
        XCTAssertEqual(try run(bench, ["generate", "--articles", "20", "--output", folder.path]).status, 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(names.filter { $0.hasSuffix(".txt") }.count, 16)
        XCTAssertEqual(names.filter { $0.hasSuffix(".jsonl") }, ["wires-001.jsonl"])
    }

    /// Ingest reads a `.jsonl` file in chunks that end at line breaks; with
    /// 4 KB chunks 12 articles (a blank line and CRLF ends among them) span
    /// many chunk ends, and labels and counts must carry across them.
    func testIngestStreamsAJSONLinesFileAcrossChunks() throws {
        let bench = try executable("entente-bench")
        let entente = try executable("entente")
        let folder = try temporaryFolder()
        let corpus = folder.appendingPathComponent("corpus.jsonl").path
        XCTAssertEqual(try run(bench, ["generate", "--articles", "12", "--output", corpus]).status, 0)
        // A blank line after the 5th article and CRLF line ends after the 8th.
        var lines = try String(contentsOfFile: corpus, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("", at: 5)
        let text = lines[..<9].joined(separator: "\n") + "\n" + lines[9...].joined(separator: "\r\n") + "\r\n"
        try text.write(toFile: corpus, atomically: true, encoding: .utf8)

        let result = try run(entente, ["ingest", corpus, "--read-chunk-size", "4096", "--db", folder.appendingPathComponent("a.sqlite").path])
        XCTAssertEqual(result.status, 0)
        let output = result.output.split(separator: "\n")
        XCTAssertEqual(output.count, 13)
        let expected = Array(1...5) + Array(7...13)
        for (line, number) in zip(output, expected) {
            XCTAssertTrue(line.hasPrefix("\(corpus):\(number): archived"), String(line))
        }
        XCTAssertTrue(output.last?.hasPrefix("12 archived") == true)
    }

    func testTheHarnessRunsAtATinySize() throws {
        let bench = try executable("entente-bench")
        _ = try executable("entente")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "the floor needs the sqlite3 shell (.ci/run installs it)")
        let folder = try temporaryFolder()
        let markdown = folder.appendingPathComponent("report.md")
        let result = try run(bench, [
            "--articles", "20", "--runs", "1", "--search-runs", "1", "--in-process-runs", "1", "--no-variants",
            "--work", folder.path, "--markdown", markdown.path,
        ])
        XCTAssertEqual(result.status, 0)
        for heading in ["### 20 articles", "**Ingest**", "**Search**", "**Export**", "**Size**", "floor: sqlite3"] {
            XCTAssertTrue(result.output.contains(heading), heading)
        }
        XCTAssertTrue(try String(contentsOf: markdown, encoding: .utf8).contains("### 20 articles"))
    }

    func testExtractTimingReportsInProcessAndWholeProcessTimes() throws {
        let bench = try executable("entente-bench")
        _ = try executable("entente")
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seed/cn-pk-strategic-dialogue-7.ar.txt")
        let result = try run(bench, ["extract-timing", "--rounds", "2", "--published", "2026-01-05", seed.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("| cn-pk-strategic-dialogue-7.ar.txt | 5423 |"), result.output)
    }
}
