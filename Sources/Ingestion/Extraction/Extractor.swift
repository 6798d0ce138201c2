import Model

/// Reads one article and returns its statement, parties, persons and
/// commitments. Pure: text in, values out.
public struct Extractor: Sendable {
    public init() {}

    /// The extraction of `article`. `Extraction.text` is the article's full
    /// text (line endings normalised, nothing removed); commitment offsets
    /// count Unicode scalars in it.
    public func extract(_ article: Article) -> Extraction {
        // Placeholder until the extractor lands: no commitments.
        Extraction(
            language: article.language ?? .english, statement: Statement(), parties: [], persons: [],
            commitments: [], text: article.text, title: article.title)
    }
}
