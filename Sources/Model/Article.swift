/// An article as received, before extraction: its text and what the sender
/// said about it (front matter, JSON fields, the page's metadata or
/// command-line flags). `article.title` and the other fields read through
/// to ``ArticleMetadata``, where they are declared.
@dynamicMemberLookup
public struct Article: Hashable, Sendable {
    public var text: String
    public var metadata: ArticleMetadata

    public init(text: String, metadata: ArticleMetadata = ArticleMetadata()) {
        self.text = text
        self.metadata = metadata
    }

    /// An article from its text and each field of its metadata.
    public init(
        text: String, title: String? = nil, source: String? = nil, url: String? = nil,
        published: StatementDate? = nil, language: Language? = nil
    ) {
        self.init(text: text, metadata: ArticleMetadata(title: title, source: source, url: url, published: published, language: language))
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<ArticleMetadata, Value>) -> Value {
        get { metadata[keyPath: field] }
        set { metadata[keyPath: field] = newValue }
    }
}
