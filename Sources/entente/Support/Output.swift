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

    static func print(_ rows: [CommitmentRow], format: OutputFormat) throws {
        switch format {
        case .table:
            var lines: [String] = []
            for row in rows {
                let head = [
                    "#\(row.commitmentID)", row.statementDate ?? "undated",
                    row.issuers.isEmpty ? "-" : row.issuers.joined(separator: ","),
                    row.type + (row.context.map { " (\($0))" } ?? ""),
                    row.topics.isEmpty ? "-" : row.topics.joined(separator: ","),
                    "statement \(row.statementID)",
                ]
                lines.append(head.joined(separator: "  "))
                lines.append("    " + (row.snippet ?? row.text).replacingOccurrences(of: "\n", with: " "))
            }
            Swift.print(lines.joined(separator: "\n"))
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
