/// An article as received, before extraction: its text and what the sender
/// said about it (front matter, JSON fields or command-line flags).
public struct Article: Hashable, Sendable {
    public var text: String
    public var title: String?
    public var source: String?
    public var url: String?
    /// The publication date, when given. Relative dates ("yesterday") resolve against it.
    public var published: StatementDate?
    /// The language, when given; otherwise detected from the text.
    public var language: Language?

    public init(
        text: String, title: String? = nil, source: String? = nil, url: String? = nil,
        published: StatementDate? = nil, language: Language? = nil
    ) {
        self.text = text
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.language = language
    }
}
