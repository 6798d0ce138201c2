import ArgumentParser
import Foundation
import Storage

/// `entente stats`: counts by language, kind, year and type.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count statements, articles and commitments by language, kind, year and type.")

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let archive = try archive.openForReading()
        let stats = try CommandError.wrap { try archive.stats() }
        if json {
            try Output.printJSON(stats)
            return
        }
        var lines = [
            "statements   \(stats.statements)",
            "articles     \(stats.articles)",
            "commitments  \(stats.commitments)",
            "parties      \(stats.parties)",
        ]
        func section(_ title: String, _ counts: [ArchiveStats.Count]) {
            lines.append("")
            lines.append(title)
            for count in counts {
                lines.append("  " + count.key.padding(toLength: 18, withPad: " ", startingAt: 0) + String(count.count).leftPadded(8))
            }
        }
        section("articles by language", stats.articlesByLanguage)
        section("statements by kind", stats.statementsByKind)
        section("statements by year", stats.statementsByYear)
        section("commitments by type", stats.commitmentsByType)
        try Output.line(lines.joined(separator: "\n"))
    }
}
