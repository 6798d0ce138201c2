import ArgumentParser
import Foundation
import Storage

/// `entente backup PATH`: a consistent copy of the archive in one file.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the archive into one self-contained file, consistent even while others read or write it.",
        discussion: "The copy is written beside PATH under a temporary name, synced, then put in place. An existing PATH is kept unless --force.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: ArgumentHelp("The file to write the copy to.", valueName: "path"))
    var destination: String

    @Flag(help: "Replace PATH if it exists.")
    var force = false

    func validate() throws {
        if destination.isEmpty { throw ValidationError("give the file to write the copy to") }
    }

    func run() throws {
        let source = try archive.openForReading()
        try CommandError.wrap { try source.backup(to: destination, replacing: force) }
        Output.error("backed up \(source.path) to \(destination)")
    }
}
