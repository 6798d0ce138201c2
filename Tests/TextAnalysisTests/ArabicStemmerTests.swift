import XCTest
@testable import TextAnalysis

final class ArabicStemmerTests: XCTestCase {
    private let analyzer = SearchAnalyzer()

    /// The single term the analyzer indexes for one word.
    private func term(_ word: String) -> String? {
        let tokens = analyzer.analyze(word, language: .arabic)
        return tokens.count == 1 ? tokens[0].term : nil
    }

    func testInflectedFormsOfOneWordMeetOnOneTerm() {
        var failures: [String] = []
        for (a, b) in ArabicPairTable.mustMeet {
            let ta = term(a), tb = term(b)
            if ta == nil || ta != tb { failures.append("\(a) → \(ta ?? "∅")  ≠  \(b) → \(tb ?? "∅")") }
        }
        XCTAssertEqual(failures, [], "\(ArabicPairTable.mustMeet.count - failures.count)/\(ArabicPairTable.mustMeet.count) meet")
    }

    func testDifferentWordsWithSimilarLettersStayApart() {
        var failures: [String] = []
        for (a, b) in ArabicPairTable.mustDiffer {
            let ta = term(a), tb = term(b)
            if ta == nil || tb == nil || ta == tb { failures.append("\(a) → \(ta ?? "∅")  =  \(b) → \(tb ?? "∅")") }
        }
        XCTAssertEqual(failures, [], "\(ArabicPairTable.mustDiffer.count - failures.count)/\(ArabicPairTable.mustDiffer.count) apart")
    }

    func testStemOfNormalisedWords() {
        let table: [(word: String, stem: String)] = [
            ("وبالاتفاق", "اتفاق"), ("اتفاقيات", "اتفاق"), ("الاردنيه", "اردن"), ("لجنه", "لجنه"),
            ("بحر", "بحر"), ("وفد", "وفد"), ("مبادرات", "مبادر"), ("التعاون", "تعاون"),
            ("حكومتها", "حكوم"), ("شءون", "شءون"), ("قوات", "قوه"), ("قوة", "قوه"), ("مع", "مع"),
        ]
        for (word, stem) in table {
            XCTAssertEqual(ArabicStemmer.stem(word), stem, word)
        }
    }

    func testStemAcceptsUnfoldedSpellingAndFoldsItsOutput() {
        XCTAssertEqual(ArabicStemmer.stem("الإلغاء"), "الغاء")
        XCTAssertEqual(ArabicStemmer.stem("إلغاء"), "الغاء")
        XCTAssertEqual(ArabicStemmer.stem("مستوى"), ArabicStemmer.stem("مستويات"))
        XCTAssertEqual(ArabicStemmer.stem("السَّلَامُ"), "سلام")
    }

    func testEveryLexiconWordFitsAKey() {
        for file in ["arabic-stem-exceptions.txt", "arabic-stopwords.txt"] {
            let text = EmbeddedFiles.files[file]
            XCTAssertNotNil(text, file)
            let words = ArabicLexicon.words(in: text ?? "")
            XCTAssertGreaterThan(words.count, 50, file)
            for word in words {
                XCTAssertNotNil(ArabicLexicon.key(word, strong: true), "\(file): \(word) is longer than ten letters")
                XCTAssertFalse(word.contains(" "), "\(file): one word a line: \(word)")
            }
        }
    }
}
