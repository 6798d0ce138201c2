import Foundation
import GRDB
import Model
import TextAnalysis
import XCTest
@testable import Storage

final class SearchTests: XCTestCase {
    var archive: Archive!

    override func setUpWithError() throws {
        archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        _ = try archive.ingest(Fixtures.threeStatements)
    }

    func ids(_ filter: CommitmentFilter) throws -> [Int64] { try archive.search(filter).map(\.commitmentID) }

    func filter(_ query: String?, _ change: (inout CommitmentFilter) -> Void = { _ in }) -> CommitmentFilter {
        var filter = CommitmentFilter(query: query)
        change(&filter)
        return filter
    }

    func testEveryWordMustMatch() throws {
        XCTAssertEqual(try ids(filter("water talks")), [2])
        XCTAssertEqual(try ids(filter("water")).sorted(), [2, 3])
        XCTAssertEqual(try ids(filter("water cooperation")), [])
    }

    func testFiltersNarrowResults() throws {
        XCTAssertEqual(try ids(filter("water") { $0.parties = ["EG"] }), [3])
        XCTAssertEqual(try ids(filter(nil) { $0.parties = ["PK"] }).sorted(), [1, 2, 4])
        XCTAssertEqual(try ids(filter(nil) { $0.parties = ["PK", "SA"] }), [4])
        XCTAssertEqual(try ids(filter(nil) { $0.parties = ["AF"] }).sorted(), [1, 2], "a mentioned party counts as a party")
        XCTAssertEqual(try ids(filter(nil) { $0.topics = [.water] }).sorted(), [2, 3])
        XCTAssertEqual(try ids(filter(nil) { $0.topics = [.water, .security] }), [])
        XCTAssertEqual(try ids(filter(nil) { $0.types = [.call, .welcome] }).sorted(), [2, 3])
        XCTAssertEqual(try ids(filter(nil) { $0.kinds = [.communique] }), [3])
        XCTAssertEqual(try ids(filter(nil) { $0.since = StatementDate(iso: "2022") }).sorted(), [1, 2])
        XCTAssertEqual(try ids(filter(nil) { $0.until = StatementDate(iso: "2021-06") }), [3])
        XCTAssertEqual(try ids(filter(nil) { $0.since = StatementDate(iso: "2026-01-05"); $0.until = StatementDate(iso: "2026") }).sorted(), [1, 2])
        XCTAssertEqual(try ids(filter(nil) { $0.language = .arabic }), [4])
        XCTAssertEqual(try ids(filter(nil) { $0.limit = 1 }).count, 1)
    }

    func testUndatedStatementsComeLastWithoutQuery() throws {
        XCTAssertEqual(try ids(filter(nil)), [1, 2, 3, 4])
    }

    func testSnippetMarksMatchedWordsWithoutLanguageMarker() throws {
        let row = try XCTUnwrap(try archive.search(filter("Nile")).first)
        XCTAssertEqual(row.snippet, "called for a binding agreement on the water of the [Nile]")
        XCTAssertEqual(row.issuers, ["EG", "SD"])
        XCTAssertEqual(row.committedBy, ["EG", "SD"])
        XCTAssertEqual(row.statementDate, "2021-06-10")
    }

    func testRowsCarryTheStoredValuesTyped() throws {
        let row = try XCTUnwrap(try archive.search(filter("Nile")).first)
        XCTAssertEqual(row.statementKind, .communique)
        XCTAssertEqual(row.type, .call)
        XCTAssertEqual(row.topics, [.water])
        XCTAssertEqual(row.language, .english)
        XCTAssertEqual(row.context, nil)
        let arabic = try XCTUnwrap(try archive.search(filter(nil) { $0.language = .arabic }).first)
        XCTAssertEqual(arabic.language, .arabic)
        XCTAssertEqual(arabic.issuers, ["PK", "SA"], "sorted")
    }

    /// One list of columns: the query selects them in order under their
    /// names, JSON uses the same names, CSV all but the snippet.
    func testTheColumnListNamesTheQueryTheJSONAndTheCSV() throws {
        let names = CommitmentRow.Column.allCases.map(\.rawValue)
        let request = try CommitmentSQL(filter("water"))
        let selected = try archive.read { db in try db.makeStatement(sql: request.sql).columnNames }
        XCTAssertEqual(selected, names)
        let row = try XCTUnwrap(try archive.search(filter("Nile")).first)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(row)) as? [String: Any]
        // Every name but those of the row's nil values (this clause has no context or target).
        XCTAssertEqual(Set(json?.keys.map { $0 } ?? []), Set(names).subtracting(["context", "target"]))
        XCTAssertEqual(CommitmentRow.csvColumns, names.filter { $0 != "snippet" })
        XCTAssertEqual(row.csvFields.count, CommitmentRow.csvColumns.count)
        XCTAssertEqual(row.field(.type), "call")
        XCTAssertEqual(row.field(.issuers), "EG;SD")
    }

    /// The schema's `search_text` writes the marker in SQL; this holds it to
    /// ``AnalyzerLanguage/marker``, the one the tokenizer reads.
    func testIndexedTextStartsWithItsLanguagesMarker() throws {
        let french = Fixtures.extraction(
            "La France et le Maroc ont salué l'accord.", language: .french, issuers: ["FR", "MA"],
            commitments: [("ont salué l'accord", .welcome, [.trade])])
        _ = try archive.ingest([french])
        let rows = try archive.read { db in
            try Row.fetchAll(db, sql: "SELECT language, search_text FROM commitment ORDER BY id")
        }
        XCTAssertEqual(Set(rows.map { $0["language"] as String }), ["ar", "en", "fr"])
        for row in rows {
            let language = try XCTUnwrap(AnalyzerLanguage(rawValue: row["language"]))
            let text: String = row["search_text"]
            XCTAssertEqual(text.unicodeScalars.first, language.marker, text)
        }
    }

    func testPunctuationAndOperatorsInPlainQueriesAreText() throws {
        for query in ["water)", "\"water", "water AND OR", "NEAR(water", "water:", "-water", "^water", "water*"] {
            XCTAssertNoThrow(try archive.search(filter(query)), query)
        }
        XCTAssertEqual(try ids(filter("\"binding agreement\"")), [3])
        XCTAssertEqual(try ids(filter("\"agreement binding\"")), [])
        XCTAssertEqual(try ids(filter("wat*")).sorted(), [2, 3])
    }

    func testQueryWithoutWordsIsAnError() {
        XCTAssertThrowsError(try archive.search(filter("?! ..."))) { error in
            XCTAssertEqual(error as? StorageError, .emptyQuery("?! ..."))
        }
    }

    func testRawSyntaxErrorIsOneReadableLine() {
        XCTAssertThrowsError(try archive.search(filter("water AND (") { $0.rawQuery = true })) { error in
            guard case let .badQuery(problem)? = error as? StorageError else { return XCTFail("\(error)") }
            XCTAssertFalse(problem.contains("\n"))
            XCTAssertTrue(problem.contains("syntax error"), problem)
        }
        XCTAssertEqual(try ids(filter("water NOT Nile") { $0.rawQuery = true }), [2])
    }

    func testPlainQueryTranslation() throws {
        let cases: [(String, String)] = [
            ("water talks", #""water" "talks""#),
            (#""binding agreement" Nile"#, #""binding agreement" "Nile""#),
            ("coop*", #""coop"*"#),
            ("a\"b", #""a" "b""#),
            ("«التعاون الأمني»", #""التعاون الأمني""#),
            ("NEAR(x y)", #""NEAR(x" "y)""#),
            // A quote with a combining mark is one character, not a quote
            // mark: it stays in the word, doubled as FTS5 requires.
            ("a\"\u{301}b", "\"a\"\"\u{301}b\""),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(try FullTextQuery.plain(input), expected, input)
        }
    }

    func testDoublingQuotesDoublesEveryQuoteMarkAndNothingElse() {
        let cases: [(String, String)] = [
            ("", ""), ("plain", "plain"), (#"a"b"#, #"a""b"#), (#""""#, #""""""#),
            ("\u{201C}curly\u{201D}", "\u{201C}curly\u{201D}"), (#"التعاون "الأمني""#, #"التعاون ""الأمني"""#),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(FullTextQuery.doublingQuotes(input), expected, input)
        }
    }

    func testCountIgnoresLimit() throws {
        XCTAssertEqual(try archive.count(filter(nil) { $0.limit = 1 }), 4)
    }
}
