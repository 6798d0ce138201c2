/// How many commitments each filter value would give, beside a search's
/// results, so that a page can show the count next to each choice.
///
/// Parties and topics are counted over the filter's own matches: choosing
/// one more narrows the results (all chosen must hold). Types, kinds,
/// languages and years are counted over the matches of the filter without
/// its own choice of that dimension, since choosing one replaces that
/// choice. Values with no match are left out; each list is most frequent
/// first, then by value.
public struct FacetCounts: Hashable, Sendable, Codable {
    public var parties: [FacetCount] = []
    public var topics: [FacetCount] = []
    public var types: [FacetCount] = []
    public var kinds: [FacetCount] = []
    public var languages: [FacetCount] = []
    /// Statement years (`YYYY`); undated statements have none.
    public var years: [FacetCount] = []

    public init() {}
}

/// One filter value and how many commitments it would give.
public struct FacetCount: Hashable, Sendable, Codable {
    public var value: String
    public var count: Int

    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}
