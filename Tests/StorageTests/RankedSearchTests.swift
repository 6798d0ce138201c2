import Model
import XCTest
@testable import Storage

/// A search with a limit ranks ids first and builds only the rows it keeps;
/// it must return exactly the first rows of the same search without a limit.
final class RankedSearchTests: XCTestCase {
    func testALimitedSearchIsThePrefixOfTheUnlimitedOne() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let subjects = ["trade", "energy", "water", "trade and energy", "health"]
        var items: [(article: Article, extraction: Extraction)] = []
        for index in 0..<60 {
            let subject = subjects[index % subjects.count]
            // Repeated words give different bm25 scores, equal texts give ties.
            let clause = index % 7 == 0
                ? "The sides agreed to deepen cooperation on \(subject) and more cooperation on \(subject) (\(index / 7))"
                : "The sides agreed to deepen cooperation on \(subject)"
            items.append(Fixtures.extraction(
                "\(clause). Background number \(index).", kind: index % 2 == 0 ? .jointStatement : .readout,
                date: "20\(10 + index % 15)-03-01", issuers: index % 3 == 0 ? ["CN", "PK"] : ["EG", "SD"],
                commitments: [(clause, .pledge, index % 4 == 0 ? [.trade] : [.energy])]))
        }
        _ = try archive.ingest(items)

        let filters: [(String, (inout CommitmentFilter) -> Void)] = [
            ("cooperation", { _ in }),
            ("trade", { _ in }),
            ("coop*", { $0.parties = ["CN"] }),
            ("cooperation", { $0.topics = [.trade] }),
            ("cooperation", { $0.since = StatementDate(iso: "2018"); $0.kinds = [.readout] }),
            ("\"deepen cooperation\"", { $0.language = .english; $0.types = [.pledge] }),
        ]
        for (query, change) in filters {
            var unlimited = CommitmentFilter(query: query)
            change(&unlimited)
            let all = try archive.search(unlimited)
            XCTAssertFalse(all.isEmpty, query)
            for limit in [1, 5, 20, 1_000] {
                var limited = unlimited
                limited.limit = limit
                XCTAssertEqual(try archive.search(limited), Array(all.prefix(limit)), "\(query) limit \(limit)")
                XCTAssertEqual(try archive.count(limited), all.count, "\(query) count")
            }
            XCTAssertTrue(all.allSatisfy { $0.snippet?.contains("[") == true }, "\(query): every row has its snippet")
        }
    }
}
