import GRDB

/// What merging changed during one ingest batch, applied when the batch's
/// commitments are written: statements that must be consolidated, and
/// statements that an article bridged into another.
final class MergeBatch {
    /// Absorbed statement → the statement that takes it over (smaller id).
    private(set) var absorbed: [Int64: Int64] = [:]
    /// Statements an article joined.
    private(set) var touched: Set<Int64> = []
    /// The articles that joined each statement (as it was when they joined).
    private var joining: [Int64: Set<Int64>] = [:]
    /// The last commitment ordinal given in each statement this batch wrote to.
    private var ordinals: [Int64: Int] = [:]
    private var saved: ([Int64: Int64], Set<Int64>, [Int64: Int], [Int64: Set<Int64>])?
    /// Fields chosen by ``chooseFields(_:)``, which ``apply(_:)`` writes.
    private var chosen: [Int64: StatementFields] = [:]

    /// The statement that `id` now belongs to.
    func resolve(_ id: Int64) -> Int64 {
        var id = id
        while let next = absorbed[id] { id = next }
        return id
    }

    /// The statement an article linked to `statements` joins: the smallest
    /// id, which takes the others over.
    func join(_ statements: [Int64]) -> Int64 {
        let resolved = Set(statements.map(resolve))
        let target = resolved.min()!
        for other in resolved where other != target { absorbed[other] = target }
        touched.insert(target)
        return target
    }

    /// The first ordinal free in `statementID` for this batch's commitments.
    func nextOrdinal(in statementID: Int64, db: Database) throws -> Int {
        if let last = ordinals[statementID] { return last + 1 }
        let statement = try db.cachedStatement(sql: "SELECT max(ordinal) FROM commitment WHERE statement_id = ?")
        return (try Int.fetchOne(statement, arguments: [statementID]) ?? 0) + 1
    }

    func used(ordinalsThrough last: Int, in statementID: Int64) { ordinals[statementID] = last }

    /// Records that `article` joined `statementID` (what ``join(_:)`` gave).
    func joined(article: Int64, to statementID: Int64) { joining[statementID, default: []].insert(article) }

    /// Before an article that may be rolled back.
    func checkpoint() { saved = (absorbed, touched, ordinals, joining) }
    func rollback() {
        guard let saved else { return }
        (absorbed, touched, ordinals, joining) = saved
    }

    /// Chooses the fields of every statement an article joined, once all
    /// the batch's reports are recorded and before its commitments are
    /// written, so that they reach the full-text index with their
    /// statement's facets (``CommitmentBatch/consolidateFacets(_:)``):
    /// rewritten afterwards, each would be deleted from the index and
    /// indexed again. Statements an article bridged are left to ``apply(_:)``:
    /// their reports come together only when they are moved.
    func chooseFields(_ db: Database) throws -> [Int64: StatementFields] {
        let moving = Set(absorbed.keys.map(resolve))
        for id in Set(touched.map(resolve)).subtracting(moving) where chosen[id] == nil {
            chosen[id] = try StatementConsolidation.fields(of: id, in: db)
        }
        return chosen
    }

    /// Moves absorbed statements into their targets and consolidates every
    /// statement the batch touched. Call once the commitments are written.
    func apply(_ db: Database) throws {
        for old in absorbed.keys.sorted() {
            try StatementRegrouping.absorb(old, into: resolve(old), in: db)
        }
        // A statement that took another over compares every pair of its
        // reports' clauses: the two statements' were never compared.
        let bridged = Set(absorbed.keys.map(resolve))
        var rewrites = FacetRewrites()
        for id in Set(touched.map(resolve)).sorted() {
            try StatementConsolidation.consolidate(
                id, in: db, fields: chosen[id], joining: bridged.contains(id) ? nil : joining[id, default: []], rewritingFacets: &rewrites)
        }
        try rewrites.write(db)
    }
}
