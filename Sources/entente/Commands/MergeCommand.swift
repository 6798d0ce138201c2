import ArgumentParser
import Storage

/// `entente merge STATEMENT STATEMENT`: the analyst says two statements are one.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Make two statements one (overrides the automatic grouping; kept across re-ingests).")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "A statement's id.")
    var first: Int64

    @Argument(help: "The other statement's id.")
    var second: Int64

    func run() throws {
        let archive = try archive.openForWriting()
        let merged = try CommandError.wrap { try archive.merge(first, second) }
        // The log folded back: the archive file alone is the whole archive.
        try CommandError.wrap { try archive.close() }
        try Output.line("statements \(first) and \(second) are statement \(merged)")
    }
}
