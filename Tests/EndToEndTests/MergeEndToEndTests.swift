import Foundation
import XCTest

/// The seed (the Arabic report of the China–Pakistan joint statement of
/// 2026-01-05) and an English report of the same statement: one statement
/// with two reports, counted once.
final class MergeEndToEndTests: XCTestCase {
    var folder: URL!
    var cli: CLI!
    let english = CLI.packageRoot.appendingPathComponent("SampleData/reports/cn-pk-strategic-dialogue-7.en.txt").path

    override func setUpWithError() throws {
        folder = try CLI.temporaryFolder()
        cli = CLI(archive: folder.appendingPathComponent("archive.sqlite").path)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testTheSeedAndAnEnglishReportAreOneStatementCountedOnce() throws {
        let seed = try cli.run(["ingest", CLI.seed.path, "--published", "2026-01-05", "--source", "Anadolu"])
        XCTAssertEqual(seed.status, 0, seed.stderr)
        let report = try cli.run(["ingest", english])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("archived as statement 1 "), report.stdout)

        let stats = try JSONSerialization.jsonObject(with: try cli.run(["stats", "--json"]).stdoutData) as! [String: Any]
        XCTAssertEqual(stats["statements"] as? Int, 1)
        XCTAssertEqual(stats["articles"] as? Int, 2)
        let kinds = stats["statements_by_kind"] as! [[String: Any]]
        XCTAssertEqual(kinds.map { $0["count"] as! Int }, [1])

        let show = try cli.run(["show", "1"])
        XCTAssertTrue(show.stdout.contains("Reports (2):"), show.stdout)
        XCTAssertTrue(show.stdout.contains("Anadolu, ar, 2026-01-05"), show.stdout)
        XCTAssertTrue(show.stdout.contains("APP, en, 2026-01-05"), show.stdout)
        XCTAssertTrue(show.stdout.contains("same issuers CN+PK, same date 2026-01-05, strategic dialogue round 7, in Beijing"), show.stdout)
        // Each minister once, with the name each report wrote.
        XCTAssertTrue(show.stdout.contains("""
            Persons:
              Wang Yi — foreign_minister, CN
                 Wang Yi (en): article 2
                 وانج يي (ar): article 1
              Ishaq Dar — foreign_minister, PK
                 Ishaq Dar (en): article 2
                 إسحاق دار (ar): article 1
            """), show.stdout)
        let detail = try cli.statementJSON(1)
        let persons = detail["persons"] as! [[String: Any]]
        XCTAssertEqual(persons.map { $0["name"] as? String }, ["Wang Yi", "Ishaq Dar"])
        XCTAssertEqual((persons[0]["names"] as? [[String: Any]])?.map { $0["articles"] as? [Int] }, [[2], [1]])

        // Every exported row belongs to the one statement; the one-China
        // pledge is there once per language, never under a second statement.
        let export = try CSVReader.parse(try cli.run(["export", "--party", "PK"]).stdoutData)
        let header = export[0]
        let statement = header.firstIndex(of: "statement_id")!
        XCTAssertEqual(Set(export.dropFirst().map { $0[statement] }), ["1"])
        let text = header.firstIndex(of: "text")!
        XCTAssertEqual(export.dropFirst().filter { $0[text].contains("one-China") }.count, 1)

        let parties = try cli.run(["parties", "--json"])
        let pk = (try JSONSerialization.jsonObject(with: parties.stdoutData) as! [[String: Any]]).first { $0["code"] as? String == "PK" }
        XCTAssertEqual(pk?["issued"] as? Int, 1)

        // Re-ingesting either changes nothing.
        let again = try cli.run(["ingest", english, CLI.seed.path])
        XCTAssertTrue(again.stdout.contains("0 archived"), again.stdout)
        XCTAssertEqual(try JSONSerialization.jsonObject(with: try cli.run(["stats", "--json"]).stdoutData) as? NSDictionary,
                       stats as NSDictionary)
    }

    /// A later meeting's report that recalls a declaration by the day it was
    /// signed takes no date from it, so it does not join the declaration's
    /// own report: the same issuers, city and joint kind are not enough.
    func testAReportRecallingADeclarationsSigningDayStaysApartFromIt() throws {
        let declaration = folder.appendingPathComponent("declaration.txt")
        try """
            Lima - Chile and Peru issued the Lima Declaration on 14 March 2026, after talks between President Ana Soto and President Luis Vega in Lima.

            The two presidents agreed to open a joint border commission and to expand trade between the two countries.
            """.write(to: declaration, atomically: true, encoding: .utf8)
        let later = folder.appendingPathComponent("later.txt")
        try """
            Lima - The foreign ministers of Chile and Peru met in Lima and issued a joint statement.

            They reaffirmed the Lima Declaration signed by the two presidents on 14 March 2026 and agreed to hold the first session of the border commission.
            """.write(to: later, atomically: true, encoding: .utf8)
        XCTAssertEqual(try cli.run(["ingest", declaration.path]).status, 0)
        let report = try cli.run(["ingest", later.path])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("archived as statement 2 "), report.stdout)
    }

    func testAnEditedWireCopyRepeatsClausesOnceUnlessEveryReportIsAsked() throws {
        let reports = CLI.packageRoot.appendingPathComponent("SampleData/reports").path
        for name in ["et-ke-commission-38.wire.en.txt", "et-ke-commission-38.republished.en.txt"] {
            XCTAssertEqual(try cli.run(["ingest", reports + "/" + name]).status, 0)
        }
        let once = try CSVReader.parse(try cli.run(["export", "--query", "Moyale customs"]).stdoutData)
        XCTAssertEqual(once.count, 2, "one row for the clause both reports carry")
        let header = once[0]
        XCTAssertEqual(once[1][header.firstIndex(of: "reports")!], "2")
        XCTAssertEqual(once[1][header.firstIndex(of: "report_articles")!], "1;2")
        let every = try CSVReader.parse(try cli.run(["export", "--query", "Moyale customs", "--every-report"]).stdoutData)
        XCTAssertEqual(every.count, 3)
        XCTAssertEqual(Set(every.dropFirst().map { $0[header.firstIndex(of: "article_id")!] }), ["1", "2"])
    }

    func testSplitAndMergeOnTheCommandLine() throws {
        XCTAssertEqual(try cli.run(["ingest", CLI.seed.path, "--published", "2026-01-05"]).status, 0)
        XCTAssertEqual(try cli.run(["ingest", english]).status, 0)
        let split = try cli.run(["split", "2"])
        XCTAssertEqual(split.stdout, "article 2 is statement 2\n", split.stderr)
        XCTAssertTrue(try cli.run(["show", "2"]).stdout.contains("split off by the analyst"))
        XCTAssertEqual(try cli.run(["ingest", english]).stdout.contains("0 archived"), true)
        XCTAssertTrue(try cli.run(["stats"]).stdout.contains("statements   2"))
        let merge = try cli.run(["merge", "2", "1"])
        XCTAssertEqual(merge.stdout, "statements 2 and 1 are statement 1\n", merge.stderr)
        XCTAssertTrue(try cli.run(["show", "2"]).stdout.hasPrefix("Statement 1: joint_statement (statement 2 was merged into it)"))
        let detail = try cli.statementJSON(1)
        XCTAssertEqual(detail["former_ids"] as? [Int], [2], "snake case, not the encoder's former_i_ds")
        let missing = try cli.run(["split", "99"])
        XCTAssertEqual(missing.status, 1)
    }
}
