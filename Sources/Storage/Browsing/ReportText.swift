import Model

/// One report of a statement with its full article text and where each of
/// its commitments was read in that text, for a page that shows the
/// evidence.
public struct ReportText: Hashable, Sendable, Codable {
    public var articleID: Int64
    public var language: Language
    public var title: String?
    public var source: String?
    public var published: String?
    public var text: String
    /// The article's commitments in text order.
    public var spans: [CommitmentSpan]

    /// Where one commitment's clause lies in its article's text: offsets in
    /// Unicode scalars, end exclusive.
    public struct CommitmentSpan: Hashable, Sendable, Codable {
        public var commitmentID: Int64
        public var start: Int
        public var end: Int
    }
}
