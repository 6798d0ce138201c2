import ArgumentParser
import Foundation

@main
struct Entente: ParsableCommand {
    static let name = "entente"

    static let configuration = CommandConfiguration(
        commandName: name,
        abstract: "An archive of diplomatic statements: ingest news reports, search commitments, export CSV.",
        discussion: """
            Exit status: 0 success; 1 a failure (a bad article, an unreadable or damaged archive, a bad --raw query); \
            64 a usage error (an unknown option, a bad value); 69 'serve' found no entente-serve beside entente; \
            74 the output could not be written.
            """,
        subcommands: [
            IngestCommand.self, SearchCommand.self, ExportCommand.self, ShowCommand.self,
            PartiesCommand.self, StatsCommand.self, CheckCommand.self, BackupCommand.self, ExtractCommand.self, AnalyzeCommand.self,
            MergeCommand.self, SplitCommand.self, ServeCommand.self,
        ])

    /// Runs the command; any error is one line on stderr (no usage dump, no
    /// stack trace) with the exit code ArgumentParser gives it: 64 for usage
    /// errors, 1 for failures, 0 for help.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            finish(with: error)
        }
    }

    private static func finish(with error: Error) -> Never {
        let code = (error as? CommandError).map { ExitCode($0.exitCode) } ?? exitCode(for: error)
        if code == .success {
            // Help and completion scripts: checked like any other output.
            do {
                try Output.line(fullMessage(for: error))
            } catch let failure as CommandError {
                Output.error("entente: \(failure.message)")
                Foundation.exit(failure.exitCode)
            } catch {}
            Foundation.exit(code.rawValue)
        }
        // ArgumentParser may add "Help:" lines after the message: the first line says it.
        let message = message(for: error)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? ""
        if !message.isEmpty {
            Output.error("entente: \(message)")
        }
        Foundation.exit(code.rawValue)
    }
}
