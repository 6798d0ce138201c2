@testable import TextAnalysis
import XCTest

final class SegmenterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Segmenter.sentences(scalars, in: TextSegment(start: 0, end: scalars.count)).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    func testSentences() {
        let cases: [(String, [String])] = [
            ("One. Two.", ["One.", "Two."]),
            ("Version 2.0 is out. Next.", ["Version 2.0 is out.", "Next."]),
            ("The U.S. agreed. Then.", ["The U.S. agreed.", "Then."]),
            ("هل اتفقا؟ نعم.", ["هل اتفقا؟", "نعم."]),
            ("He said “done.” Then left.", ["He said “done.”", "Then left."]),
            // Abbreviations, in any case, and an initial; not a longer word or an accented one.
            ("Mr. Smith and MME. Dupont met. Then.", ["Mr. Smith and MME. Dupont met.", "Then."]),
            ("J. Smith and m. Dupont. Next.", ["J. Smith and m. Dupont.", "Next."]),
            ("The Minister. Nov. 5. Déc. 6.", ["The Minister.", "Nov. 5.", "Déc.", "6."]),
            ("É. Garnier et À. Dupont.", ["É. Garnier et À. Dupont."]),
            // Arabic before the dot: a letter (harakat included) or not, never an abbreviation.
            ("اتفق الجانبان. ثم. وأكّدا. ١٢. Sept. 5 PROF. X", ["اتفق الجانبان.", "ثم.", "وأكّدا.", "١٢.", "Sept. 5 PROF. X"]),
            ("Gov.Etc. art. Arts. st. STS. etc.", ["Gov.Etc. art. Arts.", "st. STS.", "etc."]),
            // A stop glued to the next sentence, as in text copied from a web page; not an initial,
            // an abbreviation or a domain name.
            ("They agreed to talk.In the meeting, he stressed unity.", ["They agreed to talk.", "In the meeting, he stressed unity."]),
            ("The U.S.Navy and e.g.Paris and news.un.org stay.", ["The U.S.Navy and e.g.Paris and news.un.org stay."]),
        ]
        for (text, expected) in cases { XCTAssertEqual(sentences(text), expected, text) }
    }
}

final class TokenizerAndScriptTests: XCTestCase {
    func testTokens() {
        let text = "وأكّدت\u{200F} الصين، l’Union 2.0 ٢٠٢٦"
        let tokens = Tokenizer.tokens(Array(text.unicodeScalars))
        XCTAssertEqual(tokens.map(\.surface), ["وأكّدت", "الصين", "،", "l", "’", "Union", "2", ".", "0", "٢٠٢٦"])
        XCTAssertEqual(tokens.map(\.kind), [.word, .word, .punctuation, .word, .punctuation, .word, .number, .punctuation, .number, .number])
        // Offsets count scalars: the bidi mark after the first word is skipped, not a token.
        XCTAssertEqual(tokens[1].start, 8)
        XCTAssertTrue(tokens[7].attached)
    }

    /// Each token points at the first token spelled with the same scalars; a
    /// word with invisible marks inside is spelled by its own (its surface
    /// drops them), and canonically equal spellings written differently differ.
    func testSpellings() {
        let text = "الصين و الصين، China china China. باك\u{200C}ستان باكستان باك\u{200C}ستان cafe\u{301} café cafe\u{301} ،"
        let (tokens, spellings) = Tokenizer.spelledTokens(Array(text.unicodeScalars))
        XCTAssertEqual(tokens.map(\.surface), Tokenizer.tokens(Array(text.unicodeScalars)).map(\.surface))
        XCTAssertEqual(tokens.map(\.surface), [
            "الصين", "و", "الصين", "،", "China", "china", "China", ".", "باكستان", "باكستان", "باكستان",
            "cafe\u{301}", "café", "cafe\u{301}", "،",
        ])
        XCTAssertEqual(spellings, [0, 1, 0, 3, 4, 5, 4, 7, 8, 9, 10, 11, 12, 11, 3])
        for (i, token) in tokens.enumerated() {
            XCTAssertEqual(Array(token.surface.unicodeScalars), Array(tokens[spellings[i]].surface.unicodeScalars))
        }
    }

    /// `tokens` (no table of spellings, for lexicon phrases) and `spelledTokens`
    /// cut a text the same way: same kinds, offsets, attachment and surfaces.
    func testTokensWithoutSpellingsAreTheSame() {
        let texts = [
            "  \u{200F}الصين و الصين، China.2.0 ٢٠٢٦ باك\u{200C}ستان\u{200C} cafe\u{301} 7th l’Union-Européenne  ",
            "", " ", "\u{200C}", "a", "١٢٣abc٤", "×÷ ÀÿĀžƀɏ ɐ", "«Quote» — “fin” ; 5e\n\nnext\r\nline",
        ]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let plain = Tokenizer.tokens(scalars), spelled = Tokenizer.spelledTokens(scalars).tokens
            XCTAssertEqual(plain, spelled, text)
            XCTAssertEqual(plain.map { Array($0.surface.unicodeScalars) }, spelled.map { Array($0.surface.unicodeScalars) }, text)
        }
    }

    /// A table kept from one text to the next numbers each spelling once: the
    /// same word in a later text keeps its number, a canonically equal word
    /// written differently has its own, and a word with invisible marks inside none.
    func testSpellingNumbersLastFromOneTextToTheNext() {
        let table = SpellingTable()
        let first = Tokenizer.spelledTokens(Array("China café China".unicodeScalars), table: table)
        let second = Tokenizer.spelledTokens(Array("cafe\u{301} China café باك\u{200C}ستان".unicodeScalars), table: table)
        XCTAssertEqual(first.numbers, [0, 1, 0])
        XCTAssertEqual(first.spellings, [0, 1, 0])
        XCTAssertEqual(second.numbers, [2, 0, 1, -1])
        XCTAssertEqual(second.spellings, [0, 1, 2, 3])
        XCTAssertEqual(second.tokens.map { Array($0.surface.unicodeScalars) },
                       ["cafe\u{301}", "China", "café", "باكستان"].map { Array($0.unicodeScalars) })
        XCTAssertEqual(table.count, 3)
    }

    /// A word runs over letters and nonspacing marks: the blocks decided by
    /// value (Latin-1 signs, accented Latin, General Punctuation) answer as
    /// the Unicode properties do, scalar by scalar.
    func testWordScalarsByValueAgreeWithTheProperties() {
        for value in Array(0x80..<0x250) + Array(0x2000..<0x2070) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let expected = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            XCTAssertEqual(Tokenizer.isWordScalar(scalar), expected, String(value, radix: 16))
        }
    }

    func testZeroWidthInsideAWordKeepsItWhole() {
        let tokens = Tokenizer.tokens(Array("باك\u{200C}ستان".unicodeScalars))
        XCTAssertEqual(tokens.count, 1)
        XCTAssertEqual(tokens[0].surface, "باكستان")
    }

    func testBullets() {
        let text = "Title\n  • first item.\n2. second item\n- third\nplain line"
        let lines = Segmenter.lines(Array(text.unicodeScalars))
        XCTAssertEqual(lines.map(\.isBullet), [false, true, true, true, false])
    }

    func testLanguageDetection() {
        let cases: [(String, String)] = [
            ("اتفقت الصين وباكستان على تعميق التعاون (CPEC).", "ar"),
            ("The two sides agreed to deepen cooperation in trade.", "en"),
            ("Les deux parties sont convenues de renforcer la coopération.", "fr"),
            ("« L’accord » — a déclaré le ministre… de l’Union, the end", "fr"),
            // A combining accent makes "le" another word (one Character "é" of two scalars),
            // so only "the" counts: words are read by Character, not by scalar.
            ("le\u{301} le\u{301} le\u{301} the", "en"),
            ("LE LE \u{212A}The", "fr"),
        ]
        for (text, expected) in cases { XCTAssertEqual(LanguageDetector.detect(text), expected, text) }
    }
}

final class ScriptTests: XCTestCase {
    /// `isSpace` answers below U+1680 without the property tables: it must
    /// agree with them there, and above.
    func testIsSpaceIsWhiteSpace() {
        for value in UInt32(0)...0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(Script.isSpace(scalar), scalar.properties.isWhitespace, String(value, radix: 16))
        }
    }
}
