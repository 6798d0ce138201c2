import Foundation
import Model

/// A `.txt` or `.md` article, or standard input: UTF-8 (or UTF-16 with a
/// byte-order mark) text with optional front matter.
public struct PlainTextFormat: SingleArticleFormat {
    public init() {}

    public var fileExtensions: [String] { ["txt", "md"] }

    public func article(from data: Data, overrides: ArticleMetadata) throws(IngestionError) -> Article {
        do {
            return try ArticleReader.plainText(data, overrides: overrides)
        } catch {
            throw error as? IngestionError ?? .notUTF8
        }
    }
}
