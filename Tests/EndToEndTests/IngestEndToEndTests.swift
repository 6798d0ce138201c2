import Foundation
import GRDB
import XCTest

final class IngestEndToEndTests: ArchiveTestCase {
    func testIngestingSampleDataAndSeedArchivesEveryArticleAndReingestChangesNothing() throws {
        let sampleData = CLI.packageRoot.appendingPathComponent("SampleData").path
        let first = try cli.run(["ingest", sampleData])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertFalse(first.stdout.contains(": failed:") || first.stderr.contains(": failed:"), first.stderr)
        XCTAssertTrue(first.stdout.contains(" 0 failed"), first.stdout)
        let seed = try cli.run(["ingest", CLI.seed.path, "--published", "2026-01-05", "--source", "Anadolu"])
        XCTAssertEqual(seed.status, 0, seed.stderr)
        XCTAssertTrue(seed.stdout.contains("archived as statement"), seed.stdout)
        let before = try ArchiveSnapshot(path: cli.archive)
        XCTAssertGreaterThanOrEqual(before.counts["article"]!, 13)
        XCTAssertGreaterThan(before.counts["commitment"]!, before.counts["article"]!)
        XCTAssertEqual(before.integrity, "ok")

        let again = try cli.run(["ingest", sampleData, CLI.seed.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("0 archived"), again.stdout)
        XCTAssertFalse(again.stdout.contains(": archived as"), again.stdout)
        XCTAssertEqual(try ArchiveSnapshot(path: cli.archive), before)
    }

    /// Extraction is shared out an article at a time between threads (the
    /// writer helps while it waits); whatever the batches and threads, the
    /// report and the archive must come out in input order, as with one thread.
    func testBatchSizesAndExtractionThreadsGiveTheSameReportAndArchive() throws {
        let sampleData = CLI.packageRoot.appendingPathComponent("SampleData").path
        let variants: [[String]] = [[], ["--batch-size", "2", "--extraction-threads", "3"],
                                    ["--batch-size", "1", "--extraction-threads", "1"], ["--batch-size", "3", "--no-overlap"]]
        var reports: [[String]] = []
        var contents: [[String]] = []
        for (number, options) in variants.enumerated() {
            let variant = CLI(archive: folder.appendingPathComponent("variant\(number).sqlite").path)
            let result = try variant.run(["ingest", sampleData, CLI.seed.path] + options)
            XCTAssertEqual(result.status, 0, result.stderr)
            // The last line names the archive, which differs.
            reports.append(result.stdout.split(separator: "\n").dropLast().map(String.init))
            contents.append(try Self.rows(of: variant.archive))
        }
        XCTAssertGreaterThan(reports[0].count, 20)
        XCTAssertGreaterThan(contents[0].count, 100)
        for number in variants.indices.dropFirst() {
            XCTAssertEqual(reports[number], reports[0], "\(variants[number])")
            XCTAssertEqual(contents[number], contents[0], "\(variants[number])")
        }
    }

    /// Every commitment with its statement, article title and parties, in id order.
    private static func rows(of path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT c.id || '|' || c.statement_id || '|' || coalesce(a.title, '') || '|' || c.type || '|' || c.text || '|' ||
                       coalesce((SELECT group_concat(party_code, ',') FROM (SELECT party_code FROM commitment_party
                                 WHERE commitment_id = c.id ORDER BY party_code)), '')
                FROM commitment c JOIN article a ON a.id = c.article_id ORDER BY c.id
                """)
        }
    }

    /// A .jsonl file is checked whole before any of its lines is archived,
    /// read in pieces that end at line breaks: lines longer than a piece,
    /// and a bad byte in a later piece, behave as with one piece.
    func testJSONLinesCheckedAcrossReadPiecesFailWholeOrPassWhole() throws {
        let long = String(repeating: "The two sides agreed to expand trade and investment in energy. ", count: 6)
        let lines = [
            #"{"text": "Egypt and Sudan agreed to coordinate on Nile water.", "language": "en"}"#,
            #"{"text": "\#(long)", "language": "en", "title": "Long"}"#,
            #"{"text": "Les deux pays ont convenu de renforcer la coopération.", "language": "fr"}"#,
        ]
        let good = Data((lines.joined(separator: "\n") + "\n").utf8)
        let cases: [(String, Data, String?)] = [
            ("good.jsonl", good, nil),
            ("nul-late.jsonl", good + Data(#"{"text": "late"#.utf8) + Data([0x00]) + Data("\"}\n".utf8), "looks binary"),
            ("latin1-late.jsonl", good + Data(#"{"text": "caf"#.utf8) + Data([0xE9]) + Data("\"}\n".utf8), "not UTF-8"),
            ("cut-scalar.jsonl", good + Data(#"{"text": "تعاون"#.utf8).dropLast(), "not UTF-8"),
        ]
        for (name, data, failure) in cases {
            let path = folder.appendingPathComponent(name).path
            try data.write(to: URL(fileURLWithPath: path))
            let archive = CLI(archive: folder.appendingPathComponent("\(name).sqlite").path)
            let result = try archive.run(["ingest", path, "--read-chunk-size", "64"])
            if let failure {
                XCTAssertEqual(result.status, 1, name)
                XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(name): \(result.stderr)")
                XCTAssertTrue(result.stderr.contains(failure), "\(name): \(result.stderr)")
                XCTAssertTrue(result.stdout.contains("0 archived"), "\(name): \(result.stdout)")
            } else {
                XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
                XCTAssertTrue(result.stdout.contains("3 archived"), "\(name): \(result.stdout)")
            }
        }
    }

    func testStandardInputAndFlagsDescribeOneArticle() throws {
        let text = "The two sides agreed to deepen cooperation in health and education."
        let result = try cli.run(["ingest", "-", "--title", "From stdin", "--published", "2024-05-06", "--language", "en"],
                                 stdin: Data(text.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("-: archived as statement 1"), result.stdout)
        let detail = try cli.statementJSON(1)
        let source = (detail["sources"] as! [[String: Any]])[0]
        XCTAssertEqual(source["title"] as? String, "From stdin")
        XCTAssertEqual(source["published"] as? String, "2024-05-06")
        XCTAssertEqual(source["language"] as? String, "en")
    }

    func testMetadataFlagsWithSeveralInputsAreAUsageError() throws {
        let result = try cli.run(["ingest", CLI.fixtures.path, "--title", "x"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.archive))
    }

    func testJSONLinesFileKeepsGoodLinesAndReportsTheBadOne() throws {
        let result = try cli.run(["ingest", CLI.fixtures.appendingPathComponent("wire.jsonl").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("wire.jsonl:1: archived as statement"), result.stdout)
        XCTAssertTrue(result.stdout.contains("wire.jsonl:2: archived as statement"), result.stdout)
        XCTAssertTrue(result.stderr.contains("wire.jsonl:3: failed: line 3: no \"text\" field"), result.stderr)
        XCTAssertEqual(try ArchiveSnapshot(path: cli.archive).counts["article"], 2)
    }

    /// Each bad input: a specific one-line message, exit 1, and an archive
    /// that is intact and unchanged.
    func testBadInputsFailWithSpecificMessagesAndChangeNothing() throws {
        XCTAssertEqual(try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path]).status, 0)
        let before = try ArchiveSnapshot(path: cli.archive)

        let emptyFolder = folder.appendingPathComponent("nothing-here")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: emptyFolder.appendingPathComponent("readme.pdf"))
        let cases: [(name: String, bytes: Data?, expected: String)] = [
            ("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x63, 0x63, 0x6F, 0x72, 0x64, 0x0A]), "not UTF-8"),
            ("empty.txt", Data(), "the article is empty"),
            ("blank.md", Data("\n  \n\t\n".utf8), "the article is empty"),
            ("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), "looks binary"),
            ("bad-date.txt", Data("---\npublished: 2025-02-30\n---\nThe sides agreed to meet.".utf8), "front matter line 2"),
            ("unclosed.txt", Data("---\ntitle: x\nThe sides agreed.".utf8), "never closed"),
            ("missing.txt", nil, "no such file or folder"),
            ("nothing-here", nil, "holds no article"),
        ]
        for item in cases {
            let path = folder.appendingPathComponent(item.name)
            if let bytes = item.bytes { try bytes.write(to: path) }
            let result = try cli.run(["ingest", path.path])
            XCTAssertEqual(result.status, 1, item.name)
            let lines = result.stderr.split(separator: "\n")
            XCTAssertTrue(lines.contains { $0.contains(item.expected) }, "\(item.name): \(result.stderr)")
            XCTAssertTrue(lines.allSatisfy { !$0.contains("Fatal") && !$0.contains("Stack") }, result.stderr)
            XCTAssertEqual(try ArchiveSnapshot(path: cli.archive), before, item.name)
        }
    }

    func testMissingFolderForArchiveIsReported() throws {
        let cli = CLI(archive: folder.appendingPathComponent("no/such/folder/archive.sqlite").path)
        let result = try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("does not exist"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    func testReadOnlyArchiveRefusesWritesAndStillAnswersReads() throws {
        XCTAssertEqual(try cli.run(["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path]).status, 0)
        let before = try ArchiveSnapshot(path: cli.archive)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: cli.archive)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: cli.archive) }
        let result = try cli.run(["ingest", "-", "--language", "en"], stdin: Data("The sides agreed to meet again.".utf8))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("read-only"), result.stderr)
        XCTAssertEqual(try ArchiveSnapshot(path: cli.archive), before)
        let stats = try cli.run(["stats"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
    }

    /// A UTF-16 file with a byte-order mark is read as an article; a UTF-16
    /// `.jsonl` file is refused by name, not as binary.
    func testUTF16FilesAreReadOrRefusedByName() throws {
        let text = try String(contentsOf: CLI.fixtures.appendingPathComponent("trade-talks.en.txt"), encoding: .utf8)
        let article = folder.appendingPathComponent("windows.en.txt")
        try (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: article)
        let lines = try String(contentsOf: CLI.fixtures.appendingPathComponent("wire.jsonl"), encoding: .utf8)
        let wire = folder.appendingPathComponent("windows.jsonl")
        try (Data([0xFF, 0xFE]) + lines.data(using: .utf16LittleEndian)!).write(to: wire)
        let result = try cli.run(["ingest", article.path, wire.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("windows.en.txt: archived as statement 1 with "), result.stdout)
        XCTAssertEqual(result.stderr,
            "\(wire.path): failed: the text is UTF-16; convert it to UTF-8 first (for example with iconv -f UTF-16 -t UTF-8)\n")
    }

    /// A German article used to be archived as English with no commitment.
    func testArticleInAnotherLanguageIsRefusedUnlessItsLanguageIsGiven() throws {
        let article = "Die Außenminister beider Länder haben sich am Montag in Berlin getroffen. Sie vereinbarten, die Zusammenarbeit im Bereich der Energie zu vertiefen und einen gemeinsamen Fonds einzurichten. Der Minister sagte, dass die Länder auch bei der Sicherheit enger zusammenarbeiten werden."
        let refused = try cli.run(["ingest", "-"], stdin: Data(article.utf8))
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr,
            "-: failed: the article looks like German, not Arabic, English or French; give its language (--language, or language: in front matter or JSON) to read it anyway\n")
        let extract = try cli.run(["extract", "-"], stdin: Data(article.utf8), useArchive: false)
        XCTAssertEqual(extract.status, 1)
        XCTAssertTrue(extract.stderr.hasPrefix("entente: -: the article looks like German, "), extract.stderr)
        XCTAssertEqual(try cli.run(["extract", "-", "--language", "en"], stdin: Data(article.utf8), useArchive: false).status, 0)
        XCTAssertTrue(refused.stdout.hasPrefix("0 archived"), refused.stdout)
        let forced = try cli.run(["ingest", "-", "--language", "en"], stdin: Data(article.utf8))
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.hasPrefix("-: archived as statement 1"), forced.stdout)
    }

    func testForeignFileAsArchiveIsRefusedUntouched() throws {
        let path = folder.appendingPathComponent("notes.sqlite")
        try Data("not a database at all\n".utf8).write(to: path)
        let cli = CLI(archive: path.path)
        for arguments in [["stats"], ["ingest", CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path]] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 1)
            XCTAssertTrue(result.stderr.contains("is not an Entente archive"), result.stderr)
        }
        XCTAssertEqual(try String(contentsOf: path, encoding: .utf8), "not a database at all\n")
    }

    func testReadCommandOnMissingArchiveSaysHowToCreateOne() throws {
        for arguments in [["stats"], ["search", "water"], ["export"], ["show", "1"], ["parties"]] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertTrue(result.stderr.contains("entente ingest"), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.archive))
    }

    func testBinaryCopiedAloneCreatesMigratesAndUsesAnArchive() throws {
        let alone = folder.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let copy = alone.appendingPathComponent("entente")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        var cli = CLI(archive: "")
        cli.binary = copy
        let article = CLI.fixtures.appendingPathComponent("trade-talks.en.txt").path
        let ingest = try cli.run(["ingest", article], useArchive: false, currentDirectory: alone)
        XCTAssertEqual(ingest.status, 0, ingest.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: alone.appendingPathComponent("entente.sqlite").path))
        let search = try cli.run(["search", "trade"], useArchive: false, currentDirectory: alone)
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertFalse(search.stdout.isEmpty)
    }
}
