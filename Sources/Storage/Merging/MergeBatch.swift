import GRDB

/// What merging changed during one ingest batch, applied when the batch's
/// commitments are written: statements that must be consolidated, and
/// statements that an article bridged into another.
final class MergeBatch {
    /// Absorbed statement → the statement that takes it over (smaller id).
    private(set) var absorbed: [Int64: Int64] = [:]
    /// Statements an article joined.
    private(set) var touched: Set<Int64> = []
    /// The last commitment ordinal given in each statement this batch wrote to.
    private var ordinals: [Int64: Int] = [:]
    private var saved: ([Int64: Int64], Set<Int64>, [Int64: Int])?

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

    /// Before an article that may be rolled back.
    func checkpoint() { saved = (absorbed, touched, ordinals) }
    func rollback() {
        guard let saved else { return }
        (absorbed, touched, ordinals) = saved
    }

    /// Moves absorbed statements into their targets and consolidates every
    /// statement the batch touched. Call once the commitments are written.
    func apply(_ db: Database) throws {
        for old in absorbed.keys.sorted() {
            try StatementRegrouping.absorb(old, into: resolve(old), in: db)
        }
        for id in Set(touched.map(resolve)).sorted() {
            try StatementConsolidation.consolidate(id, in: db)
        }
    }
}
