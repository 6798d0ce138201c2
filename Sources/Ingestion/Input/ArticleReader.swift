import Foundation
import Model

/// Turns the bytes of an input into articles: plain text with optional front
/// matter (`.txt`, `.md`, stdin), or one JSON object per line (`.jsonl`).
/// Pure: bytes in, values out. The formats in ``InputFormats`` read files with it.
public enum ArticleReader {
    /// One article read from one input, or why that line or file failed.
    public typealias Entry = Result<Article, IngestionError>

    /// Decodes `data` as UTF-8 text, refusing binary and non-UTF-8 input.
    /// Line endings become `\n` and a leading byte-order mark is dropped.
    /// UTF-16 with a byte-order mark (what Windows' editors save as
    /// "Unicode") is read too; UTF-16 without one looks binary.
    public static func text(from data: Data) throws -> String {
        if let byteOrder = utf16ByteOrder(data) {
            guard let text = String(bytes: data.dropFirst(2), encoding: byteOrder) else { throw IngestionError.notUTF8 }
            return normalizingLineEndings(text)
        }
        // On the raw bytes, with memchr: Data's own iterator costs a call per byte, and a loop on bytes ~5 instructions each.
        if data.withUnsafeBytes({ ArticleReader.contains(0, in: $0.bindMemory(to: UInt8.self)) }) {
            throw looksLikeUTF16(data) ? IngestionError.utf16 : IngestionError.binary
        }
        guard var text = String(validatingUTF8Data: data) else { throw IngestionError.notUTF8 }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return normalizingLineEndings(text)
    }

    /// The encoding of `data` when it begins with a UTF-16 byte-order mark.
    public static func utf16ByteOrder(_ data: Data) -> String.Encoding? {
        guard data.count >= 2 else { return nil }
        switch (data[data.startIndex], data[data.startIndex + 1]) {
        case (0xFF, 0xFE): return .utf16LittleEndian
        case (0xFE, 0xFF): return .utf16BigEndian
        default: return nil
        }
    }

    /// Whether bytes holding NULs look like UTF-16 without a byte-order mark:
    /// text in Latin script has a NUL in every other byte, on the same side.
    public static func looksLikeUTF16(_ data: Data) -> Bool {
        let sample = data.prefix(4096)
        guard sample.count >= 8 else { return false }
        var zeros = (even: 0, odd: 0)
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let pairs = sample.count / 2
        return max(zeros.even, zeros.odd) * 10 >= pairs * 7 && min(zeros.even, zeros.odd) * 10 <= pairs
    }

    /// `\r\n` and lone `\r` become `\n`.
    public static func normalizingLineEndings(_ text: String) -> String {
        // A byte scan: Character search is slow here, and "\r\n" is one Character.
        // (On contiguous bytes where the string has them: its UTF8View's iterator is several times slower.)
        let hasCR = text.utf8.withContiguousStorageIfAvailable { contains(0x0D, in: $0) } ?? text.utf8.contains(0x0D)
        guard hasCR else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Whether `bytes` hold `byte`: memchr, which reads a word or more at a
    /// time, where a loop on bytes cost about 5 instructions each (the whole
    /// input is searched for NUL and CR, then each article's text for CR).
    static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// A plain-text article: front matter (if any) gives its metadata, then
    /// `overrides` (command-line flags) win over it.
    public static func plainText(_ data: Data, overrides: ArticleMetadata = .init()) throws -> Article {
        let (metadata, body) = try FrontMatter.split(try text(from: data))
        guard body.contains(where: { !$0.isWhitespace }) else { throw IngestionError.empty }
        return Article(text: body, metadata: metadata.overridden(by: overrides))
    }

    /// A `.jsonl` stream: one entry per non-blank line, so one bad line
    /// fails alone and the others are kept.
    public static func jsonLines(_ data: Data) throws -> [Entry] {
        try numberedJSONLines(data).map(\.entry)
    }

    /// Like `jsonLines`, with each entry's 1-based line number in the file.
    public static func numberedJSONLines(_ data: Data) throws -> [(line: Int, entry: Entry)] {
        numberedJSONLines(text: try text(from: data))
    }

    /// Like `jsonLines`, on text already checked and decoded by ``text(from:)``.
    static func numberedJSONLines(text: String) -> [(line: Int, entry: Entry)] {
        var entries: [(line: Int, entry: Entry)] = []
        func add(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
            entries.append((number, Result { try jsonLine(line, number: number) }
                .mapError { $0 as? IngestionError ?? .badJSONLine(line: number, reason: "\($0)") }))
        }
        // Lines are cut on bytes: splitting the String walked every
        // Character of a megabyte chunk (9% of ingest once extraction got
        // fast). `text` has only `\n` line ends and no byte-order mark.
        var utf8 = text
        utf8.withUTF8 { bytes in
            var start = 0
            var number = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                number += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !isBlank(line) { add(line, number: number) }
                start = end + 1
            }
        }
        return entries
    }

    /// Whether a line holds only white space: ASCII decided on bytes, any
    /// other byte decided as before, on Characters.
    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var ascii = true
        for byte in line {
            if byte >= 0x80 { ascii = false; break }
            if !(byte == 0x20 || (0x09...0x0D).contains(byte)) { return false }
        }
        return ascii || !String(decoding: line, as: UTF8.self).contains(where: { !$0.isWhitespace })
    }

    /// The keys of a JSON line: the article's body, as `"text"` or as a
    /// web page in `"html"`, and each of ``ArticleField``.
    static let bodyKeys = ["text", "html"]

    /// A JSON line's string values by key; other keys are ignored.
    private struct Line: Decodable {
        var values: [String: String] = [:]

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            for key in ArticleReader.bodyKeys + ArticleField.allCases.map(\.key) {
                values[key] = try container.decodeIfPresent(String.self, forKey: Key(stringValue: key))
            }
        }

        struct Key: CodingKey {
            let stringValue: String
            init(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
    }

    static func jsonLine(_ line: UnsafeBufferPointer<UInt8>, number: Int) throws -> Article {
        let decoded: Line
        do {
            decoded = try JSONDecoder().decode(Line.self, from: Data(line))
        } catch {
            throw IngestionError.badJSONLine(line: number, reason: "not a JSON object with a \"text\" string")
        }
        // A page in "html" is read only when there is no "text".
        let page = decoded.values["text"] == nil ? decoded.values["html"] : nil
        var text = ""
        if page == nil {
            guard let raw = decoded.values["text"] else {
                throw IngestionError.badJSONLine(line: number, reason: "no \"text\" field")
            }
            text = normalizingLineEndings(raw)
            guard text.contains(where: { !$0.isWhitespace }) else {
                throw IngestionError.badJSONLine(line: number, reason: "\"text\" is empty")
            }
        }
        do {
            var values: [ArticleField: String] = [:]
            for field in ArticleField.allCases { values[field] = decoded.values[field.key] }
            let given = try ArticleField.metadata(values)
            if let page { return try HTMLFormat.article(from: Data(page.utf8), encoding: "UTF-8", overrides: given) }
            return Article(text: text, metadata: given)
        } catch let error as IngestionError {
            throw IngestionError.badJSONLine(line: number, reason: error.errorDescription ?? "\(error)")
        }
    }
}

extension String {
    /// Strict UTF-8 decoding: nil when any byte sequence is invalid.
    /// (The standard library's validator, which also makes the string: a
    /// UTF8 decoder stepped through an iterator, then a second decoding,
    /// cost about 40 instructions per byte of every input.)
    init?(validatingUTF8Data data: Data) {
        guard let decoded = data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) else {
            return nil
        }
        self = decoded
    }
}
