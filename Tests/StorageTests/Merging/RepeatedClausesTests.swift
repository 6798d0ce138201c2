import SplitMix64
import XCTest
@testable import Storage

/// Repeated clauses found when reports join a statement: comparing only the
/// joining reports' clauses with the others gives the groups that comparing
/// every pair gives.
final class RepeatedClausesTests: XCTestCase {
    /// Clauses of `articles` articles (ids 1…), of two languages and two
    /// types, whose words come from a vocabulary small enough that many
    /// pairs pass the similarity threshold and groups chain across articles.
    private func clauses(articles: Int, using random: inout SeededRandom) -> [Clause] {
        var clauses: [Clause] = []
        for article in 1...articles {
            let language = random.chance(80) ? "en" : "fr"
            for _ in 0..<random.within(1...4) {
                let words = Set((0..<random.within(3...5)).map { _ in UInt64(random.below(7)) })
                clauses.append(Clause(id: Int64(clauses.count + 1), article: Int64(article), language: language,
                                      type: random.chance(70) ? "pledge" : "call", words: words))
            }
        }
        return clauses
    }

    func testComparingOnlyTheJoiningReportsGivesTheGroupsOfComparingEveryPair() {
        var random = SeededRandom(seed: 12)
        var incremental = 0
        for _ in 0..<400 {
            let count = random.within(2...6)
            let all = clauses(articles: count, using: &random)
            let everyPair = RepeatedClauses.groups(all)
            // The first `kept` articles were grouped before the others joined.
            for kept in 1..<count {
                let before = all.filter { $0.article <= Int64(kept) }
                let joining = Set((kept + 1...count).map { Int64($0) })
                let grouped = RepeatedClauses.groups(before)
                XCTAssertEqual(RepeatedClauses.groups(all, grouped: grouped, joining: joining), everyPair,
                               "\(count) articles, \(kept) grouped before")
                if !grouped.isEmpty, everyPair != grouped { incremental += 1 }
            }
        }
        XCTAssertGreaterThan(incremental, 50, "the cases include groups that joining reports extend")
    }

    func testAJoiningReportsClauseJoinsTheGroupOfTheClauseItRepeats() {
        let words: Set<UInt64> = [1, 2, 3, 4]
        let all = [
            Clause(id: 1, article: 1, language: "en", type: "pledge", words: words),
            Clause(id: 2, article: 2, language: "en", type: "pledge", words: words),
            Clause(id: 3, article: 3, language: "en", type: "pledge", words: words.union([5])),
            Clause(id: 4, article: 3, language: "en", type: "call", words: words),
        ]
        let grouped = RepeatedClauses.groups(Array(all.prefix(2)))
        XCTAssertEqual(grouped, [2: 1])
        XCTAssertEqual(RepeatedClauses.groups(all, grouped: grouped, joining: [3]), [2: 1, 3: 1])
    }
}
