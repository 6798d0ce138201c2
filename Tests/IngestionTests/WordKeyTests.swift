@testable import Ingestion
import XCTest

/// Lexicon keys must keep `String`'s equality (canonical equivalence), which
/// they get by normalising to NFC once instead of on every comparison.
final class WordKeyTests: XCTestCase {
    private let pairs: [(String, String)] = [
        ("é", "e\u{301}"),                 // precomposed and decomposed Latin
        ("أمن", "\u{627}\u{654}من"),       // hamza above alif, precomposed and combining
        ("ا\u{64E}\u{651}", "ا\u{651}\u{64E}"),  // harakat in either order
        ("\u{212B}", "\u{C5}"),            // Angstrom sign, a singleton decomposition
        // Longer than a small (inline) string: keys hash stored bytes the same way.
        (String(repeating: "é", count: 12), String(repeating: "e\u{301}", count: 12)),
        ("أمنالمستثمرينالعرب", "\u{627}\u{654}منالمستثمرينالعرب"),
    ]

    func testKeysAreEqualExactlyWhenStringsAre() {
        for (a, b) in pairs {
            XCTAssertEqual(a, b)
            XCTAssertEqual(WordKey(a), WordKey(b), "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
            XCTAssertEqual(WordKey(a).hashCode, WordKey(b).hashCode)
        }
        XCTAssertNotEqual(WordKey("امن"), WordKey("أمن"))
        XCTAssertNotEqual(WordKey("e"), WordKey("é"))
        XCTAssertEqual(WordKey("تعاون"), WordKey(String("التعاون".dropFirst(2))))
    }

    /// General Punctuation (quotes, dashes, the invisible marks) is read as its own normal
    /// form, but for its two singletons; keys still equal exactly the strings that are equal.
    func testPunctuationKeysAreEqualExactlyWhenStringsAre() {
        let marks = (0x1FF0...0x2100).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        for a in marks {
            for b in marks + [a + "a", "a" + a, a + "\u{301}", "x"] {
                XCTAssertEqual(WordKey(a) == WordKey(b), a == b, "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
            }
        }
        XCTAssertTrue(WordKey("’").isVerbatim)
        XCTAssertTrue(WordKey("l’accord…").isVerbatim)
        XCTAssertFalse(WordKey("\u{2000}").isVerbatim)
        XCTAssertEqual(WordKey("\u{2000}"), WordKey("\u{2002}"))
        XCTAssertEqual(WordKey("\u{2000}").hashCode, WordKey("\u{2002}").hashCode)
    }

    func testTableFindsCanonicalEquivalents() {
        var table = WordTable<[Int]>()
        for (index, (a, _)) in pairs.enumerated() { table.update(WordKey(a), default: []) { $0.append(index) } }
        // Enough words to make the table grow past its first size.
        for n in 0..<100 { table.update(WordKey("w\(n)"), default: []) { $0.append(-n) } }
        table.update(WordKey("é"), default: []) { $0.append(99) }
        for (index, (_, b)) in pairs.enumerated() {
            XCTAssertEqual(table[WordKey(b)]?.first, index, b)
        }
        XCTAssertEqual(table[WordKey("e\u{301}")], [0, 99])
        XCTAssertEqual(table[WordKey("w42")], [-42])
        XCTAssertNil(table[WordKey("w100")])
        XCTAssertNil(table[WordKey("e")])
        let set: WordSet = ["ترحيب", "é"]
        XCTAssertTrue(set.contains(WordKey("e\u{301}")))
        XCTAssertFalse(set.contains(WordKey("ترحيبا")))
    }

    /// A document analyses each distinct spelling once, but a spelling that is
    /// only canonically equal to another keeps its own analysis (folding reads scalars).
    /// Prefix matching skips a head whose hash no key has, so the hash of
    /// ASCII bytes must be the hash of the key made from them.
    func testASCIIHashIsTheKeysHash() {
        // Past 15 bytes, so that heads are small strings and then stored ones.
        let word = Array("chinese-made-in-pakistan".utf8)
        word.withUnsafeBufferPointer { bytes in
            for length in 0...bytes.count {
                let head = String(decoding: bytes[..<length], as: UTF8.self)
                XCTAssertEqual(WordKey.hashCode(ascii: bytes[..<length]), WordKey(head).hashCode, head)
            }
        }
        var table = WordTable<Int>()
        for n in 0..<40 { table.update(WordKey("p\(n)"), default: n) { _ in } }
        XCTAssertTrue(table.containsHash(WordKey("p7").hashCode))
        XCTAssertTrue(table.containsHash(WordKey("p39").hashCode))
        XCTAssertFalse(table.containsHash(WordKey("p40").hashCode))
        XCTAssertFalse(table.containsHash(WordKey("").hashCode))
    }

    func testDocumentSharesAnalysesOfIdenticalSpellingsOnly() {
        let document = Document(text: "Café café cafe\u{301} Café", language: .french)
        let analyses = document.analyses.map { $0! }
        XCTAssertTrue(analyses[0] === analyses[3])
        XCTAssertFalse(analyses[1] === analyses[2])
        XCTAssertEqual(analyses[1].folded, "cafe")
        XCTAssertEqual(analyses[2].folded, "cafe\u{301}")
    }
}
