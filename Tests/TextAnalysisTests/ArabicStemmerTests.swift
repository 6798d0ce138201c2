import XCTest
@testable import TextAnalysis

final class ArabicStemmerTests: XCTestCase {
    private let analyzer = SearchAnalyzer()

    /// The terms the analyzer indexes for one word: one, or two at the same
    /// position when its first letter may be a proclitic or a root letter.
    private func terms(_ word: String) -> Set<String> {
        let tokens = analyzer.analyze(word, language: .arabic)
        XCTAssertTrue(tokens.allSatisfy { $0.utf8Range == tokens.first?.utf8Range }, word)
        return Set(tokens.map(\.term))
    }

    /// Two words meet when a query for one finds the other: they share a term.
    private func meet(_ a: Set<String>, _ b: Set<String>) -> Bool {
        !a.isDisjoint(with: b)
    }

    private func show(_ terms: Set<String>) -> String {
        terms.isEmpty ? "∅" : terms.sorted().joined(separator: "|")
    }

    func testInflectedFormsOfOneWordMeetOnOneTerm() {
        var failures: [String] = []
        for (a, b) in ArabicPairTable.mustMeet {
            let ta = terms(a), tb = terms(b)
            if !meet(ta, tb) { failures.append("\(a) → \(show(ta))  ≠  \(b) → \(show(tb))") }
        }
        XCTAssertEqual(failures, [], "\(ArabicPairTable.mustMeet.count - failures.count)/\(ArabicPairTable.mustMeet.count) meet")
    }

    func testDifferentWordsWithSimilarLettersStayApart() {
        var failures: [String] = []
        for (a, b) in ArabicPairTable.mustDiffer {
            let ta = terms(a), tb = terms(b)
            if ta.isEmpty || tb.isEmpty || meet(ta, tb) { failures.append("\(a) → \(show(ta))  =  \(b) → \(show(tb))") }
        }
        XCTAssertEqual(failures, [], "\(ArabicPairTable.mustDiffer.count - failures.count)/\(ArabicPairTable.mustDiffer.count) apart")
    }

    func testAnUncertainFirstLetterGivesTwoReadingsAndASureOneGivesOne() {
        XCTAssertEqual(terms("بترول"), ["ترول", "بترول"])       // ب may be a preposition or a root letter
        XCTAssertEqual(terms("البترول"), ["بترول"])             // after the article it is a root letter
        XCTAssertEqual(terms("لجنة"), ["لجنه"])                 // the lexicon knows it
        XCTAssertEqual(terms("وبالتعاون"), ["تعاون"])           // the article makes the proclitics sure
        XCTAssertEqual(terms("ولتطوير"), ["تطوير", "لتطوير"])
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
            XCTAssertEqual(Set(words).count, words.count, "\(file) lists a word twice")
        }
    }
}
