import Foundation
import Model

/// A `.jsonl` file: one JSON object per line, its article in `"text"` (or
/// a web page in `"html"`) beside the fields of ``ArticleField``. One bad
/// line fails alone; a bad file (binary, not UTF-8, no article) fails whole,
/// before any of its lines is read as an article.
public struct JSONLinesFormat: InputFormat {
    public init() {}

    public var fileExtensions: [String] { ["jsonl"] }

    public var holdsOneArticle: Bool { false }

    /// The file is streamed: read whole, a 450 MB stream held its bytes, its
    /// text, its lines and every article at once. It is read in chunks that
    /// end at a line break, so memory stays flat: a first pass checks the
    /// whole file, the second reads its lines.
    public func read(_ source: InputSource, options: ReadOptions, _ body: (String, ReadResult) -> Void) {
        guard let path = source.path else {
            // Standard input cannot be read twice: read whole.
            let data = FileHandle.standardInput.readDataToEndOfFile()
            for (label, result) in articles(in: data, label: source.label, options: options) { body(label, result) }
            return
        }
        if let problem = Self.check(path, chunkSize: options.chunkSize) { return body(path, .failure(problem)) }
        var lineOffset = 0
        _ = FileChunks.forEach(path, size: options.chunkSize) { bytes in
            // Checked by the first pass: decoded without a second validation.
            var text = ArticleReader.normalizingLineEndings(String(decoding: bytes, as: UTF8.self))
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            for (line, entry) in ArticleReader.numberedJSONLines(text: text) {
                body("\(path):\(lineOffset + line)", entry)
            }
            lineOffset += FileChunks.lineBreaks(in: bytes)
            return true
        }
    }

    public func articles(in data: Data, label: String, options: ReadOptions) -> [(label: String, result: ReadResult)] {
        do {
            return try ArticleReader.numberedJSONLines(data).map { ("\(label):\($0.line)", $0.entry) }
        } catch {
            return [(label, .failure(error as? IngestionError ?? .notUTF8))]
        }
    }

    /// Its line breaks (one more when the last line has none).
    public func estimatedArticleCount(_ source: InputSource) -> Int {
        guard let path = source.path else { return 1 }
        var lines = 0
        var last: UInt8 = 0x0A
        _ = FileChunks.forEach(path, size: 1 << 20) { bytes in
            lines += FileChunks.lineBreaks(in: bytes)
            last = bytes.last ?? last
            return true
        }
        return lines + (last == 0x0A ? 0 : 1)
    }

    /// Why the file at `path` cannot be read as JSON lines, found on the
    /// whole file (binary, not UTF-8, UTF-16, no article), or nil.
    static func check(_ path: String, chunkSize: Int) -> IngestionError? {
        var problem: IngestionError?
        var sawLine = false
        var first = true
        let readable = FileChunks.forEach(path, size: chunkSize) { bytes in
            // Read a chunk at a time, a UTF-16 file would be cut mid-character:
            // it is refused by name rather than as binary.
            if first, bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
                problem = .utf16
            } else if ArticleReader.contains(0, in: bytes) {
                problem = first && ArticleReader.looksLikeUTF16(Data(buffer: bytes)) ? .utf16 : .binary
            } else if (try? UTF8Span(validating: bytes.span)) == nil {
                // The standard library's validator, which (unlike String(validating:)) makes no copy.
                problem = .notUTF8
            } else if !sawLine {
                sawLine = String(decoding: bytes, as: UTF8.self).contains { !$0.isWhitespace && $0 != "\u{FEFF}" }
            }
            first = false
            return problem == nil
        }
        guard readable else { return .unreadable }
        if let problem { return problem }
        return sawLine ? nil : .empty
    }
}
