import Foundation
import XCTest

/// Crashes and faults, at small sizes here (seconds) and at larger ones
/// through `scripts/fault-suite`, which sets `ENTENTE_FAULT_SCALE`. Each
/// test prints one `fault suite:` line with its trials and outcomes.
final class FaultSuiteTests: XCTestCase {
    var folder: URL!

    /// How much larger than the default sizes to run (1 in `swift test`).
    static let scale = max(1, Int(ProcessInfo.processInfo.environment["ENTENTE_FAULT_SCALE"] ?? "") ?? 1)

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    static func report(_ line: String) {
        print("fault suite: " + line)
    }

    /// kill -9 at a random moment of an ingest: every article is whole or
    /// absent, and running the ingest again gives the rows of an ingest
    /// that was never interrupted.
    func testKillDuringIngestLeavesEveryArticleWholeOrAbsentAndARerunCompletesIt() throws {
        let articles = 60 * Self.scale, trials = 4 * Self.scale
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try FaultCorpus.jsonLines(articles).write(to: corpus)
        let ingest = ["ingest", corpus.path, "--batch-size", "4"]
        let reference = CLI(archive: folder.appendingPathComponent("reference.sqlite").path)
        let started = Date()
        XCTAssertEqual(try reference.run(ingest).status, 0)
        let duration = Date().timeIntervalSince(started)
        let expected = try FaultCorpus.contents(of: reference.archive)
        XCTAssertEqual(expected.commitments.count, articles)
        XCTAssertEqual(expected.problems, [])
        let expectedRows = try FaultCorpus.rows(of: reference.archive)

        var killed = 0, kept: [Int] = [], whole = 0, identical = 0
        for trial in 0..<trials {
            let cli = CLI(archive: folder.appendingPathComponent("trial\(trial).sqlite").path)
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ingest + ["--db", cli.archive]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0.05...0.95) * duration * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            if FileManager.default.fileExists(atPath: cli.archive) {
                let found = try FaultCorpus.contents(of: cli.archive)
                let broken = found.commitments.filter { expected.commitments[$0.key] != $0.value }
                XCTAssertEqual(found.problems, [], "trial \(trial)")
                XCTAssertEqual(broken.count, 0, "trial \(trial): articles not whole: \(broken)")
                if found.problems.isEmpty, broken.isEmpty { whole += 1 }
                kept.append(found.commitments.count)
            } else {
                whole += 1
                kept.append(0)
            }
            let rerun = try cli.run(ingest)
            XCTAssertEqual(rerun.status, 0, "trial \(trial): \(rerun.stderr)")
            let rows = try FaultCorpus.rows(of: cli.archive)
            XCTAssertEqual(rows, expectedRows, "trial \(trial)")
            if rows == expectedRows { identical += 1 }
        }
        Self.report("kill -9 during ingest of \(articles) articles: \(trials) trials, \(killed) killed mid-ingest "
            + "(articles kept at the kill: \(kept.min() ?? 0)–\(kept.max() ?? 0)); every article whole or absent in \(whole)/\(trials); "
            + "re-run identical to an uninterrupted ingest in \(identical)/\(trials)")
    }

    /// Ingests creating one new archive at once all succeed.
    func testConcurrentCreatorsAllSucceed() throws {
        let writers = 4, trials = 2 * Self.scale
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try FaultCorpus.jsonLines(writers * 5).write(to: corpus)
        let pieces = try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n")
        for writer in 0..<writers {
            try Data((pieces[(writer * 5)..<(writer * 5 + 5)].joined(separator: "\n") + "\n").utf8)
                .write(to: folder.appendingPathComponent("part\(writer).jsonl"))
        }
        var succeeded = 0
        for trial in 0..<trials {
            let cli = CLI(archive: folder.appendingPathComponent("new\(trial).sqlite").path)
            let folder = self.folder!
            let results = ConcurrentWritersEndToEndTests.concurrently(writers) { writer in
                try cli.run(["ingest", folder.appendingPathComponent("part\(writer).jsonl").path])
            }
            for result in results {
                XCTAssertEqual(result?.status, 0, result?.stderr ?? "did not run")
                if result?.status == 0 { succeeded += 1 }
            }
            XCTAssertEqual(try FaultCorpus.contents(of: cli.archive).commitments.count, writers * 5)
        }
        Self.report("concurrent creators: \(trials) new archives × \(writers) ingests at once: \(succeeded)/\(trials * writers) succeeded")
    }

    /// Searches and counts while an ingest writes never meet a busy archive.
    func testReadersDuringAnIngestNeverFail() throws {
        let articles = 150 * Self.scale
        let cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        XCTAssertEqual(try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path]).status, 0)
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try FaultCorpus.jsonLines(articles).write(to: corpus)
        let writer = Process()
        writer.executableURL = CLI.binary
        writer.arguments = ["ingest", corpus.path, "--batch-size", "4", "--db", cli.archive]
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        var reads = 0, failed: [String] = []
        while writer.isRunning {
            for arguments in [["search", "trade", "--limit", "5"], ["stats"], ["export", "--query", "dam"]] {
                let result = try cli.run(arguments)
                reads += 1
                if result.status != 0 || !result.stderr.isEmpty { failed.append("\(arguments): \(result.stderr)") }
            }
        }
        writer.waitUntilExit()
        XCTAssertEqual(writer.terminationStatus, 0)
        XCTAssertEqual(failed, [])
        XCTAssertGreaterThan(reads, 0)
        Self.report("readers during an ingest of \(articles) articles: \(reads) reads, \(failed.count) failed")
    }

    /// A full disk: the ingest says so, and what it kept is whole.
    func testFullDiskKeepsTheArchiveWhole() throws {
        let disk = folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard ReadOnlyArchiveEndToEndTests.system("/bin/mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.path]) == 0 else {
            Self.report("disk full: skipped (cannot mount a small tmpfs here: needs root and CAP_SYS_ADMIN)")
            throw XCTSkip("cannot mount a tmpfs here: full disks not tested")
        }
        defer { ReadOnlyArchiveEndToEndTests.system("/bin/umount", [disk.path]) }
        let corpus = folder.appendingPathComponent("corpus.jsonl")
        try FaultCorpus.jsonLines(400).write(to: corpus)
        let cli = CLI(archive: disk.appendingPathComponent("archive.sqlite").path)
        let result = try cli.run(["ingest", corpus.path, "--batch-size", "8"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("the disk is full"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        // Room again (the log the failed write left is replayed on opening): what was kept is whole.
        ReadOnlyArchiveEndToEndTests.system("/bin/mount", ["-o", "remount,size=16m", disk.path])
        let found = try FaultCorpus.contents(of: cli.archive)
        XCTAssertEqual(found.problems, [])
        let check = try cli.run(["check"])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        Self.report("disk full (1 MB tmpfs, 400 articles): ingest stopped with one line, \(found.commitments.count) articles kept, archive whole: \(check.status == 0)")
    }

    /// A page garbled at random: every command either works or calls the
    /// archive damaged, in one line; none crashes.
    func testGarbledPagesAreReportedNeverCrash() throws {
        let trials = 5 * Self.scale
        let cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        try FaultCorpus.jsonLines(40).write(to: folder.appendingPathComponent("corpus.jsonl"))
        XCTAssertEqual(try cli.run(["ingest", folder.appendingPathComponent("corpus.jsonl").path]).status, 0)
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: cli.archive)[.size] as? Int)
        let pages = size / 4096
        var damagedByCheck = 0, failures = 0, failuresSayingDamaged = 0
        for trial in 0..<trials {
            let copy = folder.appendingPathComponent("garbled\(trial).sqlite").path
            try FileManager.default.copyItem(atPath: cli.archive, toPath: copy)
            let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: copy))
            try handle.seek(toOffset: UInt64(Int.random(in: 1..<pages) * 4096))
            try handle.write(contentsOf: Data((0..<4096).map { _ in UInt8.random(in: 0...255) }))
            try handle.close()
            let damaged = CLI(archive: copy)
            for arguments in [["check"], ["stats"], ["search", "cooperation"], ["export"], ["show", "1"]] {
                let result = try damaged.run(arguments)
                XCTAssertTrue(result.status == 0 || result.status == 1, "\(arguments): status \(result.status): \(result.stderr)")
                XCTAssertLessThanOrEqual(result.stderr.split(separator: "\n").count, 1, "\(arguments): \(result.stderr)")
                if arguments == ["check"], result.status == 1 { damagedByCheck += 1 }
                if arguments != ["check"], result.status == 1 {
                    failures += 1
                    if result.stderr.contains("is damaged; run 'entente check") { failuresSayingDamaged += 1 }
                }
            }
        }
        XCTAssertEqual(failuresSayingDamaged, failures)
        Self.report("garbled page: \(trials) trials, check found damage in \(damagedByCheck); \(failures) commands failed, "
            + "\(failuresSayingDamaged) of them saying damaged; no crash")
    }
}
