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
        var counts: [FacetDimension: [FacetCount<String>]] = [:]
        try read { db in
            do {
                for (filter, dimensions) in groups {
                    let request = try CommitmentSQL(filter, snippets: false, in: db)
                    let sql = FacetDimension.matches(request.idSQL)
                        + dimensions.map(\.countSQL).joined(separator: "\nUNION ALL\n")
                    for row in try Row.fetchAll(db, sql: sql, arguments: request.countArguments) {
                        guard let dimension = FacetDimension(rawValue: row[0]) else { continue }
                        counts[dimension, default: []].append(FacetCount(value: row[1], count: row[2]))
                    }
                }
            } catch let error as DatabaseError where filter.rawQuery && error.isFullTextSyntaxError {
                throw StorageError.badQuery(error.fullTextProblem)
            }
        }
        return FacetCounts(stored: counts)
    }
}
