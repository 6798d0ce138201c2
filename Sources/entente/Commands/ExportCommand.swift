import ArgumentParser
import Foundation
import Storage

/// `entente export`: every matching commitment as CSV, streamed.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export matching commitments as CSV (RFC 4180, UTF-8).",
        discussion: """
            Columns: \(CommitmentRow.csvColumns.joined(separator: ", ")). \
            Lists (issuers, committed_by, topics) are joined with ';'. Rows are streamed: memory stays \
            flat however many match. A cell beginning with =, +, -, @, tab or CR gets a leading \
            apostrophe so spreadsheets show it as text, not a formula (--no-formula-guard keeps cells as they are).
            """)

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only commitments matching these words (same rules as 'search').")
    var query: String?

    @Flag(help: "Pass --query to FTS5 as written.")
    var raw = false

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file, atomically (default, or -: standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "Begin with a UTF-8 byte-order mark, so that Excel shows Arabic and accents.")
    var bom = false

    @Flag(inversion: .prefixedNo, help: "Neutralise cells that a spreadsheet would run as formulas.")
    var formulaGuard = true

    func validate() throws {
        if raw, query == nil { throw ValidationError("--raw needs --query") }
        if let output, output.isEmpty { throw ValidationError("--output needs a file path") }
    }

    func run() throws {
        var filter = try filters.makeFilter(query: query)
        filter.rawQuery = raw
        let archive = try archive.openForReading()
        try CommandError.wrap {
            if let output, output != "-" {
                let count = try AtomicFile.write(to: output) { sink in
                    try archive.exportCSV(filter, to: sink, byteOrderMark: bom, formulaGuard: formulaGuard)
                }
                Output.error("exported \(count) commitment\(count == 1 ? "" : "s") to \(output)")
            } else {
                let sink = ByteSink(descriptor: STDOUT_FILENO)
                try archive.exportCSV(filter, to: sink, byteOrderMark: bom, formulaGuard: formulaGuard)
            }
        }
    }
}
