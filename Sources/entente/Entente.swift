import ArgumentParser
import Foundation

@main
struct Entente: ParsableCommand {
    /// The tool's name, which every subcommand also names as its
    /// "super-command" (see `parseNamedSubcommand`).
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
        var command: ParsableCommand
        if let parsed = parseNamedSubcommand() {
            command = parsed
        } else {
            do {
                command = try parseAsRoot()
            } catch {
                finish(with: error)
            }
        }
        do {
            try command.run()
        } catch {
            finish(with: error)
        }
    }

    /// `entente COMMAND ARGUMENTS...` parsed by COMMAND alone, or nil.
    ///
    /// ArgumentParser's parse from the root builds the tree of every
    /// command, the root's argument set and the named command's three times
    /// (each a walk over its properties by reflection) before parsing:
    /// 0.3–0.5 ms of a 9 ms search. When COMMAND alone accepts the arguments, the
    /// result is the same command with the same values; anything else (help,
    /// a usage error, a completion-script request, a misspelt command) is
    /// left to the parse from the root, so that its output, which names the
    /// whole command (`USAGE: entente search …`), is unchanged.
    ///
    /// Every subcommand names `entente` as its super-command
    /// (`_superCommandName`, which ArgumentParser reads only on the command
    /// a parse starts from) because a parse that starts from a command
    /// without one first tries the arguments as two other commands, to find
    /// a `--generate-completion-script` request: a quarter of the
    /// instructions of a whole `entente search` process, mostly the Swift
    /// runtime searching the binary's protocol conformances for the types
    /// those commands use. Such a request still works: the named command
    /// rejects the unknown option, and the parse from the root answers it.
    static func parseNamedSubcommand() -> ParsableCommand? {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first,
              let subcommand = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
              let parsed = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
              type(of: parsed) == subcommand  // not a help request, which parses as a HelpCommand
        else { return nil }
        return parsed
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
