/// One term that the search index stores for a piece of text.
public struct AnalyzedToken: Hashable, Sendable {
    /// The indexed term: normalised and stemmed.
    public let term: String
    /// The text the term comes from, as written (harakat included).
    public let original: String
    /// Where `original` lies in the UTF-8 bytes of the analysed text.
    public let utf8Range: Range<Int>

    public init(term: String, original: String, utf8Range: Range<Int>) {
        self.term = term
        self.original = original
        self.utf8Range = utf8Range
    }
}
