import Foundation
import SplitMix64
import XCTest
@testable import Storage

/// Pairwise precision and recall of the grouping of SampleData's articles
/// into statements against `SampleData/reports/merge-gold.json`, and the
/// same grouping whatever the order and batches of ingest.
final class MergeGoldTests: XCTestCase {
    var corpus: MergeGoldCorpus { MergeGoldCorpus.shared }

    func testPairwisePrecisionAndRecallOnSampleData() throws {
        let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
        let statements = try corpus.ingest(order: Array(corpus.items.indices), batchSize: 256, into: archive)
        let predicted = MergeGoldCorpus.pairs(statements)
        let correct = predicted.intersection(corpus.samePairs).count
        let precision = predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count)
        let recall = corpus.samePairs.isEmpty ? 1 : Double(correct) / Double(corpus.samePairs.count)
        print(String(format: "merge pairs on SampleData: P %.3f R %.3f (%d articles, %d same-statement pairs, %d predicted)",
                     precision, recall, corpus.items.count, corpus.samePairs.count, predicted.count))
        XCTAssertGreaterThanOrEqual(precision, 0.98, "merged but different: \(predicted.subtracting(corpus.samePairs).sorted { $0.lexicographicallyPrecedes($1) })")
        XCTAssertGreaterThanOrEqual(recall, 0.90, "apart but one statement: \(corpus.samePairs.subtracting(predicted).sorted { $0.lexicographicallyPrecedes($1) })")
        for trap in corpus.traps {
            XCTAssertFalse(predicted.contains(Array(trap.prefix(2))), "trap merged: \(trap)")
        }
        // 11 with the seed beside the package, 10 without it.
        XCTAssertGreaterThanOrEqual(corpus.samePairs.count, 10, "the gold's clusters were not all found")
    }

    /// Any order, any batch size: the same statements (as sets of articles).
    func testGroupingDoesNotDependOnOrderOrBatches() throws {
        let forward = Array(corpus.items.indices)
        var generator = SeededRandom(seed: 12)
        var orders: [(order: [Int], batch: Int)] = [(forward, 256), (forward.reversed(), 256), (forward, 1)]
        for batch in [1, 3, 7] { orders.append((forward.shuffled(using: &generator), batch)) }
        var partitions: [Set<Set<String>>] = []
        for (order, batch) in orders {
            let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
            partitions.append(MergeGoldCorpus.partition(try corpus.ingest(order: order, batchSize: batch, into: archive)))
        }
        for (index, partition) in partitions.enumerated().dropFirst() {
            XCTAssertEqual(partition, partitions[0], "order \(index) (batch \(orders[index].batch)) groups differently")
        }
        XCTAssertLessThan(partitions[0].count, corpus.items.count, "nothing was merged")
    }

    /// Every permutation of one cluster and its traps: the same grouping.
    func testEveryPermutationOfAClusterAndItsTrapsGroupsTheSame() throws {
        let ids = ["reports/et-ke-commission-37.wire.en.txt", "reports/et-ke-commission-38.wire.en.txt",
                   "reports/et-ke-commission-38.republished.en.txt", "reports/et-ke-commission-38.edited.en.txt"]
        let indexes = ids.map { id in corpus.items.firstIndex { $0.id == id }! }
        var seen: Set<Set<Set<String>>> = []
        for order in Self.permutations(indexes) {
            let archive = try Archive(path: Fixtures.temporaryPath(), mode: .write)
            seen.insert(MergeGoldCorpus.partition(try corpus.ingest(order: order, batchSize: 1, into: archive)))
        }
        XCTAssertEqual(seen, [[Set([ids[0]]), Set(ids[1...])]])
    }

    static func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[Int]] in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }
}
