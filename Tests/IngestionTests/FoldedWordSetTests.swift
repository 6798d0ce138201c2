@testable import Ingestion
import Model
import XCTest

/// The word and mark lists of the look-arounds must answer as the
/// `Set<String>`s they replaced: by canonical equivalence, for words, marks,
/// numbers and places past either end of the document.
final class FoldedWordSetTests: XCTestCase {
    func testWordsAnswerAsStringSets() {
        let words = ["و", "and", "et", "،", "أمن", "é", ""]
        let set = FoldedWordSet(words)
        let strings = Set(words)
        let text = "وأكد الجانبان and ET، أمن e\u{301} 2026 ; — والتعاون"
        for language in [Language.arabic, .english, .french] {
            let document = Document(text: text, language: language)
            for i in -2..<(document.tokens.count + 2) {
                XCTAssertEqual(set.contains(i, in: document), strings.contains(document.folded(i)), "token \(i) in \(language)")
            }
        }
        XCTAssertTrue(set.contains(WordKey("e\u{301}")))
        XCTAssertTrue(set.contains("e\u{301}"))
        XCTAssertFalse(set.contains("ET"))
    }

    func testMarksAnswerAsStringSets() {
        let marks: MarkSet = [",", "،", ";", "«", "—"]
        let strings: Set<String> = [",", "،", ";", "«", "—"]
        // U+037E (Greek question mark) is canonically ";"; the others are not marks of the set.
        let surfaces = [",", "،", ";", "\u{37E}", "«", "—", "–", "-", ",,", "", "a", "و", ";\u{301}", "\u{2001}", "\u{1FEF}", "👍"]
        for surface in surfaces {
            XCTAssertEqual(marks.contains(surface), strings.contains(surface), surface.unicodeScalars.map(\.value).description)
        }
        XCTAssertTrue(marks.contains("\u{37E}"))
    }

    func testArabicStartsAnswersAsHasPrefix() {
        // Plain letters; a shadda, a vowel or a joiner after the prefix (they join its last Character);
        // a madda composed and decomposed; Latin; empty strings; prefixes that are no plain letters.
        let words = ["", "ا", "ال", "الأمن", "الّ", "الّلغة", "ال\u{200C}ب", "ال\u{64E}", "وال", "والتعاون", "للتعاون", "لل",
                     "بالاتفاق", "كالعادة", "فالجانبان", "آل", "ا\u{653}ل", "all", "ال 1", "الx", "و", "وّ", "ؤ"]
        let prefixes: [StaticString] = ["ال", "و", "لل", "بال", "كال", "فال", "وال", "ل", "أ", "x", "ا\u{653}"]
        for word in words {
            for prefix in prefixes {
                XCTAssertEqual(word.arabicStarts(with: prefix), word.hasPrefix(prefix.description), "\(word) \(prefix)")
            }
        }
    }

    func testAffixesOnBytesAnswerAsHasSuffix() {
        let prefixes = ["", "و", "وال", "بال", "ل", "لل", "ف", "وس", "س", "ك", "ا", "ب\u{64E}", "x", "e\u{301}"]
        for prefix in prefixes {
            for letters: StaticString in ["ال", "ب", "ل", "ك", "س"] {
                XCTAssertEqual(prefix.procliticsEnd(with: letters), prefix.hasSuffix(letters.description), "\(prefix) \(letters)")
            }
        }
        let surfaces = ["Agreed", "AGREED", "supported", "soutenu", "salué", "Saluées", "convient", "ed", "d", "", "e\u{301}", "SALUÉ", "x\r\n"]
        let suffixes: [[StaticString]] = [["é", "és", "ée", "ées", "ent", "ed"], ["ed", "s", "ent", "é", "és", "ont"], ["e"], ["er", "ir"]]
        for surface in surfaces {
            for list in suffixes {
                XCTAssertEqual(surface.lowercasedEnds(withAnyOf: list), list.contains { surface.lowercased().hasSuffix($0.description) }, surface)
            }
        }
    }
}
