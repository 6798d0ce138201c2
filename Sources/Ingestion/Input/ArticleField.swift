import Model

/// The fields of ``ArticleMetadata`` as they are written in an input: the
/// key a JSON line, front matter or web page uses, and how its text is
/// read. Readers and the command line's options go through this list, so a
/// new field is added here and in ``ArticleMetadata`` only.
public enum ArticleField: String, CaseIterable, Sendable {
    case title, source, url, published, language

    /// The key in a JSON line and front matter, and the option's name.
    public var key: String { rawValue }

    /// Other keys front matter accepts for the field.
    public var aliases: [String] {
        switch self {
        case .title: []
        case .source: ["outlet"]
        case .url: ["link"]
        case .published: ["date"]
        case .language: ["lang"]
        }
    }

    /// The field named by a front-matter key (any case), if any.
    public init?(key: String) {
        let key = key.lowercased()
        guard let field = Self.allCases.first(where: { $0.key == key || $0.aliases.contains(key) }) else { return nil }
        self = field
    }

    /// What the field holds, for help texts.
    public var help: String {
        switch self {
        case .title: "The article's title"
        case .source: "The outlet or agency"
        case .url: "The article's URL"
        case .published: "The publication date, YYYY-MM-DD"
        case .language: "The language: ar, en or fr"
        }
    }

    /// Sets the field in `metadata` from its written form (trimmed; blank
    /// leaves it unset), or throws why the text is not a value of it.
    public func set(_ text: String, in metadata: inout ArticleMetadata) throws {
        let value = text.trimmingWhitespace
        guard !value.isEmpty else { return }
        switch self {
        case .title: metadata.title = value
        case .source: metadata.source = value
        case .url: metadata.url = value
        case .published: metadata.published = try ArticleMetadata.date(value)
        case .language: metadata.language = try ArticleMetadata.language(value)
        }
    }

    /// Metadata from the written values of any fields, by field.
    public static func metadata(_ values: [ArticleField: String]) throws -> ArticleMetadata {
        var metadata = ArticleMetadata()
        for field in allCases {
            if let value = values[field] { try field.set(value, in: &metadata) }
        }
        return metadata
    }
}

extension ArticleMetadata {
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
