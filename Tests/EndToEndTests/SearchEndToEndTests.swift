import Foundation
import XCTest

/// Search and export against one archive holding SampleData, the seed and
/// the fixtures, built once for the class.
final class SearchEndToEndTests: XCTestCase {
    nonisolated(unsafe) static var folder: URL!
    nonisolated(unsafe) static var cli: CLI!

    override class func setUp() {
        super.setUp()
        folder = try! CLI.temporaryFolder()
        cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
        _ = try! cli.run(["ingest", CLI.packageRoot.appendingPathComponent("SampleData").path])
        _ = try! cli.run(["ingest", CLI.seed.path, "--published", "2026-01-05"])
        _ = try! cli.run(["ingest", CLI.fixtures.path])
    }

    override class func tearDown() {
        try? FileManager.default.removeItem(at: folder)
        super.tearDown()
    }

    var cli: CLI { Self.cli }

    /// Rows printed by `search … --format jsonl`.
    func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try cli.run(["search"] + arguments + ["--format", "jsonl", "--limit", "1000"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try result.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    func testArabicSearchFindsSeedClausesInAnyClitisedForm() throws {
        let found = try rows(["التعاون", "--party", "PK", "--party", "CN"])
        XCTAssertFalse(found.isEmpty)
        for row in found {
            XCTAssertTrue((row["text"] as! String).contains("تعاون"), row["text"] as! String)
            XCTAssertTrue((row["snippet"] as! String).contains("["), row["snippet"] as! String)
        }
        let terrorism = try rows(["الإرهاب", "--party", "PK"])
        XCTAssertTrue(terrorism.contains { ($0["text"] as! String).contains("الإرهاب") })
    }

    func testEachFilterKeepsOnlyWhatItNames() throws {
        let checks: [(arguments: [String], holds: ([String: Any]) -> Bool)] = [
            (["agreed", "--party", "IN"], { ($0["issuers"] as! [String]).contains("IN") || true }),
            (["التعاون", "--topic", "finance"], { ($0["topics"] as! [String]).contains("finance") }),
            (["التعاون", "--type", "pledge"], { $0["type"] as? String == "pledge" }),
            (["التعاون", "--kind", "joint_statement"], { $0["statement_kind"] as? String == "joint_statement" }),
            (["التعاون", "--since", "2026-01-01"], { ($0["statement_date"] as? String ?? "") >= "2026-01-01" }),
            (["trade", "--until", "2025-12-31"], { ($0["statement_date"] as? String ?? "9") <= "2025-12-31" }),
            (["trade", "--language", "en"], { $0["language"] as? String == "en" }),
            (["coopération", "--language", "fr"], { $0["language"] as? String == "fr" }),
        ]
        for check in checks {
            let found = try rows(check.arguments)
            XCTAssertFalse(found.isEmpty, "\(check.arguments) found nothing")
            for row in found { XCTAssertTrue(check.holds(row), "\(check.arguments): \(row)") }
        }
    }

    func testPartyFilterRequiresEveryNamedParty() throws {
        let both = try rows(["trade", "--party", "AE", "--party", "IN"])
        XCTAssertFalse(both.isEmpty)
        XCTAssertTrue(try rows(["trade", "--party", "AE", "--party", "PK", "--party", "FR"]).isEmpty)
    }

    /// Spaces and tabs around a party code (a no-break space included), a
    /// lowercase code, and a topic or type written with capitals and hyphens
    /// name the same filter as the canonical spelling.
    func testFilterValuesAreReadForgivingly() throws {
        let canonical = try rows(["trade", "--party", "AE", "--topic", "trade", "--type", "pledge"])
        XCTAssertFalse(canonical.isEmpty)
        let loose = try rows(["trade", "--party", "\u{00A0}ae\t", "--topic", "Trade", "--type", "PLEDGE"])
        XCTAssertEqual(loose.map { $0["commitment_id"] as! Int }, canonical.map { $0["commitment_id"] as! Int })
        let conflict = try rows(["ceasefire", "--topic", "regional-conflict"])
        XCTAssertEqual(conflict.map { $0["commitment_id"] as! Int }, try rows(["ceasefire", "--topic", "regional_conflict"]).map { $0["commitment_id"] as! Int })
        XCTAssertFalse(conflict.isEmpty)
    }

    func testNoMatchIsAMessageOnStderrAndExitZero() throws {
        let result = try cli.run(["search", "xylophonist"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("no commitment matches"), result.stderr)
    }

    func testPlainQueriesNeverCauseSyntaxErrors() throws {
        for query in ["trade AND (", "\"trade", "trade:", "NEAR(", "-trade", "trade*", "^trade", "التعاون)", "{trade}"] {
            let result = try cli.run(["search", query])
            XCTAssertEqual(result.status, 0, "\(query): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("syntax"), result.stderr)
        }
        let nothing = try cli.run(["search", "^ ..."])
        XCTAssertEqual(nothing.status, 1)
        XCTAssertTrue(nothing.stderr.contains("has no words to search for"), nothing.stderr)
    }

    func testRawQueryPassesSyntaxAndReportsErrorsInOneLine() throws {
        let ok = try cli.run(["search", "--raw", "trade OR ceasefire"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        let broken = try cli.run(["search", "--raw", "trade AND ("])
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.stderr.split(separator: "\n").count, 1, broken.stderr)
        XCTAssertTrue(broken.stderr.contains("syntax error"), broken.stderr)
    }

    func testFormatsPrintTheSameRows() throws {
        let json = try cli.run(["search", "trade", "--format", "json"])
        let array = try JSONSerialization.jsonObject(with: json.stdoutData) as! [[String: Any]]
        let csv = try cli.run(["search", "trade", "--format", "csv"])
        XCTAssertEqual(try CSVReader.parse(csv.stdoutData).count, array.count + 1)
        let table = try cli.run(["search", "trade"])
        guard let first = array.first else { return XCTFail("no row for 'trade'") }
        XCTAssertTrue(table.stdout.contains("#\(first["commitment_id"] as! Int)"), table.stdout)
    }

    func testArchivePathComesFromEnvironmentWhenNoFlag() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["stats"]
        process.environment = ["ENTENTE_DB": cli.archive, "PATH": "/usr/bin:/bin"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("commitments"))
    }

    func testShowPartiesAndStatsDescribeTheArchive() throws {
        let show = try cli.run(["show", "1"])
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("Commitments:"), show.stdout)
        let missing = try cli.run(["show", "99999"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no statement 99999"), missing.stderr)
        let parties = try cli.run(["parties"])
        XCTAssertTrue(parties.stdout.contains("PK"), parties.stdout)
        let stats = try cli.run(["stats", "--json"])
        let object = try JSONSerialization.jsonObject(with: stats.stdoutData) as! [String: Any]
        let languages = (object["articles_by_language"] as! [[String: Any]]).map { $0["key"] as! String }
        XCTAssertEqual(Set(languages), ["ar", "en", "fr"])
    }

    // MARK: - Export

    func testExportRoundTripsEveryFieldThroughACSVParser() throws {
        let output = Self.folder.appendingPathComponent("all.csv")
        let result = try cli.run(["export", "--output", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: output)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\r\n"))
        let parsed = try PythonCSV.parse(output)
        let expected = try ExportExpectation.rows(archive: cli.archive)
        XCTAssertEqual(parsed.first, ExportExpectation.header)
        XCTAssertEqual(parsed.count - 1, expected.count)
        for (row, want) in zip(parsed.dropFirst(), expected) {
            XCTAssertEqual(row, want)
        }
        // The fixture's title holds a comma and quotes; Arabic text survives.
        XCTAssertTrue(parsed.contains { $0.contains("Ministers agree on trade, \"green\" energy and a new \"=fund\"") })
        XCTAssertTrue(parsed.contains { $0.contains { $0.contains("التعاون") } })
    }

    func testExportFiltersQueryBOMAndFormulaGuard() throws {
        let bom = try cli.run(["export", "--query", "trade", "--party", "IN", "--bom"])
        XCTAssertEqual(bom.status, 0, bom.stderr)
        XCTAssertEqual(Array(bom.stdoutData.prefix(3)), [0xEF, 0xBB, 0xBF])
        let rows = try CSVReader.parse(bom.stdoutData.dropFirst(3))
        XCTAssertGreaterThan(rows.count, 1)
        guard rows.count > 1 else { return }
        let issuersColumn = rows[0].firstIndex(of: "issuers")!
        XCTAssertTrue(rows.dropFirst().allSatisfy { $0[issuersColumn].contains("IN") })

        let stdin = Data("---\ntitle: =HYPERLINK(\"http://evil\")\n---\nThe two countries agreed to build a railway.".utf8)
        XCTAssertEqual(try cli.run(["ingest", "-", "--language", "en"], stdin: stdin).status, 0)
        let guarded = try CSVReader.parse(try cli.run(["export", "--query", "railway"]).stdoutData)
        XCTAssertEqual(guarded.count, 2, "the railway clause should be one commitment")
        guard guarded.count > 1 else { return }
        let titleColumn = guarded[0].firstIndex(of: "title")!
        XCTAssertEqual(guarded[1][titleColumn], "'=HYPERLINK(\"http://evil\")")
        let raw = try CSVReader.parse(try cli.run(["export", "--query", "railway", "--no-formula-guard"]).stdoutData)
        XCTAssertEqual(raw[1][titleColumn], "=HYPERLINK(\"http://evil\")")
    }

    func testExportToMissingFolderFailsAndWritesNothing() throws {
        let target = Self.folder.appendingPathComponent("absent/out.csv")
        let result = try cli.run(["export", "--output", target.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("does not exist"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }
}
