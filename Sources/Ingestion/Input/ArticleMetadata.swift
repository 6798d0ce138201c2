import Model

/// What a sender may say about an article beside its text: from front
/// matter, a JSON line or command-line flags.
public struct ArticleMetadata: Hashable, Sendable {
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: StatementDate?
    public var language: Language?

    public init(
        title: String? = nil, source: String? = nil, url: String? = nil,
        published: StatementDate? = nil, language: Language? = nil
    ) {
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.language = language
    }

    /// These values, with `other`'s wherever `other` has one.
    public func overridden(by other: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(
            title: other.title ?? title, source: other.source ?? source, url: other.url ?? url,
            published: other.published ?? published, language: other.language ?? language)
    }

    /// Parses a publication date given as `YYYY-MM-DD` (Arabic-Indic digits accepted).
    public static func date(_ text: String) throws -> StatementDate {
        let ascii = String(String.UnicodeScalarView(text.trimmingWhitespace.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)!
            case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!
            default: return scalar
            }
        }))
        guard ascii.count == 10, let date = StatementDate(iso: ascii) else { throw IngestionError.badDate(text) }
        return date
    }

    /// Parses a language code (`ar`, `en`, `fr`, case-insensitive).
    public static func language(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text.trimmingWhitespace.lowercased()) else {
            throw IngestionError.badLanguage(text)
        }
        return language
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
