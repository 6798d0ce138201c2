import Foundation
import Model
import XCTest
@testable import Storage

/// Export writes cells from SQLite's bytes; they must be exactly the cells
/// `CommitmentRow.csvFields` gives through `CSVWriter.write(row:)`.
final class ExportBytesTests: XCTestCase {
    func testExportWritesTheSameBytesAsTheRowPath() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let tricky = [
            "=SUM(A1) they agreed, \"firmly\", to act",
            "-2 percent tariffs\nacross two lines",
            "واتفق الجانبان، على تعزيز التعاون",
            "@everyone welcomed the \r talks",
            "plain clause on trade",
        ]
        var items: [(article: Article, extraction: Extraction)] = []
        for (index, clause) in tricky.enumerated() {
            items.append(Fixtures.extraction(
                "Intro. \(clause). End \(index).", language: index == 2 ? .arabic : .english,
                date: index == 4 ? nil : "2020-0\(index + 1)-01", issuers: index % 2 == 0 ? ["PK", "CN", "AE"] : ["EG"],
                commitments: [(clause, .pledge, index % 2 == 0 ? [.water, .trade, .security] : [])]))
        }
        _ = try archive.ingest(items)

        for (filter, formulaGuard) in [(CommitmentFilter(), true), (CommitmentFilter(), false), (CommitmentFilter(query: "trade"), true)] {
            let expected = try rowPath(archive, filter, formulaGuard: formulaGuard)
            let actual = try export(archive, filter, formulaGuard: formulaGuard)
            XCTAssertEqual(actual, expected)
            XCTAssertFalse(expected.isEmpty)
        }
    }

    private func rowPath(_ archive: Archive, _ filter: CommitmentFilter, formulaGuard: Bool) throws -> String {
        let path = Fixtures.temporaryPath("rows.csv")
        try AtomicFile.write(to: path) { sink in
            let csv = CSVWriter(sink: sink, formulaGuard: formulaGuard)
            try csv.write(row: CommitmentRow.csvColumns)
            for row in try archive.search(filter) { try csv.write(row: row.csvFields) }
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    private func export(_ archive: Archive, _ filter: CommitmentFilter, formulaGuard: Bool) throws -> String {
        let path = Fixtures.temporaryPath("export.csv")
        try AtomicFile.write(to: path) { sink in try archive.exportCSV(filter, to: sink, formulaGuard: formulaGuard) }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
