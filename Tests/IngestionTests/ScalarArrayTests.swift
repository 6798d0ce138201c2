@testable import Ingestion
import XCTest

final class ScalarArrayTests: XCTestCase {
    /// Decoding the UTF-8 directly gives the scalars the view gives: one to
    /// four bytes each, small and large strings, decomposed accents kept.
    func testSameScalarsAsTheView() {
        let long = String(repeating: "وأكد الجانبان — Café cafe\u{301} 𝔘 😀 ", count: 40)
        for text in ["", "a", "é", "وأكد", "€", "😀", "cafe\u{301}", "Line\r\nbreak\u{0}", long, String(long.dropFirst(7))] {
            XCTAssertEqual(text.scalarArray, Array(text.unicodeScalars), text)
        }
    }
}
