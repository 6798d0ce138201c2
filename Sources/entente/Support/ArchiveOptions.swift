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
    ///
    /// The archive stays open until the process ends. Closing it would free
    /// GRDB's dispatch queue, and libdispatch starts a worker thread to do
    /// that: about 0.4 ms of CPU in a 5 ms search, just before exit. A
    /// read-only connection has nothing to write back, and the end of the
    /// process releases its file locks as a close would (the archive's files
    /// are left as a close leaves them).
    func openForReading() throws -> Archive {
        let archive = try CommandError.wrap { try Archive(path: path, mode: .read) }
        _ = Unmanaged.passRetained(archive)
        return archive
    }

    /// Opens the archive for writing, creating and migrating it if needed.
    func openForWriting() throws -> Archive {
        try CommandError.wrap { try Archive(path: path, mode: .write) }
    }
}
