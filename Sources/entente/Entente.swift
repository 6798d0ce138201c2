import ArgumentParser

@main
struct Entente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "An archive of diplomatic statements: ingest news reports, search commitments, export CSV.",
        subcommands: [
            ExtractCommand.self,
        ])
}
