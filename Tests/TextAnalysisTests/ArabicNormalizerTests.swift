import XCTest
@testable import TextAnalysis

final class ArabicNormalizerTests: XCTestCase {
    func testNormalizeFoldsSpellingVariantsReadersDoNotNotice() {
        let table: [(input: String, folded: String)] = [
            ("مُحَمَّد", "محمد"),                 // harakat
            ("التَّعَاوُنُ", "التعاون"),
            ("قُرْآنٌ", "قران"),                  // madda alif, tanween
            ("الرحمٰن", "الرحمن"),               // dagger alif
            ("التعـــاون", "التعاون"),           // tatweel
            ("أحمد", "احمد"), ("إسلام", "اسلام"), ("آسيا", "اسيا"), ("ٱلسلام", "السلام"),
            ("مستشفى", "مستشفي"),                // alif maqsura
            ("مدرسة", "مدرسه"),                  // ta marbuta
            ("مسئول", "مسءول"), ("مسؤول", "مسءول"), ("شئون", "شءون"), ("شؤون", "شءون"),
            ("کشور", "كشور"), ("ایران", "ايران"), ("خانۀ", "خانه"), ("ہ", "ه"),    // Persian and Urdu letters
            ("٢٠٢٦", "2026"), ("۲۰۲۶", "2026"), ("عام ١٩٤٥", "عام 1945"),
            ("Beijing 2026", "Beijing 2026"),    // other scripts untouched
        ]
        for (input, folded) in table {
            XCTAssertEqual(ArabicNormalizer.normalize(input), folded, input)
        }
    }

    /// `normalize` rewrites UTF-8 bytes; it must give, byte for byte, every
    /// scalar's `fold` in turn, whatever the script around it.
    func testNormalizeIsEachScalarFolded() {
        let block = String(String.UnicodeScalarView((0x0600...0x06FF).compactMap(Unicode.Scalar.init)))
        let texts = [
            block, "x" + block + "é", "وَقَّعَ الجانبانِ اتفاقيةً ١٢ ۳٤ مسئول", "Beijing 😀 ٢٠٢٦", "",
            "e\u{301}ا\u{654}", String(repeating: "التعاون ", count: 40), "\u{FEFF}ة\u{200C}ى",
        ]
        for text in texts {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.compactMap(ArabicNormalizer.fold)))
            XCTAssertEqual(Array(ArabicNormalizer.normalize(text).utf8), Array(expected.utf8), text)
        }
    }

    func testFoldDropsMarksAndMapsLetters() {
        XCTAssertNil(ArabicNormalizer.fold("\u{064E}"))          // fatha
        XCTAssertNil(ArabicNormalizer.fold("\u{0640}"))          // tatweel
        XCTAssertNil(ArabicNormalizer.fold("\u{0670}"))          // dagger alif
        XCTAssertEqual(ArabicNormalizer.fold("\u{0623}"), "\u{0627}")
        XCTAssertEqual(ArabicNormalizer.fold("\u{06CC}"), "\u{064A}")
        XCTAssertEqual(ArabicNormalizer.fold("\u{0663}"), "3")
        XCTAssertEqual(ArabicNormalizer.fold("é"), "é")
    }

    func testIsArabicLetterExcludesMarksDigitsAndPunctuation() {
        XCTAssertTrue(ArabicNormalizer.isArabicLetter("ب"))
        XCTAssertTrue(ArabicNormalizer.isArabicLetter("ک"))
        XCTAssertFalse(ArabicNormalizer.isArabicLetter("\u{064E}"))
        XCTAssertFalse(ArabicNormalizer.isArabicLetter("٣"))
        XCTAssertFalse(ArabicNormalizer.isArabicLetter("،"))
        XCTAssertFalse(ArabicNormalizer.isArabicLetter("a"))
    }
}
