import ArgumentParser
import Storage

/// `entente split ARTICLE`: the analyst says an article reports a statement of its own.
struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Take an article out of its statement into one of its own (kept across re-ingests).")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The article's id (as show lists it).")
    var article: Int64

    func run() throws {
        let archive = try archive.openForWriting()
        let statement = try CommandError.wrap { try archive.split(article: article) }
        // The log folded back: the archive file alone is the whole archive.
        try CommandError.wrap { try archive.close() }
        try Output.line("article \(article) is statement \(statement)")
    }
}
