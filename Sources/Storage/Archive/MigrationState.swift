import GRDB

/// The migrations applied to an archive, read once, with the two questions
/// every opening asks of them: has a newer Entente migrated it, and has
/// this one finished migrating it.
///
/// `DatabaseMigrator.hasBeenSuperseded(_:)` and `hasCompletedMigrations(_:)`
/// answer the same questions with the same rules, but each reads the table
/// again, through `String.fetchSet`, whose cursor type the Swift runtime
/// resolves on first use by scanning every protocol conformance record of
/// the binary, twice: 2% of a one-word search process.
struct MigrationState {
    /// Identifiers in `grdb_migrations`, registered or not.
    let applied: Set<String>
    /// The migrations this Entente registers, in order.
    let known: [String]

    init(_ db: Database, known: [String]) throws {
        self.known = known
        do {
            var applied = Set<String>()
            let rows = try Row.fetchCursor(db, sql: "SELECT identifier FROM grdb_migrations")
            while let row = try rows.next() { applied.insert(row[0]) }
            self.applied = applied
        } catch {
            // As GRDB does: no table yet means no migration yet.
            guard (try? !db.tableExists("grdb_migrations")) ?? false else { throw error }
            applied = []
        }
    }

    /// Whether the archive names a migration this Entente does not know.
    var isSuperseded: Bool { applied.contains { !known.contains($0) } }

    /// Whether every known migration, in order, has been applied.
    var isComplete: Bool {
        let completed = zip(known.filter(applied.contains), known).prefix { $0 == $1 }.map(\.0)
        return completed.last == known.last
    }
}
