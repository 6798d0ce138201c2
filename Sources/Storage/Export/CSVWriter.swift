/// Writes RFC 4180 CSV: CRLF line ends, fields holding a comma, quote, CR or
/// LF quoted, quotes doubled; UTF-8 throughout.
///
/// Formula guard (on by default): a cell that begins with `=`, `+`, `-`,
/// `@`, tab or CR is prefixed with an apostrophe (`'`), so that Excel,
/// LibreOffice and Google Sheets show it as text instead of running it as a
/// formula (OWASP's advice for CSV injection). The apostrophe is visible in
/// the cell; turn the guard off for data you will not open in a spreadsheet.
public struct CSVWriter {
    let sink: ByteSink
    let formulaGuard: Bool

    public init(sink: ByteSink, formulaGuard: Bool = true) {
        self.sink = sink
        self.formulaGuard = formulaGuard
    }

    /// Writes the UTF-8 byte-order mark that makes Excel read the file as UTF-8.
    public func writeByteOrderMark() throws {
        try sink.write("\u{FEFF}")
    }

    public func write(row fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { try sink.write(byte: UInt8(ascii: ",")) }
            try sink.write(Self.escape(field, formulaGuard: formulaGuard))
        }
        try sink.write("\r\n")
    }

    /// Appends one cell, escaped as `escape` does, from its UTF-8 bytes.
    func appendField(_ bytes: UnsafeRawBufferPointer, to line: inout [UInt8]) {
        guard let initial = bytes.first else { return }
        let guarded = formulaGuard && Self.formulaStarts.contains(initial)
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        if needsQuotes { line.append(UInt8(ascii: "\"")) }
        if guarded { line.append(UInt8(ascii: "'")) }
        guard needsQuotes else { return line.append(contentsOf: bytes) }
        for byte in bytes {
            line.append(byte)
            if byte == UInt8(ascii: "\"") { line.append(byte) }
        }
        line.append(UInt8(ascii: "\""))
    }

    /// `=`, `+`, `-`, `@`, tab and CR: ASCII, so a first byte says it.
    private static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)

    static func escape(_ field: String, formulaGuard: Bool) -> String {
        var value = field
        if formulaGuard, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
