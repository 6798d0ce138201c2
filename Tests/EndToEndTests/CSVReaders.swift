import Foundation
import GRDB

/// Parses CSV with Python's `csv` module, a parser Entente did not write.
enum PythonCSV {
    static func parse(_ file: URL) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                json.dump(list(csv.reader(f, strict=True)), sys.stdout, ensure_ascii=False)
            """, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return try JSONDecoder().decode([[String]].self, from: data)
    }
}

/// A small RFC 4180 reader for checks that need no second process.
enum CSVReader {
    static func parse(_ data: Data) throws -> [[String]] {
        let folder = FileManager.default.temporaryDirectory
        let file = folder.appendingPathComponent("entente-\(UUID().uuidString).csv")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try PythonCSV.parse(file)
    }
}

/// What the export should hold, read straight from the archive's tables.
enum ExportExpectation {
    static let header = [
        "commitment_id", "statement_id", "statement_date", "statement_kind", "venue", "issuers", "committed_by",
        "type", "topics", "context", "target", "language", "text", "title", "source", "url", "published",
        "reports", "report_articles", "article_id",
    ]

    static func rows(archive: String) throws -> [[String]] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: archive, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.statement_id, s.date, s.kind, s.venue,
                    (SELECT group_concat(party_code, ';') FROM (SELECT party_code FROM statement_party
                        WHERE statement_id = c.statement_id AND role = 'issuer' ORDER BY party_code)),
                    (SELECT group_concat(party_code, ';') FROM (SELECT party_code FROM commitment_party
                        WHERE commitment_id = c.id ORDER BY party_code)),
                    c.type,
                    (SELECT group_concat(topic, ';') FROM (SELECT topic FROM commitment_topic
                        WHERE commitment_id = c.id ORDER BY topic)),
                    c.context, c.target, c.language, c.text, a.title, a.source, a.url, a.published,
                    1 + (SELECT count(*) FROM commitment_repeat WHERE repeat_of = c.id),
                    (SELECT group_concat(article_id, ';') FROM (SELECT article_id FROM commitment
                        WHERE id = c.id OR id IN (SELECT commitment_id FROM commitment_repeat WHERE repeat_of = c.id)
                        ORDER BY article_id)),
                    c.article_id
                FROM commitment c JOIN statement s ON s.id = c.statement_id JOIN article a ON a.id = c.article_id
                -- A clause repeated by another report is one row, its first.
                WHERE c.id NOT IN (SELECT commitment_id FROM commitment_repeat)
                ORDER BY s.date IS NULL, s.date DESC, c.id
                """).map { row in
                (0..<20).map { index -> String in
                    let value: String
                    switch (row[index] as DatabaseValue).storage {
                    case .null, .blob: value = ""
                    case let .int64(number): value = String(number)
                    case let .double(number): value = String(number)
                    case let .string(text): value = text
                    }
                    guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
                    return "'" + value
                }
            }
        }
    }
}
