import Foundation
import Model

/// A saved web page (`.html`, `.htm`): its main text (``MainText``) and
/// what its metadata says (``PageMetadata``), which the command line's
/// flags override. Also reads the page of a JSON line's `"html"` field.
public struct HTMLFormat: SingleArticleFormat {
    public init() {}

    public var fileExtensions: [String] { ["html", "htm"] }

    public func article(from data: Data, overrides: ArticleMetadata) throws(IngestionError) -> Article {
        try Self.article(from: data, encoding: nil, overrides: overrides)
    }

    /// The article of the page in `data`, read in `encoding` when given
    /// (otherwise as the page says).
    public static func article(from data: Data, encoding: String?, overrides: ArticleMetadata) throws(IngestionError) -> Article {
        if ArticleReader.utf16ByteOrder(data) == nil, data.withUnsafeBytes({ ArticleReader.contains(0, in: $0.bindMemory(to: UInt8.self)) }) {
            throw .binary
        }
        guard let page = HTMLParser.parse(data, encoding: encoding) else { throw .empty }
        let (root, paragraphs) = MainText.paragraphs(of: page)
        guard !paragraphs.isEmpty else { throw .noMainText }
        let metadata = PageMetadata.read(page, mainText: root)
        return Article(text: paragraphs.joined(separator: "\n\n"), metadata: metadata.overridden(by: overrides))
    }
}
