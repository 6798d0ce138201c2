import SplitMix64
import XCTest

/// The generator must give the published SplitMix64 sequence: the benchmark
/// corpus and the tests' shuffles are only reproducible if it never drifts.
final class SeededRandomTests: XCTestCase {
    func testGivesTheReferenceSequenceOfSplitMix64() {
        let cases: [(seed: UInt64, expected: [UInt64])] = [
            (0, [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F]),
            (1_234_567, [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                         4_593_380_528_125_082_431, 16_408_922_859_458_223_821]),
        ]
        for (seed, expected) in cases {
            var random = SeededRandom(seed: seed)
            XCTAssertEqual(expected.map { _ in random.next() }, expected, "seed \(seed)")
        }
    }

    func testBoundedDrawsAreTheNextValueReducedIntoTheirRange() {
        var reference = SeededRandom(seed: 9)
        var random = SeededRandom(seed: 9)
        for bound in [1, 2, 7, 100, 1_000_003] {
            XCTAssertEqual(random.below(bound), Int(reference.next() % UInt64(bound)), "below(\(bound))")
        }
        for _ in 0..<200 {
            XCTAssert((3...5).contains(random.within(3...5)))
        }
    }

    func testWeightedDrawsFollowTheCumulativeWeights() {
        var random = SeededRandom(seed: 3)
        var seen = [0, 0, 0]
        for _ in 0..<1_000 { seen[random.weighted([10, 10, 100])] += 1 }
        XCTAssertGreaterThan(seen[0], 50, "a tenth of the draws")
        XCTAssertEqual(seen[1], 0, "a zero weight is never drawn")
        XCTAssertGreaterThan(seen[2], 850, "nine tenths of the draws")
    }
}
