import Foundation
import Model
import SplitMix64
import XCTest

/// Boilerplate stays in the text but yields nothing, and every commitment's
/// offsets point at its clause in the text as given.
final class CleaningTests: XCTestCase {
    func testBoilerplateYieldsNothing() {
        let text = """
        Share this
        The two sides agreed to expand trade.
        Read more: Pakistan welcomed the decision
        Photo: Reuters
        Lire aussi : La France salue l'accord
        اقرأ أيضا: مصر ترحب بالاتفاق
        شاركها.
        """
        let extraction = TestSupport.extract(text, language: .english)
        XCTAssertEqual(extraction.text, text)
        XCTAssertEqual(extraction.commitments.map(\.text), ["The two sides agreed to expand trade."])
        XCTAssertEqual(extraction.parties, [])
    }

    /// A line that closes on a photo credit in brackets ("[PHOTO/REUTERS]", "(Photo: VNA)",
    /// "(صورة: واس)") is a picture's caption, however long: its people and dates are the
    /// picture's, not the statement's.
    func testACaptionClosingOnAPhotoCreditYieldsNothing() {
        let cases: [(String, UInt)] = [
            ("Chile, Peru to strengthen ties\n\nForeign Minister Ana Ruiz speaks during an interview in Santiago on April 7, 2015. "
             + "Chile needs more help from its allies with intelligence and security measures, Foreign Minister Ana Ruiz told "
             + "reporters on Tuesday. Picture taken April 7, 2015 [PHOTO/REUTERS]\n\n"
             + "Chile and Peru will in the next two weeks hold a joint commission.\n", #line),
            ("تشيلي والبيرو تعززان العلاقات\n\nوزيرة الخارجية آنا رويث تتحدث في سانتياغو يوم 7 أبريل 2015 خلال مقابلة صحفية "
             + "حول الأمن والاستخبارات والتعاون مع الحلفاء (صورة: رويترز)\n\nوستعقد تشيلي والبيرو اللجنة المشتركة خلال أسبوعين.\n", #line),
        ]
        for (text, line) in cases {
            XCTAssertNil(TestSupport.extract(text).statement.date.iso, text, line: line)
        }
    }

    /// A line is boilerplate by its first words, punctuation before them
    /// aside; sharing only the first word of a phrase ("Read more") is not enough.
    func testBoilerplateByFirstWords() {
        let text = """
        Read together, the statements show that the two sides agreed to expand trade.

        (Share this) The two sides agreed to expand trade.

        “Read more” The two sides agreed to open a consulate.
        """
        XCTAssertEqual(TestSupport.extract(text, language: .english).commitments.map(\.text),
                       ["Read together, the statements show that the two sides agreed to expand trade."])
    }

    func testHandWrappedParagraphs() {
        let flowing = "Title of the report\n\nKenya and Ethiopia agreed on Tuesday to open a new border crossing at Moyale and called on donors to fund the road.\n\nRead more: something else"
        let wrapped = "Title of the report\n\nKenya and Ethiopia agreed on Tuesday to open a new border\ncrossing at Moyale and called on donors to fund the road.\n\nRead more: something else"
        let a = TestSupport.extract(flowing).commitments, b = TestSupport.extract(wrapped).commitments
        XCTAssertEqual(a.map(\.type), [.pledge, .call])
        XCTAssertEqual(b.map(\.type), a.map(\.type))
        XCTAssertEqual(b.map(\.text), a.map(\.text))
    }

    func testOffsetsWithMarksAndNBSP() {
        let text = "\u{200F}مقدمة\u{00A0}قصيرة.\n\nوأكد\u{00A0}البلدان\u{200B} دعمهما   للحل السياسي في\u{202B} ليبيا.\n\nThe two\u{00A0}sides agreed to meet 😀 again."
        for language in [Language.arabic, .english] {
            let extraction = TestSupport.extract(text, language: language)
            XCTAssertFalse(extraction.commitments.isEmpty)
            for c in extraction.commitments {
                let slice = TestSupport.scalars(extraction.text, c.start, c.end)
                XCTAssertEqual(TestSupport.foldMarks(slice), c.text)
                XCTAssertFalse(c.text.contains("\u{00A0}"))
                XCTAssertFalse(c.text.unicodeScalars.contains("\u{200B}"))
            }
        }
    }

    func testOffsetsOnEveryArticle() throws {
        for article in try GoldCorpus.all().map(\.article) {
            let extraction = Extractor().extract(article)
            XCTAssertEqual(extraction.text, article.text)
            for c in extraction.commitments {
                XCTAssertEqual(TestSupport.foldMarks(TestSupport.scalars(extraction.text, c.start, c.end)), c.text)
            }
        }
    }
}

import Ingestion

/// Articles arrive cut, garbled or nearly empty; extraction must never trap.
final class RobustnessTests: XCTestCase {
    func testCutArticlesNeverTrap() throws {
        let articles = try GoldCorpus.all().prefix(6).map(\.article)
        XCTAssertFalse(articles.isEmpty)
        var generator = SeededRandom(seed: 7)
        for article in articles {
            let scalars = Array(article.text.unicodeScalars)
            for _ in 0..<6 {
                let cut = generator.below(scalars.count + 1)
                for piece in [scalars[..<cut], scalars[cut...]] {
                    let text = String(String.UnicodeScalarView(piece))
                    let extraction = Extractor().extract(Article(text: text, published: article.published, language: article.language))
                    for c in extraction.commitments {
                        XCTAssertEqual(TestSupport.foldMarks(TestSupport.scalars(text, c.start, c.end)), c.text)
                    }
                }
            }
        }
        for text in ["", " ", "•", "1.", "«", "وأكد", "، و", "He said that", "will", "الـ", "Le ministre a"] {
            _ = Extractor().extract(Article(text: text))
        }
    }
}
