import Foundation
import Model
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
