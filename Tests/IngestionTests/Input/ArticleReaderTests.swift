import Foundation
import Model
import XCTest
@testable import Ingestion

final class ArticleReaderTests: XCTestCase {
    func testFrontMatterGivesMetadataAndFlagsWin() throws {
        let text = "---\ntitle: \"Talks, in full\"\nsource: وكالة الأنباء\nurl: https://example.org/a\npublished: ٢٠٢٦-٠١-٠٥\nlanguage: AR\nextra: ignored\n---\nالنص هنا."
        let article = try ArticleReader.plainText(Data(text.utf8), overrides: ArticleMetadata(source: "Flag"))
        XCTAssertEqual(article.title, "Talks, in full")
        XCTAssertEqual(article.source, "Flag")
        XCTAssertEqual(article.url, "https://example.org/a")
        XCTAssertEqual(article.published, StatementDate(year: 2026, month: 1, day: 5))
        XCTAssertEqual(article.language, .arabic)
        XCTAssertEqual(article.text, "النص هنا.")
    }

    func testTextWithoutFrontMatterIsAllBody() throws {
        let article = try ArticleReader.plainText(Data("Line one\r\nLine two\rLine three".utf8))
        XCTAssertEqual(article.text, "Line one\nLine two\nLine three")
        XCTAssertNil(article.title)
        XCTAssertNil(article.published)
    }

    /// The reader's UTF-8 check accepts exactly what a strict UTF8 decoder
    /// accepts (it once was one): overlong forms, surrogates, values past
    /// U+10FFFF, stray and missing continuation bytes are refused.
    func testUTF8CheckIsStrict() {
        let cases: [[UInt8]] = [
            [0x61], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xEF, 0xBB, 0xBF, 0x61],
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF, 0x61], [0xC3], [0xE2, 0x82],
            [0xF0, 0x9F, 0x98], [0xC3, 0x61], [0xFE], [0xFF], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        ]
        for bytes in cases {
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            var valid = true
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: continue
                case .emptyInput: break decoding
                case .error: valid = false; break decoding
                }
            }
            XCTAssertEqual(String(validatingUTF8Data: Data(bytes)) != nil, valid, "\(bytes)")
            if valid { XCTAssertEqual(String(validatingUTF8Data: Data(bytes)), String(decoding: bytes, as: UTF8.self)) }
        }
    }

    func testBadInputsAreRefusedWithTheirReason() {
        let cases: [(Data, IngestionError)] = [
            (Data([0x61, 0xFF, 0x62]), .notUTF8),
            (Data([0x61, 0x00, 0x62]), .binary),
            (Data(), .empty),
            (Data("---\ntitle: x\n---\n   \n".utf8), .empty),
            (Data("---\npublished: 2026-02-30\n---\nx".utf8), .badFrontMatter(line: 2, reason: "'2026-02-30' is not a date; write it as YYYY-MM-DD")),
            (Data("---\nlanguage: de\n---\nx".utf8), .badFrontMatter(line: 2, reason: "'de' is not a language Entente reads; use ar, en or fr")),
            (Data("---\ntitle x\n---\nx".utf8), .badFrontMatter(line: 2, reason: "expected key: value")),
            (Data("---\ntitle: x\nbody".utf8), .badFrontMatter(line: 1, reason: "the block opened by --- is never closed")),
        ]
        for (data, expected) in cases {
            XCTAssertThrowsError(try ArticleReader.plainText(data)) { error in
                XCTAssertEqual(error as? IngestionError, expected)
            }
        }
    }

    /// What Windows' editors save as "Unicode": UTF-16 with a byte-order mark,
    /// either byte order, read as the same article (it used to "look binary").
    func testUTF16WithAByteOrderMarkIsRead() throws {
        let text = "---\ntitle: Accord\n---\nLe Maroc et la France, l'accord « vert ».\r\nالتعاون"
        for (mark, encoding) in [([UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian)] {
            let data = Data(mark) + text.data(using: encoding)!
            let article = try ArticleReader.plainText(data)
            XCTAssertEqual(article.title, "Accord")
            XCTAssertEqual(article.text, "Le Maroc et la France, l'accord « vert ».\nالتعاون")
        }
    }

    /// Without a byte-order mark UTF-16 is refused by name, not as binary.
    func testUTF16WithoutAByteOrderMarkIsRefusedByName() {
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let data = "The two ministers agreed to meet again in Rabat.".data(using: encoding)!
            XCTAssertThrowsError(try ArticleReader.plainText(data)) { error in
                XCTAssertEqual(error as? IngestionError, .utf16)
            }
        }
        XCTAssertThrowsError(try ArticleReader.plainText(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]))) { error in
            XCTAssertEqual(error as? IngestionError, .binary)
        }
    }

    func testJSONLinesKeepGoodLinesAndNumberBadOnes() throws {
        let data = Data("""
            {"text": "First.", "published": "2025-01-02", "language": "en", "title": "A"}

            not json
            {"title": "no text"}
            {"text": "Second.", "published": "yesterday"}
            {"text": "Third, \\"quoted\\"."}
            """.utf8)
        let entries = try ArticleReader.numberedJSONLines(data)
        XCTAssertEqual(entries.map(\.line), [1, 3, 4, 5, 6])
        XCTAssertEqual(try entries[0].entry.get().title, "A")
        XCTAssertEqual(try entries[0].entry.get().published, StatementDate(year: 2025, month: 1, day: 2))
        XCTAssertThrowsError(try entries[1].entry.get())
        XCTAssertEqual(entries[2].entry.failure, .badJSONLine(line: 4, reason: "no \"text\" field"))
        XCTAssertEqual(entries[3].entry.failure, .badJSONLine(line: 5, reason: "'yesterday' is not a date; write it as YYYY-MM-DD"))
        XCTAssertEqual(try entries[4].entry.get().text, "Third, \"quoted\".")
        XCTAssertEqual(try ArticleReader.jsonLines(data).count, 5)
    }

    /// Lines are cut on bytes: a byte-order mark, CRLF and lone CR line
    /// ends, lines of non-ASCII white space, Arabic text and a final line
    /// end must read as they did when lines were Characters.
    func testJSONLinesOnBytesKeepLineNumbersAndBlankLines() throws {
        let text = "\u{FEFF}{\"text\": \"واتفق الجانبان.\"}\r\n\u{00A0}\u{3000}\r\n \t\r{\"text\": \"Second.\"}\n\n"
            + "{\"text\": \"Third\u{00A0}line.\", \"language\": \"en\"}\n"
        let entries = try ArticleReader.numberedJSONLines(Data(text.utf8))
        XCTAssertEqual(entries.map(\.line), [1, 4, 6])
        XCTAssertEqual(try entries.map { try $0.entry.get().text }, ["واتفق الجانبان.", "Second.", "Third\u{00A0}line."])
        XCTAssertEqual(try ArticleReader.numberedJSONLines(Data("  \n\u{2003}\n".utf8)).count, 0)
    }

    /// Line ends written inside a JSON text (escaped) are normalised too,
    /// in ASCII and non-ASCII texts alike; a text with none is left as it is.
    func testJSONTextLineEndingsAreNormalised() throws {
        let lines = #"{"text": "One.\r\nTwo.\rThree."}"# + "\n" + #"{"text": "اتفق.\r\nرحب."}"# + "\n"
            + #"{"text": "Plain\u00a0text."}"#
        let texts = try ArticleReader.jsonLines(Data(lines.utf8)).map { try $0.get().text }
        XCTAssertEqual(texts, ["One.\nTwo.\nThree.", "اتفق.\nرحب.", "Plain\u{00A0}text."])
        XCTAssertEqual(ArticleReader.normalizingLineEndings("a\r\n\rb"), "a\n\nb")
        XCTAssertEqual(ArticleReader.normalizingLineEndings("sans retour"), "sans retour")
    }
}

extension Result {
    var failure: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}

/// Ingestion's entry point on bytes already in memory, one case per format.
final class ArticleInputTests: XCTestCase {
    func testBytesInMemoryAreReadAsTheirFormatSays() throws {
        let page = "<html lang='fr'><body><nav>Menu</nav><main><p>Les deux pays ont convenu de coopérer.</p></main></body></html>"
        let cases: [(format: any InputFormat, bytes: String, labels: [String], texts: [String?])] = [
            (PlainTextFormat(), "---\ntitle: T\n---\nThe sides agreed.", ["in"], ["The sides agreed."]),
            (JSONLinesFormat(), "{\"text\": \"One.\"}\n\n{\"title\": \"none\"}\n", ["in:1", "in:3"], ["One.", nil]),
            (HTMLFormat(), page, ["in"], ["Les deux pays ont convenu de coopérer."]),
            (StandardInputFormat(), "\n  <!DOCTYPE html>" + page, ["in"], ["Les deux pays ont convenu de coopérer."]),
            (StandardInputFormat(), "<p>Plain text that starts with a tag.</p>", ["in"], ["<p>Plain text that starts with a tag.</p>"]),
        ]
        for item in cases {
            let read = ArticleInput.articles(in: Data(item.bytes.utf8), format: item.format, label: "in")
            XCTAssertEqual(read.map(\.label), item.labels, "\(item.format)")
            XCTAssertEqual(read.map { try? $0.result.get().text }, item.texts, "\(item.format)")
        }
    }

    func testArticlesOverTheLimitAreRefusedWithTheirSize() {
        let text = String(repeating: "The two sides agreed to meet again. ", count: 40_000)
        let read = ArticleInput.articles(in: Data(text.utf8), format: PlainTextFormat(), options: ReadOptions(maxArticleBytes: 1 << 20))
        XCTAssertEqual(read.first?.result.failure, .tooLarge(bytes: text.utf8.count, limit: 1 << 20))
    }

    func testEveryFormatIsFoundByItsExtensionsAndFoldersNameThem() {
        XCTAssertTrue(InputFormats.format(forPath: "a/b.TXT") is PlainTextFormat)
        XCTAssertTrue(InputFormats.format(forPath: "b.md") is PlainTextFormat)
        XCTAssertTrue(InputFormats.format(forPath: "b.jsonl") is JSONLinesFormat)
        XCTAssertTrue(InputFormats.format(forPath: "page.htm") is HTMLFormat)
        XCTAssertTrue(InputFormats.format(forPath: "page.html") is HTMLFormat)
        XCTAssertNil(InputFormats.format(forPath: "notes.pdf"))
        XCTAssertNil(InputFormats.format(forPath: ".html"))
        XCTAssertEqual(InputFormats.patterns, "*.txt, *.md, *.jsonl, *.html or *.htm")
    }
}

/// Paths in, articles out: the entry point `extract` and library users call.
final class ArticleInputPathTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("{\"text\": \"First.\"}\n{\"text\": \"Second.\", \"language\": \"fr\"}\n".utf8).write(to: folder.appendingPathComponent("sub/b.jsonl"))
        try Data("The sides agreed.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("<p>On a page.</p>".utf8).write(to: folder.appendingPathComponent("c.htm"))
        try Data("skipped".utf8).write(to: folder.appendingPathComponent("README.md"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testFoldersAndMissingPathsGiveArticlesAndProblemsInOrder() {
        let missing = folder.appendingPathComponent("missing.txt").path
        let read = ArticleInput.articles([missing, folder.path])
        XCTAssertEqual(read.map { $0.label.replacingOccurrences(of: folder.path, with: "") },
                       ["/missing.txt", "/a.txt", "/c.htm", "/sub/b.jsonl:1", "/sub/b.jsonl:2"])
        XCTAssertEqual(read[0].result.failure, .noSuchPath)
        XCTAssertEqual(read.dropFirst().map { try? $0.result.get().text }, ["The sides agreed.", "On a page.", "First.", "Second."])
    }

    func testOneArticleIsNamedByItsPathOrItsLineInAJSONLinesFile() throws {
        let lines = folder.appendingPathComponent("sub/b.jsonl").path
        XCTAssertEqual(try ArticleInput.one(folder.appendingPathComponent("a.txt").path).text, "The sides agreed.")
        let second = try ArticleInput.one("\(lines)#2", overrides: ArticleMetadata(language: .english))
        XCTAssertEqual(second.text, "Second.")
        XCTAssertEqual(second.language, .english)
        let failures: [(String, IngestionError)] = [
            (lines, .severalArticles(path: lines, count: 2)),
            ("\(lines)#3", .noSuchArticle(path: lines, number: 3, count: 2)),
            (folder.path, .about(folder.path, .folderGiven)),
            ("\(folder.path)/none.txt", .about("\(folder.path)/none.txt", .noSuchFile)),
        ]
        for (name, expected) in failures {
            XCTAssertThrowsError(try ArticleInput.one(name), name) { XCTAssertEqual($0 as? IngestionError, expected, name) }
        }
    }
}
