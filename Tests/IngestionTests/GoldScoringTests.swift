import Ingestion
import Model
import XCTest

/// Scores the extractor against every gold file with score.py's rules,
/// with floors. Missing gold fails: a test that finds nothing to score
/// proves nothing.
final class GoldScoringTests: XCTestCase {
    private func score(_ cases: [GoldCase]) -> GoldScore {
        var total = GoldScore()
        for goldCase in cases {
            var one = GoldScore()
            let extraction = Extractor().extract(goldCase.article)
            one.add(goldCase, extraction)
            total.add(goldCase, extraction)
            print("\(goldCase.id): \(one.summary)")
            for miss in one.misses { print("  - \(miss)") }
        }
        return total
    }

    func testSeed() throws {
        let files = GoldCorpus.seedFiles
        guard !files.isEmpty else { return XCTFail("no seed gold in \(TestSupport.seedFolder.path)") }
        let total = score(try files.flatMap(GoldCorpus.load))
        print("seed: \(total.summary)")
        XCTAssertGreaterThanOrEqual(total.f1, 0.95, total.summary)
        XCTAssertGreaterThanOrEqual(total.strictF1, 0.9, total.summary)
    }

    func testSampleData() throws {
        let files = GoldCorpus.sampleFiles
        guard !files.isEmpty else {
            return XCTFail("no SampleData gold in \(TestSupport.packageRoot.appendingPathComponent("SampleData/gold").path): merge the samples first")
        }
        let cases = try files.flatMap(GoldCorpus.load)
        XCTAssertTrue(cases.contains { $0.article.language == .english || LanguageDetector.detect($0.article.text) == "en" })
        let total = score(cases)
        print("SampleData: \(total.summary)")
        XCTAssertGreaterThanOrEqual(total.f1, 0.9, total.summary)
        XCTAssertGreaterThanOrEqual(total.strictF1, 0.75, total.summary)
    }

    /// Articles written for these tests (English and French especially), to check the rules beyond the samples.
    func testOwnFixtures() {
        let total = score(Fixtures.cases)
        print("fixtures: \(total.summary)")
        XCTAssertGreaterThanOrEqual(total.f1, 0.85, total.summary)
        XCTAssertGreaterThanOrEqual(total.strictF1, 0.7, total.summary)
    }

    func testScorerNormalisation() {
        XCTAssertEqual(GoldScore.norm("  وأكّد \u{201C}الجانبان\u{201D}\n  دعمهما "), "وأكد الجانبان دعمهما")
        XCTAssertEqual(GoldScore.norm("l’Union « européenne »"), "lUnion européenne")
    }
}

import TextAnalysis
