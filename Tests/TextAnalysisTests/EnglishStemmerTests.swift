import XCTest
@testable import TextAnalysis

final class EnglishStemmerTests: XCTestCase {
    func testPorterStemsMatchTheAlgorithm() {
        // Expected stems follow Porter's published rules step by step.
        let table: [(word: String, stem: String)] = [
            ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("feed", "feed"),
            ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"),
            ("conflated", "conflat"), ("hopping", "hop"), ("falling", "fall"), ("filing", "file"),
            ("happy", "happi"), ("relational", "relat"), ("conditional", "condit"), ("digitizer", "digit"),
            ("operator", "oper"), ("triplicate", "triplic"), ("hopeful", "hope"), ("goodness", "good"),
            ("revival", "reviv"), ("allowance", "allow"), ("adjustment", "adjust"), ("adoption", "adopt"),
            ("controll", "control"), ("roll", "roll"), ("generalization", "gener"),
            ("cooperation", "cooper"), ("cooperate", "cooper"), ("cooperative", "cooper"),
            ("agreements", "agreement"), ("agreement", "agreement"), ("strategic", "strateg"),
            ("investments", "invest"), ("terrorism", "terror"), ("is", "is"),
        ]
        for (word, stem) in table {
            XCTAssertEqual(EnglishStemmer.stem(word), stem, word)
        }
    }

    func testRelatedWordsMeet() {
        let groups: [[String]] = [
            ["cooperation", "cooperate", "cooperated", "cooperating"],
            ["agreement", "agreements"],
            ["negotiation", "negotiations", "negotiate"],
            ["partner", "partners"],
            ["investment", "investments"],
        ]
        for group in groups {
            XCTAssertEqual(Set(group.map(EnglishStemmer.stem)).count, 1, "\(group)")
        }
    }
}
