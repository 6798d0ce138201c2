import Model

/// How many commitments each filter value would give, beside a search's
/// results, so that a page can show the count next to each choice.
///
/// Parties and topics are counted over the filter's own matches: choosing
/// one more narrows the results (all chosen must hold). Types, kinds,
/// languages and years are counted over the matches of the filter without
/// its own choice of that dimension, since choosing one replaces that
/// choice. Values with no match are left out; each list is most frequent
/// first, then by stored code.
public struct FacetCounts: Hashable, Sendable, Codable {
    public var parties: [FacetCount<PartyCode>] = []
    public var topics: [FacetCount<Topic>] = []
    public var types: [FacetCount<CommitmentType>] = []
    public var kinds: [FacetCount<StatementKind>] = []
    public var languages: [FacetCount<Language>] = []
    /// Statement years (`YYYY`); undated statements have none.
    public var years: [FacetCount<String>] = []

    public init() {}
}

extension FacetCounts {
    /// The counts read as the Model's values, each list most frequent
    /// first, then by stored code.
    init(stored: [FacetDimension: [FacetCount<String>]]) {
        func read<Value: Hashable & Sendable & Codable>(_ dimension: FacetDimension, _ value: (String) -> Value?) -> [FacetCount<Value>] {
            (stored[dimension] ?? [])
                .sorted { ($0.count, $1.value) > ($1.count, $0.value) }
                .compactMap { count in value(count.value).map { FacetCount(value: $0, count: count.count) } }
        }
        self.init()
        parties = read(.party) { PartyCode($0) }
        topics = read(.topic, Topic.init(rawValue:))
        types = read(.type, CommitmentType.init(rawValue:))
        kinds = read(.kind, StatementKind.init(rawValue:))
        languages = read(.language, Language.init(rawValue:))
        years = read(.year) { $0 }
    }
}
