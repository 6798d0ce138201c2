import Foundation
import Hummingbird
import XCTest

final class StatementAndPartyPageTests: ServerTestCase {
    func testStatementPageNumbersCommitmentsAndMarksEachInTheReportText() async throws {
        let page = try await fetch("/statements/1")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<h1>Joint statement, 2026-01-05</h1>"), page.body)
        XCTAssertTrue(page.body.contains("<a href=\"/parties/AF\">AF Afghanistan</a>"), "mentioned party with its name")
        XCTAssertTrue(page.body.contains("<bdi>Wang Yi</bdi> — foreign minister"), page.body)
        XCTAssertTrue(page.body.contains("<li id=\"n1\" value=\"1\">"), page.body)
        XCTAssertTrue(page.body.contains("<li id=\"n2\" value=\"2\">"), page.body)
        XCTAssertTrue(page.body.contains(
            "China and Pakistan <mark id=\"c1\" title=\"Commitment 1: pledge\"><sup>1</sup>agreed to deepen counterterrorism cooperation</mark>. "
                + "<mark id=\"c2\" title=\"Commitment 2: welcome\"><sup>2</sup>They welcomed the water talks</mark>."), page.body)
        XCTAssertTrue(page.body.contains("Article 1 · Agency · English · 2026-01-05"), page.body)
    }

    func testArabicReportsAreRightToLeftInsideTheEnglishPage() async throws {
        let page = try await fetch("/statements/3")
        XCTAssertTrue(page.body.contains("<html lang=\"en\" dir=\"ltr\">"))
        XCTAssertTrue(page.body.contains("<h3 lang=\"ar\" dir=\"rtl\">بيان مشترك</h3>"), page.body)
        XCTAssertTrue(page.body.contains("<div class=\"text\" lang=\"ar\" dir=\"rtl\">و<mark id=\"c4\""), page.body)
    }

    func testMissingAndMalformedStatementsAnswer404And400() async throws {
        let answers = try await fetch(["/statements/99", "/statements/abc", "/api/statements/99", "/parties/ZZ", "/parties/%3Cb%3E"])
        XCTAssertEqual(answers.map(\.status), [.notFound, .badRequest, .notFound, .notFound, .badRequest])
        XCTAssertTrue(answers[0].body.contains("there is no statement 99 in this archive"))
    }

    func testPartyPageChartsCommitmentsByYearAndTypeAndListsCounterparts() async throws {
        let page = try await fetch("/parties/PK")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("<h1>PK — Pakistan</h1>"), page.body)
        XCTAssertTrue(page.body.contains("<svg class=\"chart\" role=\"img\" aria-label=\"Commitments by year and type: 2025: 1, 2026: 2\""), page.body)
        XCTAssertTrue(page.body.contains("<title>2026, welcome: 1</title>"), page.body)
        XCTAssertTrue(page.body.contains("<title>2025, pledge: 1</title>"), page.body)
        XCTAssertTrue(page.body.contains("<span lang=\"ar\" dir=\"rtl\">باكستان</span>"), page.body)
        let counterparts = try XCTUnwrap(page.body.range(of: "<ol class=\"counterparts\">"))
        XCTAssertTrue(page.body[counterparts.upperBound...].hasPrefix("<li><a href=\"/parties/AF\">AF Afghanistan</a>"), page.body)
        XCTAssertTrue(page.body.contains("<td>2026-01-05</td><td><a href=\"/statements/1\">1</a></td>"), page.body)
        XCTAssertTrue(page.body.contains("href=\"/search?party=PK\""), page.body)
    }

    func testPartiesPageListsEveryPartyWithItsCounts() async throws {
        let page = try await fetch("/parties")
        XCTAssertEqual(page.status, .ok)
        for code in ["CN", "PK", "AF", "EG", "SD", "SA", "FR", "MA", "JO", "QA"] {
            XCTAssertTrue(page.body.contains("<a href=\"/parties/\(code)\">\(code) "), code)
        }
    }
}
