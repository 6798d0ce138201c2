import ArgumentParser
import Foundation
import Storage

/// `entente search QUERY`: matching commitments, best first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search commitments by words, best match first.",
        discussion: """
            The words are plain words: every word must match, "quoted phrases" stay phrases, and a word \
            ending in * is a prefix (تعاو*, coop*). Punctuation and FTS5 operators are read as text. \
            With --raw, the words are passed to SQLite FTS5 as written (AND, OR, NOT, NEAR, ^).
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var filters: FilterOptions

    // Unrecognised words, even ones starting with "-", belong to the query:
    // `entente search water -dam` searches for both words.
    @Argument(parsing: .allUnrecognized, help: "The words to find (quote a phrase: '\"binding agreement\"').")
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    @Flag(help: "Pass QUERY to FTS5 as written.")
    var raw = false

    @Option(help: "Show at most this many commitments.")
    var limit = 20

    @Option(help: "How to print the commitments.")
    var format: OutputFormat = .table

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive number") }
        guard query.contains(where: { !$0.isWhitespace }) else { throw ValidationError("give the words to search for") }
        // A mistyped option would otherwise become a search word.
        if let option = words.first(where: { $0.hasPrefix("--") }) {
            throw ValidationError("unknown option '\(option)'; see 'entente search --help'")
        }
    }

    func run() throws {
        var filter = try filters.makeFilter(query: query)
        filter.rawQuery = raw
        filter.limit = limit
        let archive = try archive.openForReading()
        let rows = try CommandError.wrap { try archive.search(filter) }
        guard !rows.isEmpty else {
            Output.error("no commitment matches \(raw ? query : "'\(query)'")\(filters.isFiltering ? " with these filters" : "")")
            return
        }
        try Output.print(rows, format: format)
    }
}

extension FilterOptions {
    var isFiltering: Bool {
        !(parties.isEmpty && topics.isEmpty && types.isEmpty && kinds.isEmpty) || since != nil || until != nil || language != nil
    }
}
