extension Document {
    /// How many lines, the headline first, `leadLines` holds.
    static let leadLineCount = 4

    /// The tokens of the headline and the lines after it: the first
    /// `leadLineCount` lines that are not boilerplate, where a report names
    /// its statement's sides.
    var leadLines: [Range<Int>] {
        Array(lines.lazy.filter { $0.kind != .boilerplate }.prefix(Self.leadLineCount).map(\.tokens))
    }
}
