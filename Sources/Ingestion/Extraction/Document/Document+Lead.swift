extension Document {
    /// How many lines, the headline first, `leadLines` holds.
    static let leadLineCount = 4

    /// The tokens of the headline and the lines after it: the first
    /// `leadLineCount` lines that are not boilerplate, where a report names
    /// its statement's sides. A line without a word (a page's date stamp, its
    /// time "21:15") names nobody, and does not push the headline out.
    var leadLines: [Range<Int>] {
        Array(lines.lazy.filter { $0.kind != .boilerplate && self.wordCount(in: $0.tokens) > 0 }
            .prefix(Self.leadLineCount).map(\.tokens))
    }
}
