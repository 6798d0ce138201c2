/// Why text is being tokenized, which decides a few rules.
public enum SearchTokenPurpose: Sendable {
    /// Text stored in the index: a leading language marker picks the
    /// Latin-script rules, stopwords are dropped, words are stemmed.
    case document
    /// A search: Latin-script words yield both their English and their French
    /// stem at the same position, so the query meets either kind of document.
    case query
    /// A search whose last word is a prefix (`coop*`): that word is
    /// normalised but not stemmed; the words before it are treated as in
    /// ``query``.
    case prefixQuery
}
