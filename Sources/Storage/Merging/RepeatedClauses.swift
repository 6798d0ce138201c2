/// Groups of clauses that are one commitment carried by several reports.
///
/// Two clauses are one when they are of one language and type, from
/// different articles, and share `MergeRules.repeatedClauseSimilarity` of
/// their words; a clause matches at most one clause of each other article,
/// its most similar, so that a report's two clauses never fold into one.
/// Groups are the connected components of those matches, each named by its
/// smallest clause id.
enum RepeatedClauses {
    /// Each repeated clause's id → its group's first clause (smallest id).
    ///
    /// Whether two articles' clauses match depends on those two articles
    /// only, so when reports join a statement whose other reports were
    /// grouped already, only the pairs with a joining report are compared:
    /// - Parameter grouped: the groups of the clauses of every article not
    ///   in `joining`, as this function gave them (`commitment_repeat`).
    /// - Parameter joining: the articles whose pairs are compared; nil
    ///   compares every pair (and `grouped` must then be empty).
    static func groups(_ clauses: [Clause], grouped: [Int64: Int64] = [:], joining: Set<Int64>? = nil) -> [Int64: Int64] {
        precondition(joining != nil || grouped.isEmpty, "groups given for a comparison of every pair")
        var parent = grouped
        func root(_ id: Int64) -> Int64 {
            var id = id
            while let up = parent[id], up != id { id = up }
            return id
        }
        let byArticle = Dictionary(grouping: clauses, by: \.article)
        for clause in clauses {
            let clauseJoins = joining?.contains(clause.article) ?? true
            for (article, others) in byArticle where article > clause.article && (clauseJoins || joining!.contains(article)) {
                guard let other = bestMatch(for: clause, among: others) else { continue }
                let (a, b) = (root(clause.id), root(other.id))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var result: [Int64: Int64] = [:]
        for clause in clauses {
            let r = root(clause.id)
            if r != clause.id { result[clause.id] = r }
        }
        return result
    }

    /// The clause of `others` (one article's) that `clause` repeats, if any: the most similar.
    private static func bestMatch(for clause: Clause, among others: [Clause]) -> Clause? {
        var best: (Clause, Double)?
        for other in others where other.language == clause.language && other.type == clause.type {
            let s = clause.similarity(to: other)
            if s >= MergeRules.repeatedClauseSimilarity, s > (best?.1 ?? 0) { best = (other, s) }
        }
        return best?.0
    }
}
