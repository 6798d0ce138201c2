import Model
import XCTest
@testable import Storage

/// The read APIs a browsing interface needs beside search: pages of
/// results, facet counts, report texts with their spans, party profiles.
final class BrowsingTests: XCTestCase {
    var archive: Archive!

    override func setUpWithError() throws {
        archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest(Fixtures.threeStatements)
    }

    func counts<Value>(_ list: [FacetCount<Value>]) -> [Value: Int] {
        Dictionary(uniqueKeysWithValues: list.map { ($0.value, $0.count) })
    }

    func testOffsetPagesThroughResultsInOrderWithAndWithoutWords() throws {
        for query in [nil, "water OR cooperation OR تعاون"] as [String?] {
            var all = CommitmentFilter(query: query)
            all.rawQuery = query != nil
            all.limit = 10
            let expected = try archive.search(all).map(\.commitmentID)
            XCTAssertGreaterThanOrEqual(expected.count, 3, "\(query ?? "no words")")
            var pages: [Int64] = []
            for offset in stride(from: 0, to: 6, by: 2) {
                var page = all
                page.limit = 2
                page.offset = offset
                pages += try archive.search(page).map(\.commitmentID)
            }
            XCTAssertEqual(pages, expected, "\(query ?? "no words")")
        }
    }

    func testFacetCountsNarrowForPartiesAndTopicsAndReplaceForTheOtherDimensions() throws {
        var filter = CommitmentFilter(query: "water")
        var facets = try archive.facetCounts(filter)
        XCTAssertEqual(counts(facets.parties), ["CN": 1, "PK": 1, "AF": 1, "EG": 1, "SD": 1])
        XCTAssertEqual(counts(facets.topics), [.water: 2])
        XCTAssertEqual(counts(facets.types), [.welcome: 1, .call: 1])
        XCTAssertEqual(counts(facets.years), ["2021": 1, "2026": 1])
        XCTAssertEqual(counts(facets.languages), [.english: 2])

        filter.types = [.call]
        facets = try archive.facetCounts(filter)
        XCTAssertEqual(counts(facets.parties), ["EG": 1, "SD": 1], "parties count within the chosen type")
        XCTAssertEqual(counts(facets.types), [.welcome: 1, .call: 1], "types count as if the type were not chosen")
        XCTAssertEqual(counts(facets.kinds), [.communique: 1])

        filter = CommitmentFilter()
        filter.since = StatementDate(iso: "2025")
        facets = try archive.facetCounts(filter)
        XCTAssertEqual(counts(facets.topics), [.counterterrorism: 1, .security: 1, .water: 1])
        XCTAssertEqual(counts(facets.years), ["2021": 1, "2026": 2], "years ignore the date range; undated left out")
        XCTAssertEqual(facets.parties.first, FacetCount(value: "AF", count: 2), "most frequent first, then by code")
    }

    func testReportTextsCarryEachCommitmentsSpanInScalars() throws {
        let texts = try archive.reportTexts(statementID: 3)
        XCTAssertEqual(texts.count, 1)
        let report = try XCTUnwrap(texts.first)
        XCTAssertEqual(report.language, .arabic)
        let scalars = Array(report.text.unicodeScalars)
        let span = try XCTUnwrap(report.spans.first)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[span.start..<span.end])), "واتفق الجانبان على تعزيز التعاون في مكافحة الإرهاب")
        XCTAssertEqual(try archive.reportTexts(statementID: 99), [])
    }

    func testPartyProfileCountsStatementsCommitmentsByYearAndCounterparts() throws {
        let profile = try XCTUnwrap(try archive.partyProfile(code: "PK"))
        XCTAssertEqual(profile.statementCount, 2)
        XCTAssertEqual(profile.statements.map(\.date), ["2026-01-05", nil], "newest first, undated last")
        XCTAssertEqual(profile.statements.first?.issuers, ["CN", "PK"])
        XCTAssertEqual(profile.statements.first?.commitments, 2)
        XCTAssertEqual(profile.commitmentsByYear, [
            PartyProfile.YearTypeCount(year: "2026", type: .pledge, count: 1),
            PartyProfile.YearTypeCount(year: "2026", type: .welcome, count: 1),
        ])
        XCTAssertEqual(profile.counterparts.map(\.code), ["AF", "CN", "SA"])
        XCTAssertNil(try archive.partyProfile(code: "ZZ"))
    }
}
