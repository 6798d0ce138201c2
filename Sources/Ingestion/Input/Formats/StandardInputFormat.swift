import Foundation
import Model

/// Standard input (`-`): a web page when it starts as one (`<!DOCTYPE html`
/// or `<html`, after white space), plain text otherwise.
public struct StandardInputFormat: SingleArticleFormat {
    public init() {}

    /// Standard input has no name to match.
    public var fileExtensions: [String] { [] }

    public func article(from data: Data, overrides: ArticleMetadata) throws(IngestionError) -> Article {
        let format: any SingleArticleFormat = Self.looksLikeHTML(data) ? HTMLFormat() : PlainTextFormat()
        return try format.article(from: data, overrides: overrides)
    }

    static func looksLikeHTML(_ data: Data) -> Bool {
        let start = data.prefix(1024).drop { $0 == 0x20 || (0x09...0x0D).contains($0) }
        let opening = String(decoding: start.prefix(14), as: UTF8.self).lowercased()
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
    }
}
