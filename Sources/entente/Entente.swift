import ArgumentParser
import Foundation

@main
struct Entente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "An archive of diplomatic statements: ingest news reports, search commitments, export CSV.",
        discussion: """
            Exit status: 0 success; 1 a failure (a bad article, an unreadable archive, a bad --raw query); \
            64 a usage error (an unknown option, a bad value).
            """,
        subcommands: [
            IngestCommand.self, SearchCommand.self, ExportCommand.self, ShowCommand.self,
            PartiesCommand.self, StatsCommand.self, ExtractCommand.self, AnalyzeCommand.self,
        ])

    /// Runs the command; any error is one line on stderr (no usage dump, no
    /// stack trace) with the exit code ArgumentParser gives it: 64 for usage
    /// errors, 1 for failures, 0 for help.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            finish(with: error)
        }
        do {
            try command.run()
        } catch {
            finish(with: error)
        }
    }

    private static func finish(with error: Error) -> Never {
        let code = exitCode(for: error)
        if code == .success {
            print(fullMessage(for: error))
            Foundation.exit(code.rawValue)
        }
        // ArgumentParser may add "Help:" lines after the message: the first line says it.
        let message = message(for: error)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
        if !message.isEmpty {
            FileHandle.standardError.write(Data("entente: \(message)\n".utf8))
        }
        Foundation.exit(code.rawValue)
    }
}
