import Foundation
import Hummingbird
import XCTest

final class SearchPageTests: ServerTestCase {
    func testSearchPageMarksMatchedWordsAndNamesParties() async throws {
        let page = try await fetch("/search?q=water")
        XCTAssertEqual(page.status, .ok)
        XCTAssertEqual(page.headers[.contentType], "text/html; charset=utf-8")
        XCTAssertNotNil(page.headers[.contentSecurityPolicy])
        XCTAssertTrue(page.body.contains("They welcomed the <mark>water</mark> talks"), page.body)
        XCTAssertTrue(page.body.contains("on the <mark>water</mark> of the Nile"), page.body)
        XCTAssertTrue(page.body.contains("<abbr title=\"Egypt\">EG</abbr> Egypt"), page.body)
        XCTAssertTrue(page.body.contains("2 commitments"), page.body)
        XCTAssertTrue(page.body.contains("href=\"/statements/2#c3\""), "each result links to its evidence")
    }

    func testEachLanguageIsSearchedAndMarkedWithItsDirection() async throws {
        let cases: [(query: String, marked: String, direction: String)] = [
            ("التعاون", "<mark>التعاون</mark>", "lang=\"ar\" dir=\"rtl\""),
            ("coopération", "<mark>coopération</mark>", "lang=\"fr\" dir=\"ltr\""),
            ("cooperate", "<mark>cooperation</mark>", "lang=\"en\" dir=\"ltr\""),
            ("coop*", "<mark>cooperation</mark>", "lang=\"en\" dir=\"ltr\""),
        ]
        let pages = try await fetch(cases.map { "/search?q=" + $0.query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! })
        for (test, page) in zip(cases, pages) {
            XCTAssertEqual(page.status, .ok, test.query)
            XCTAssertTrue(page.body.contains(test.marked), "\(test.query): \(page.body)")
            XCTAssertTrue(page.body.contains("<p class=\"clause\" \(test.direction)>"), "\(test.query)")
        }
    }

    func testFiltersNarrowTheResultsAndTheLinksKeepTheWholeQuery() async throws {
        let cases: [(uri: String, summary: String)] = [
            ("/search", "6 commitments"),
            ("/search?party=PK", "3 commitments"),
            ("/search?party=PK&party=SA", "1 commitment"),
            ("/search?topic=water", "3 commitments"),
            ("/search?type=pledge&type=call", "4 commitments"),
            ("/search?kind=communique", "1 commitment"),
            ("/search?lang=fr", "1 commitment"),
            ("/search?since=2024&until=2025-12", "2 commitments"),
            ("/search?q=water&party=eg", "1 commitment"),
            ("/search?q=nothingmatchesthis", "No commitment matches."),
        ]
        let pages = try await fetch(cases.map(\.uri))
        for (test, page) in zip(cases, pages) {
            XCTAssertEqual(page.status, .ok, test.uri)
            XCTAssertTrue(page.body.contains("<span id=\"summary\">\(test.summary)"), "\(test.uri): \(page.body)")
        }
        let filtered = try await fetch("/search?q=water&topic=water")
        XCTAssertTrue(filtered.body.contains("href=\"/export.csv?q=water&amp;topic=water\""), filtered.body)
        XCTAssertTrue(filtered.body.contains("href=\"/search?q=water\" title=\"Remove this filter\""), filtered.body)
        XCTAssertTrue(filtered.body.contains("<input type=\"hidden\" name=\"topic\" value=\"water\">"), filtered.body)
    }

    func testFacetsCountWhatEachChoiceWouldGive() async throws {
        let page = try await fetch("/search?q=water&type=call")
        // Parties narrow within the results; types replace the chosen one.
        XCTAssertTrue(page.body.contains("<a href=\"/search?q=water&amp;party=EG&amp;type=call\">EG Egypt</a> <span class=\"count\">1</span>"), page.body)
        XCTAssertFalse(page.body.contains("party=PK&amp;type=call"), "PK has no call about water")
        XCTAssertTrue(page.body.contains("<a href=\"/search?q=water&amp;type=welcome\">welcome</a> <span class=\"count\">1</span>"), page.body)
        XCTAssertTrue(page.body.contains("<li class=\"selected\"><a href=\"/search?q=water&amp;type=call\">call</a>"), page.body)
    }

    func testPagesLinkToTheirNeighbours() async throws {
        let page = try await fetch("/search?per_page=2&page=2")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.contains("Page 2 of 3"), page.body)
        XCTAssertTrue(page.body.contains("href=\"/search?per_page=2\" rel=\"prev\""), page.body)
        XCTAssertTrue(page.body.contains("href=\"/search?page=3&amp;per_page=2\" rel=\"next\""), page.body)
        XCTAssertTrue(page.body.contains("6 commitments, 3–4 shown"), page.body)
    }

    func testBadParametersAreRefusedWithOneLineAndStatus400() async throws {
        let long = String(repeating: "a", count: 501)
        let cases: [(query: String, message: String)] = [
            ("party=ZZZ", "party=ZZZ is not valid"),
            ("type=promise", "type=promise is not valid: expected one of pledge, support"),
            ("since=2026-13", "since=2026-13 is not valid"),
            ("since=2026&until=2020", "until=2020 is not valid: expected a date on or after since=2026"),
            ("page=0", "page=0 is not valid"),
            ("per_page=1000", "per_page=1000 is not valid: expected a number from 1 to 100"),
            ("page=999999", "narrow the search"),
            ("q=" + long, "the query is longer than 500 characters"),
            ("q=%22%22", "has no words to search for"),
            ("q=%FF", "percent-encoded UTF-8"),
        ]
        let pages = try await fetch(cases.map { "/search?" + $0.query })
        let api = try await fetch(cases.map { "/api/search?" + $0.query })
        for (test, (page, answer)) in zip(cases, zip(pages, api)) {
            XCTAssertEqual(page.status, .badRequest, test.query)
            XCTAssertTrue(page.body.contains(test.message), "\(test.query): \(page.body)")
            XCTAssertEqual(answer.status, .badRequest, test.query)
            let error = try XCTUnwrap(try json(answer) as? [String: String])["error"]
            XCTAssertTrue(error?.contains(test.message) == true, "\(test.query): \(error ?? "")")
        }
    }

    func testTheRootIsTheSearchPageAndUnknownPathsAre404() async throws {
        let answers = try await fetch(["/", "/nowhere", "/api/nowhere"])
        XCTAssertEqual(answers[0].status, .ok)
        XCTAssertTrue(answers[0].body.contains("<form class=\"search\""))
        XCTAssertEqual(answers[1].status, .notFound)
        XCTAssertTrue(answers[1].body.contains("nothing here at /nowhere"), answers[1].body)
        XCTAssertEqual(answers[2].status, .notFound)
        XCTAssertNotNil(try json(answers[2]) as? [String: String])
    }

    func testNothingCanBeWritten() async throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: settings.archivePath))
        for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
            for uri in ["/search", "/statements/1", "/api/search"] {
                let answer = try await fetch([uri], method: method)[0]
                XCTAssertTrue([.notFound, .methodNotAllowed].contains(answer.status), "\(method) \(uri): \(answer.status)")
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: settings.archivePath)), before)
    }

    func testAResultWithoutTitleShowsNoneRatherThanAnotherOne() async throws {
        let page = try await fetch("/search?lang=fr")
        XCTAssertTrue(page.body.contains("la coopération dans le domaine"), page.body)
        XCTAssertFalse(page.body.contains("<bdi"), "the page's own title must not stand in for the article's: \(page.body)")
        let statement = try await fetch("/statements/4")
        XCTAssertTrue(statement.body.contains("<h3 lang=\"fr\" dir=\"ltr\">(untitled)</h3>"), statement.body)
    }
}
