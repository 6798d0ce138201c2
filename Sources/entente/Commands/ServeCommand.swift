import ArgumentParser
import Foundation

/// `entente serve`: runs `entente-serve`, the web server built beside this
/// program, so that the command-line tool builds and runs without the
/// server's dependencies.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        _superCommandName: Entente.name,
        abstract: "Serve the archive read-only in a browser: search, statements, parties, CSV and JSON.",
        discussion: """
            Runs the program entente-serve found beside entente. Exit status: 0 after Ctrl-C; 1 the archive \
            cannot be opened or the port is taken; 64 a usage error; \(Self.missingServerExitCode) entente-serve \
            is missing.
            """)

    /// sysexits' EX_UNAVAILABLE: the server program is not installed.
    static let missingServerExitCode: Int32 = 69

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "The address to listen on; 127.0.0.1 keeps the archive to this machine.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): expected a number from 0 to 65535") }
        guard !host.isEmpty else { throw ValidationError("--host needs an address, such as 127.0.0.1") }
    }

    func run() throws {
        let server = Self.serverPath()
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw CommandError(
                "the server program \(server) is missing; build it beside entente with 'swift build --product entente-serve'",
                exitCode: Self.missingServerExitCode)
        }
        let arguments = [server, "--db", archive.path, "--host", host, "--port", String(port)]
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        throw CommandError("cannot run \(server): \(String(cString: strerror(errno)))")
    }

    /// `entente-serve` in the folder of this program's own executable
    /// (symbolic links resolved, so a link to entente on the PATH works).
    static func serverPath() -> String {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return executable.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("entente-serve").path
    }
}
