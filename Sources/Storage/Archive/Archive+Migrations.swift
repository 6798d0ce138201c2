import GRDB

extension Archive {
    /// The migrations embedded from `Migrations/*.sql`, applied in file-name
    /// order with the file name as identifier.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        for name in EmbeddedFiles.files.keys.filter({ $0.hasSuffix(".sql") }).sorted() {
            let sql = EmbeddedFiles.files[name]!
            migrator.registerMigration(name) { db in
                try db.execute(sql: sql)
            }
        }
        return migrator
    }()

    /// "ENTE": the `PRAGMA application_id` every Entente archive carries.
    static let applicationID: Int32 = 1_162_761_285
}
