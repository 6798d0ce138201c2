import ArgumentParser

/// `entente-bench`: benchmarks of ingest, search, export and size at archive
/// scale, each beside the same work done by the `sqlite3` shell alone.
@main
struct EntenteBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente-bench",
        abstract: "Benchmark Entente against the raw SQLite floor on a generated corpus.",
        subcommands: [RunCommand.self, GenerateCommand.self, StoreCommand.self, SearchTimingCommand.self, ExtractTimingCommand.self,
            ExtractAllCommand.self],
        defaultSubcommand: RunCommand.self)
}
