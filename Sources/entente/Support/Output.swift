import Foundation
import Storage

/// Printing rows and messages.
enum Output {
    /// One line on stderr.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// `value` as pretty, key-sorted JSON on stdout.
    static func printJSON<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try prettyEncoder.encode(value) + Data("\n".utf8))
    }

    static let prettyEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // One key style across every command's JSON, as in the CSV header.
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    /// `text` with each line feed made a space (a line feed is one byte in
    /// UTF-8, never part of another character's bytes).
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        return String(decoding: text.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }

    static func print(_ rows: [CommitmentRow], format: OutputFormat) throws {
        switch format {
        case .table:
            // Straight to standard output as UTF-8: `Swift.print` and
            // Foundation's `replacingOccurrences` each make the Swift runtime
            // look up protocol conformances for the first time, about a tenth
            // of a one-word search process's instructions.
            let sink = ByteSink(descriptor: STDOUT_FILENO)
            for row in rows {
                let head = [
                    "#" + String(row.commitmentID), row.statementDate ?? "undated",
                    row.issuers.isEmpty ? "-" : row.issuers.joined(separator: ","),
                    row.type + (row.context.map { " (" + $0 + ")" } ?? ""),
                    row.topics.isEmpty ? "-" : row.topics.joined(separator: ","),
                    "statement " + String(row.statementID)
                        + (row.reports > 1 ? " (" + String(row.reports) + " reports)" : ""),
                ]
                try sink.write(head.joined(separator: "  ") + "\n    ")
                try sink.write(Self.oneLine(row.snippet ?? row.text) + "\n")
            }
            try sink.flush()
        case .csv:
            let sink = ByteSink(descriptor: STDOUT_FILENO)
            let csv = CSVWriter(sink: sink)
            try csv.write(row: CommitmentRow.csvColumns + ["snippet"])
            for row in rows { try csv.write(row: row.csvFields + [row.snippet ?? ""]) }
            try sink.flush()
        case .json:
            try printJSON(rows)
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var data = Data()
            for row in rows {
                data.append(try encoder.encode(row))
                data.append(0x0A)
            }
            FileHandle.standardOutput.write(data)
        }
    }
}
