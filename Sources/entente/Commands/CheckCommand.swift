import ArgumentParser
import Foundation
import Storage

/// `entente check`: whether the archive is whole.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the archive is whole: SQLite's integrity, the full-text index, foreign keys, the schema.",
        discussion: "Prints each problem found, then one line: whole (exit 0) or damaged (exit 1). Changes nothing.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
        let path = archive.path
        let (problems, notes) = try CommandError.wrap { try Archive.check(path: path) }
        for line in problems + notes { try Output.line("  " + line) }
        guard problems.isEmpty else {
            throw CommandError("the archive \(path) is damaged (\(problems.count) problem\(problems.count == 1 ? "" : "s") above); restore it from a backup")
        }
        try Output.line("the archive \(path) is whole")
    }
}
