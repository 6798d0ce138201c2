import ArgumentParser

@main
struct Entente: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "An archive of diplomatic statements: ingest news reports, search commitments, export CSV.",
        subcommands: [
            IngestCommand.self, SearchCommand.self, ExportCommand.self, ShowCommand.self,
            PartiesCommand.self, StatsCommand.self, ExtractCommand.self, AnalyzeCommand.self,
        ])
}
