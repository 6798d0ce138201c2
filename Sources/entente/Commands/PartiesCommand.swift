import ArgumentParser
import Foundation
import Storage

/// `entente parties`: every party with its counts.
struct PartiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parties",
        abstract: "List the parties in the archive with how many statements they issued or are mentioned in.")

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let archive = try archive.openForReading()
        let parties = try CommandError.wrap { try archive.parties() }
        if json {
            try Output.printJSON(parties)
            return
        }
        var lines = ["code    issued  mentioned  commitments  name"]
        for party in parties {
            let names = [party.nameEnglish, party.nameArabic, party.nameFrench].compactMap { $0 }
            lines.append(party.code.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0) + "  "
                + String(party.issued).leftPadded(6) + "  " + String(party.mentioned).leftPadded(9) + "  "
                + String(party.commitments).leftPadded(11) + "  " + names.joined(separator: " / "))
        }
        try Output.line(lines.joined(separator: "\n"))
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
