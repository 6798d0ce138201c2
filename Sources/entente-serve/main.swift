import ArgumentParser
import EntenteServer
import Foundation

/// The process behind `entente serve`, which execs it with the same
/// arguments; it may also be run directly.
@main
struct EntenteServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente serve",
        abstract: "Serve the archive read-only as web pages, CSV and JSON, on this machine by default.",
        discussion: """
            Open http://HOST:PORT/ in a browser. Nothing is ever written to the archive. \
            Exit status: 0 after Ctrl-C; 1 the archive cannot be opened, or the host or port cannot be listened on; 64 a usage error.
            """)

    @Option(help: ArgumentHelp("The archive file (default: $ENTENTE_DB, else ./entente.sqlite).", valueName: "path"))
    var db: String?

    @Option(help: "The address to listen on; 127.0.0.1 keeps the archive to this machine.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    func validate() throws {
        if let db, db.isEmpty { throw ValidationError("--db needs a file path") }
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): expected a number from 0 to 65535") }
        guard !host.isEmpty else { throw ValidationError("--host needs an address, such as 127.0.0.1") }
    }

    var archivePath: String {
        if let db { return db }
        if let environment = ProcessInfo.processInfo.environment["ENTENTE_DB"], !environment.isEmpty { return environment }
        return "entente.sqlite"
    }

    func run() async throws {
        var settings = ServerSettings(archivePath: archivePath)
        settings.host = host
        settings.port = port
        do {
            try await ArchiveServer.run(settings: settings)
        } catch {
            FileHandle.standardError.write(Data("entente serve: \(error.localizedDescription)\n".utf8))
            throw ExitCode.failure
        }
    }
}
