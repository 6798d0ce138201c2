import XCTest
@testable import TextAnalysis

final class ArabicStemmerTests: XCTestCase {
    private let analyzer = SearchAnalyzer()

    /// The term the index stores for one word (one term, or none for a stopword).
    private func documentTerms(_ word: String) -> Set<String> {
        let tokens = analyzer.analyze(word, language: .arabic)
        XCTAssertLessThanOrEqual(tokens.count, 1, word)
        return Set(tokens.map(\.term))
    }

    /// Whether a search for `query` finds a text made of `text`.
    private func finds(_ query: String, _ text: String) -> Bool {
        !analyzer.queryTerms(query).isDisjoint(with: documentTerms(text))
    }

    private func show(_ word: String) -> String {
        let q = analyzer.queryTerms(word).sorted().joined(separator: "|")
        let d = documentTerms(word).sorted().joined(separator: "|")
        return "\(word) → \(d.isEmpty ? "∅" : d)" + (q == d ? "" : " (query \(q))")
    }

    func testInflectedFormsOfOneWordFindEachOther() {
        var failures: [String] = []
        for (a, b) in ArabicPairTable.mustMeet where !(finds(a, b) && finds(b, a)) {
            failures.append("\(show(a))  ≠  \(show(b))")
        }
        XCTAssertEqual(failures, [], "\(ArabicPairTable.mustMeet.count - failures.count)/\(ArabicPairTable.mustMeet.count) meet")
    }

    func testDifferentWordsWithSimilarLettersDoNotFindEachOther() {
        var failures: [String] = []
        for (a, b) in ArabicPairTable.mustDiffer
        where documentTerms(a).isEmpty || documentTerms(b).isEmpty || finds(a, b) || finds(b, a) {
            failures.append("\(show(a))  =  \(show(b))")
        }
        XCTAssertEqual(failures, [], "\(ArabicPairTable.mustDiffer.count - failures.count)/\(ArabicPairTable.mustDiffer.count) apart")
    }

    func testRealProcliticsLeaveTheSameIndexTerm() {
        let pairs = [("لتطوير", "تطوير"), ("بتنفيذ", "تنفيذ"), ("كشريك", "شريك"), ("لمصر", "مصر"),
                     ("ولتطوير", "تطوير"), ("وبالاتفاق", "اتفاق"), ("وللسلام", "سلام"), ("والتعاون", "تعاون")]
        for (a, b) in pairs {
            XCTAssertEqual(analyzer.analyze(a, language: .arabic).map(\.term),
                           analyzer.analyze(b, language: .arabic).map(\.term), a)
        }
    }

    func testAnUncertainFirstLetterGivesQueriesTwoReadings() {
        XCTAssertEqual(documentTerms("بترول"), ["ترول"])           // ب may be a preposition…
        XCTAssertEqual(documentTerms("البترول"), ["بترول"])         // …but not after the article
        XCTAssertEqual(analyzer.queryTerms("بترول"), ["ترول", "بترول"])
        XCTAssertEqual(analyzer.queryTerms("البترول"), ["بترول", "ترول"])
        XCTAssertEqual(analyzer.queryTerms("لجنة"), ["لجنه"])                // the lexicon settles it
        XCTAssertEqual(analyzer.queryTerms("وبالتعاون"), ["تعاون"])          // the article makes proclitics sure
        XCTAssertEqual(analyzer.queryTerms("البحر"), ["بحر"])                // too short to lose a letter
    }

    func testStemOfNormalisedWords() {
        let table: [(word: String, stem: String)] = [
            ("وبالاتفاق", "اتفاق"), ("اتفاقيات", "اتفاق"), ("الاردنيه", "اردن"), ("لجنه", "لجنه"),
            ("بحر", "بحر"), ("وفد", "وفد"), ("مبادرات", "مبادر"), ("التعاون", "تعاون"),
            ("حكومتها", "حكوم"), ("شءون", "شان"), ("قوات", "قوه"), ("قوة", "قوه"), ("مع", "مع"),
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

    /// The lists are read from their bytes straight into keys; they must
    /// give what splitting them into characters, then words, then keys gave.
    func testWordListsGiveTheKeysOfTheirWordsSplitByCharacters() {
        let texts = ["arabic-stem-exceptions.txt", "arabic-stopwords.txt"].map { EmbeddedFiles.files[$0] ?? "" } + [
            "  كلمة  # comment\r\nأخرى\n\n# only a comment\n\tثالثة\t\u{2028}رابعة\u{85}خامسة\u{0B}سادسة",
            "", "#", "\n\n", "الْأَمْنُ\u{00A0}#x", "word\u{3000}", "no break at the end",
            "استراتيجياتهما\nمن\nفي #في\nعلى\r\nعلي", "أإآؤئ\nى ة\nالمستشفيات الكبرى",
        ]
        for text in texts {
            for strong in [true, false] {
                let expected = Self.wordsByCharacters(text).compactMap { ArabicLexicon.key($0, strong: strong) }
                XCTAssertEqual(ArabicLexicon.keys(in: text, strong: strong), expected, "\(strong) \(text.prefix(40))")
            }
        }
        XCTAssertEqual(ArabicLexicon.keys(in: "استراتيجياتهما\nمن", strong: true).count, 1, "more than ten letters: no key")
    }

    /// A word list's entries as the lists were first read: split into
    /// `Character`s at line breaks, comments cut, white space trimmed.
    static func wordsByCharacters(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            var word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            while let c = word.first, c.isWhitespace { word.removeFirst() }
            while let c = word.last, c.isWhitespace { word.removeLast() }
            return word.isEmpty ? nil : String(word)
        }
    }

    func testEveryLexiconWordFitsAKey() {
        for file in ["arabic-stem-exceptions.txt", "arabic-stopwords.txt"] {
            let text = EmbeddedFiles.files[file]
            XCTAssertNotNil(text, file)
            let words = Self.wordsByCharacters(text ?? "")
            XCTAssertGreaterThan(words.count, 50, file)
            for word in words {
                XCTAssertNotNil(ArabicLexicon.key(word, strong: true), "\(file): \(word) is longer than ten letters")
                XCTAssertFalse(word.contains(" "), "\(file): one word a line: \(word)")
            }
            XCTAssertEqual(Set(words).count, words.count, "\(file) lists a word twice")
        }
    }
}
