import ArgumentParser
import Foundation
import Storage

/// `--db PATH`, shared by every command that uses an archive.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The archive file (default: $ENTENTE_DB, else ./entente.sqlite).", valueName: "path"))
    var db: String?

    var path: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["ENTENTE_DB"], !environment.isEmpty {
            return environment
        }
        return "entente.sqlite"
    }

    func validate() throws {
        if let db, db.isEmpty { throw ValidationError("--db needs a file path") }
    }

    /// Opens the archive for reading: it must exist; nothing is created.
    func openForReading() throws -> Archive {
        try CommandError.wrap { try Archive(path: path, mode: .read) }
    }

    /// Opens the archive for writing, creating and migrating it if needed.
    func openForWriting() throws -> Archive {
        try CommandError.wrap { try Archive(path: path, mode: .write) }
    }
}
