import Foundation
import Storage

/// Printing rows and messages. Everything goes out through `write(2)` and
/// is checked: an output that cannot be written (a full disk, a closed
/// descriptor) fails the command with exit code 74 instead of being lost
/// or crashing, as Foundation's `FileHandle.write(_:)` does.
///
/// Text meant for people (tables, `show`, `parties`, `stats`, messages) goes
/// through `TerminalText.safe(_:)`; CSV and JSON keep the stored text exactly.
enum Output {
    /// One line on stderr, made safe for a terminal. A failure to write it
    /// is ignored: there is nowhere left to report it.
    static func error(_ message: String) {
        _ = writeAll(Array((TerminalText.safe(message) + "\n").utf8), to: STDERR_FILENO)
    }

    /// `text` and a line feed on stdout, made safe for a terminal.
    static func line(_ text: String) throws {
        try write(Array((TerminalText.safe(text) + "\n").utf8))
    }

    /// `bytes` on stdout as they are.
    static func write(_ bytes: [UInt8]) throws {
        if let reason = writeAll(bytes, to: STDOUT_FILENO) { throw CommandError.output(reason) }
    }

    /// Writes every byte to `descriptor`; the system's reason when it cannot.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        ByteSink.writeAll(bytes, to: descriptor)
    }

    /// `value` as pretty, key-sorted JSON on stdout.
    static func printJSON<T: Encodable>(_ value: T) throws {
        var bytes = [UInt8](try prettyEncoder.encode(value))
        bytes.append(0x0A)
        try write(bytes)
    }

    static let prettyEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // One key style across every command's JSON, as in the CSV header.
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    /// `text` with each line feed made a space.
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    static func print(_ rows: [CommitmentRow], format: OutputFormat) throws {
        try CommandError.wrap {
            switch format {
            case .table:
                let sink = ByteSink(descriptor: STDOUT_FILENO)
                for row in rows {
                    let head = [
                        "#" + String(row.commitmentID), row.statementDate ?? "undated",
                        row.issuers.isEmpty ? "-" : row.issuers.map(\.rawValue).joined(separator: ","),
                        row.type.rawValue + (row.context.map { " (" + $0.rawValue + ")" } ?? ""),
                        row.topics.isEmpty ? "-" : row.topics.map(\.rawValue).joined(separator: ","),
                        "statement " + String(row.statementID)
                            + (row.reports > 1 ? " (" + String(row.reports) + " reports)" : ""),
                    ]
                    try sink.write(TerminalText.safe(head.joined(separator: "  ")) + "\n    ")
                    try sink.write(TerminalText.safe(Self.oneLine(row.snippet ?? row.text)) + "\n")
                }
                try sink.flush()
            case .csv:
                let sink = ByteSink(descriptor: STDOUT_FILENO)
                let csv = CSVWriter(sink: sink)
                // Export's columns, then the snippet.
                let columns = CommitmentRow.Column.exported + [.snippet]
                try csv.write(row: columns.map(\.rawValue))
                for row in rows { try csv.write(row: columns.map(row.field)) }
                try sink.flush()
            case .json:
                try printJSON(rows)
            case .jsonl:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                var bytes: [UInt8] = []
                for row in rows {
                    bytes += try encoder.encode(row)
                    bytes.append(0x0A)
                }
                try write(bytes)
            }
        }
    }
}
