@testable import Ingestion
import Model
import TextAnalysis
import XCTest

/// `Document.cleanText` writes its UTF-8 directly: it must give what keeping
/// the scalars (invisible marks dropped, each run of spaces one space) gives.
final class DocumentCleanTextTests: XCTestCase {
    func testCleanTextKeepsScalarsAndFoldsSpaces() {
        let texts = [
            "The two sides  agreed\u{A0}to expand trade.",
            "  \u{200B}leading spaces\n\nand a blank line\t ",
            "وأكد\u{200F} الجانبان\u{00A0}\u{00A0}على أهمية التعاون.",
            "Le ministre a salué l’accord\u{202F}: « un pas décisif ».",
            "e\u{301}te\u{301} 😀 \u{FEFF}end",
            "",
            "\u{00AD}\u{2060}",
            // Every ASCII space (tab to CR) and the controls beside them, which are kept.
            "a\u{08}b\tc\nd\u{0B}e\u{0C}f\rg\u{0E}h\u{1F} i\u{85}j",
        ]
        for text in texts {
            let document = Document(text: text, language: nil)
            let count = document.scalars.count
            for (start, end) in [(0, count), (0, count / 2), (count / 3, count), (count / 2, count / 2)] {
                XCTAssertEqual(document.cleanText(start, end), Self.reference(document.scalars[start..<end]), "\(text) \(start)..<\(end)")
            }
        }
    }

    /// The scalars kept, then a string made of them.
    private static func reference(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if Script.isInvisible(scalar) { continue }
            if Script.isSpace(scalar) { pendingSpace = true; continue }
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }
}
