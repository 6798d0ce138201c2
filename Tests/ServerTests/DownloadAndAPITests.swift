import Foundation
import Hummingbird
import Storage
import XCTest

final class DownloadAndAPITests: ServerTestCase {
    /// What `entente export` writes for `filter`, through the same API.
    func exported(_ filter: CommitmentFilter) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try Archive(path: settings.archivePath, mode: .read)
        try AtomicFile.write(to: path) { try archive.exportCSV(filter, to: $0) }
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func testCSVDownloadIsTheExportOfTheSameSearch() async throws {
        let answer = try await fetch("/export.csv?q=water&per_page=1&page=2")
        XCTAssertEqual(answer.status, .ok)
        XCTAssertEqual(answer.headers[.contentType], "text/csv; charset=utf-8")
        XCTAssertEqual(answer.headers[.contentDisposition], "attachment; filename=\"entente-export.csv\"")
        XCTAssertEqual(answer.bytes, try exported(CommitmentFilter(query: "water")), "every row, not the page")
        XCTAssertTrue(answer.body.hasPrefix(CommitmentRow.csvColumns.joined(separator: ",") + "\r\n"))
        XCTAssertEqual(answer.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 3)
    }

    func testCSVDownloadOfAWholeArchiveKeepsTheFormulaGuard() async throws {
        let answer = try await fetch("/export.csv")
        XCTAssertEqual(answer.bytes, try exported(CommitmentFilter()))
        XCTAssertEqual(answer.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, 7)
    }

    func testDownloadOfABadSearchIsRefusedBeforeItStarts() async throws {
        let answer = try await fetch("/export.csv?q=%22%22")
        XCTAssertEqual(answer.status, .badRequest)
    }

    func testJSONDownloadAndSearchAPIHaveTheRowsOfSearchFormatJSON() async throws {
        let keys: Set<String> = [
            "commitment_id", "statement_id", "statement_date", "statement_kind", "venue", "issuers", "committed_by",
            "type", "topics", "context", "target", "language", "text", "snippet", "title", "source", "url", "published",
            "reports", "report_articles", "article_id",
        ]
        let download = try await fetch("/export.json?topic=water")
        XCTAssertEqual(download.status, .ok)
        let rows = try XCTUnwrap(try json(download) as? [[String: Any]])
        XCTAssertEqual(rows.count, 3)
        // Absent values are left out, as `--format json` leaves them out.
        let optional: Set<String> = ["statement_date", "venue", "context", "target", "snippet", "title", "source", "url", "published"]
        for row in rows {
            XCTAssertTrue(Set(row.keys).isSubset(of: keys), "\(row.keys)")
            XCTAssertTrue(keys.subtracting(optional).isSubset(of: Set(row.keys)), "\(row.keys)")
        }

        let api = try await fetch("/api/search?q=water&per_page=1")
        XCTAssertEqual(api.headers[.contentType], "application/json; charset=utf-8")
        let result = try XCTUnwrap(try json(api) as? [String: Any])
        XCTAssertEqual(result["total"] as? Int, 2)
        XCTAssertEqual(result["per_page"] as? Int, 1)
        let page = try XCTUnwrap(result["rows"] as? [[String: Any]])
        XCTAssertEqual(page.count, 1)
        XCTAssertEqual(page[0]["snippet"] as? String, "They welcomed the [water] talks")
        let facets = try XCTUnwrap(result["facets"] as? [String: [[String: Any]]])
        XCTAssertEqual(Set(facets.keys), ["parties", "topics", "types", "kinds", "languages", "years"])
        XCTAssertEqual(facets["topics"]?.first?["value"] as? String, "water")
        XCTAssertEqual(facets["topics"]?.first?["count"] as? Int, 2)
    }

    func testStatementAndPartyAPIsAnswerWithTheCommandLinesFields() async throws {
        let answers = try await fetch(["/api/statements/1", "/api/parties/PK"])
        let statement = try XCTUnwrap(try json(answers[0]) as? [String: Any])
        for key in ["id", "kind", "date", "date_precision", "venue", "sources", "parties", "persons", "commitments", "evidence", "field_notes"] {
            XCTAssertNotNil(statement[key], key)
        }
        XCTAssertEqual((statement["commitments"] as? [Any])?.count, 2)
        let party = try XCTUnwrap(try json(answers[1]) as? [String: Any])
        XCTAssertEqual(party["statement_count"] as? Int, 2)
        XCTAssertEqual((party["counterparts"] as? [[String: Any]])?.first?["code"] as? String, "AF")
    }

    func testOpenAPIDocumentDescribesEveryAPIRoute() async throws {
        let served = try await fetch("/api/openapi.json")
        XCTAssertEqual(served.status, .ok)
        let document = try XCTUnwrap(try json(served) as? [String: Any])
        XCTAssertEqual(document["openapi"] as? String, "3.1.0")
        let paths = try XCTUnwrap(document["paths"] as? [String: Any])
        XCTAssertEqual(Set(paths.keys), ["/api/search", "/api/statements/{id}", "/api/parties/{code}", "/api/openapi.json", "/export.csv", "/export.json"])
        // The statement schema names the keys the API really sends.
        let answer = try await fetch("/api/statements/1")
        let statement = try XCTUnwrap(try json(answer) as? [String: Any])
        let schemas = try XCTUnwrap((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let described = try XCTUnwrap(((schemas["Statement"] as? [String: Any])?["properties"] as? [String: Any]).map { Set($0.keys) })
        XCTAssertTrue(Set(statement.keys).isSubset(of: described), "\(statement.keys)")
        XCTAssertTrue(Set(["round", "mechanism"]).isSubset(of: described))
    }
}
