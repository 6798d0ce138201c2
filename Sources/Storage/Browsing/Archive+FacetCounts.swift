import GRDB

extension Archive {
    /// The counts of ``FacetCounts`` for `filter` (its limit and offset are
    /// ignored). One query per distinct filter that the dimensions need:
    /// one when no type, kind, language or date is chosen.
    public func facetCounts(_ filter: CommitmentFilter) throws -> FacetCounts {
        var base = filter
        base.limit = nil
        base.offset = 0
        var groups: [CommitmentFilter: [FacetDimension]] = [:]
        for dimension in FacetDimension.allCases {
            groups[dimension.widening(base), default: []].append(dimension)
        }
        var counts = FacetCounts()
        try read { db in
            do {
                for (filter, dimensions) in groups {
                    let request = try CommitmentSQL(filter, snippets: false, in: db)
                    let sql = "WITH m(id) AS MATERIALIZED (\(request.idSQL))\n"
                        + dimensions.map(\.countSQL).joined(separator: "\nUNION ALL\n")
                    for row in try Row.fetchAll(db, sql: sql, arguments: request.countArguments) {
                        guard let dimension = FacetDimension(rawValue: row[0]) else { continue }
                        counts[keyPath: dimension.counts].append(FacetCount(value: row[1], count: row[2]))
                    }
                }
            } catch let error as DatabaseError where filter.rawQuery && error.isFullTextSyntaxError {
                throw StorageError.badQuery(error.fullTextProblem)
            }
        }
        for dimension in FacetDimension.allCases {
            counts[keyPath: dimension.counts].sort { ($0.count, $1.value) > ($1.count, $0.value) }
        }
        return counts
    }
}

/// One dimension of ``FacetCounts``: which filter it is counted over and
/// how its values are read from the matching commitments `m`.
enum FacetDimension: String, CaseIterable {
    case party, topic, type, kind, language, year

    var counts: WritableKeyPath<FacetCounts, [FacetCount]> {
        switch self {
        case .party: \.parties
        case .topic: \.topics
        case .type: \.types
        case .kind: \.kinds
        case .language: \.languages
        case .year: \.years
        }
    }

    /// The filter this dimension is counted over: `filter` without its own
    /// choice, for the dimensions whose choice replaces the previous one.
    func widening(_ filter: CommitmentFilter) -> CommitmentFilter {
        var wider = filter
        switch self {
        case .party, .topic: break
        case .type: wider.types = []
        case .kind: wider.kinds = []
        case .language: wider.language = nil
        case .year: (wider.since, wider.until) = (nil, nil)
        }
        return wider
    }

    /// `SELECT dimension, value, count` over the matches `m(id)`.
    var countSQL: String {
        let (value, joins): (String, String) = switch self {
        case .party: ("sp.party_code", "JOIN commitment c ON c.id = m.id JOIN statement_party sp ON sp.statement_id = c.statement_id")
        case .topic: ("ct.topic", "JOIN commitment_topic ct ON ct.commitment_id = m.id")
        case .type: ("c.type", "JOIN commitment c ON c.id = m.id")
        case .kind: ("s.kind", "JOIN commitment c ON c.id = m.id JOIN statement s ON s.id = c.statement_id")
        case .language: ("c.language", "JOIN commitment c ON c.id = m.id")
        case .year: ("substr(s.date, 1, 4)", "JOIN commitment c ON c.id = m.id JOIN statement s ON s.id = c.statement_id AND s.date IS NOT NULL")
        }
        return "SELECT * FROM (SELECT '\(rawValue)', \(value), count(*) FROM m \(joins) GROUP BY 2)"
    }
}
