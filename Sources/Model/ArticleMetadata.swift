/// What a sender may say about an article beside its text: from front
/// matter, a JSON line, a web page's own metadata or command-line flags.
/// The one declaration of an article's fields: ``Article`` holds one, and
/// every reader and option fills one.
public struct ArticleMetadata: Hashable, Sendable {
    public var title: String?
    /// The outlet or agency.
    public var source: String?
    public var url: String?
    /// The publication date, when given. Relative dates ("yesterday") resolve against it.
    public var published: StatementDate?
    /// The language, when given; otherwise detected from the text.
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
}
