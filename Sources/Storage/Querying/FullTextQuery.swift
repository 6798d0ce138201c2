/// Turns what a user types into FTS5 query syntax that cannot fail to parse.
///
/// Plain words must all match; "quoted phrases" stay phrases; a word ending
/// in `*` is a prefix. Every other character is data: each word or phrase
/// becomes an FTS5 string (`"…"`, inner quotes doubled), so no operator,
/// column filter or punctuation a user types can cause a syntax error.
enum FullTextQuery {
    /// `text` with every `"` (U+0022, one byte in UTF-8) written twice, as
    /// FTS5 strings escape it, even where a combining mark follows it.
    static func doublingQuotes(_ text: String) -> String {
        guard text.utf8.contains(0x22) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The most words a `--raw` query may hold, operators aside. Each OR'd
    /// word is looked up and ranked on its own, so the time grows with the
    /// words; a hundred is more than any search needs.
    static let maxRawTerms = 100

    /// A `--raw` query as written, once its size is known to be bounded.
    static func raw(_ input: String) throws -> String {
        var terms = 0
        for word in input.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if word != "AND", word != "OR", word != "NOT", word != "NEAR" { terms += 1 }
        }
        guard terms <= maxRawTerms else {
            throw StorageError.tooManyQueryWords(words: terms, limit: maxRawTerms)
        }
        return input
    }

    static func plain(_ input: String) throws -> String {
        var terms: [String] = []
        var current = ""
        var inPhrase = false

        func flush(phrase: Bool) {
            defer { current = "" }
            var word = current
            var prefix = false
            if !phrase, word.hasSuffix("*") {
                while word.hasSuffix("*") { word.removeLast() }
                prefix = true
            }
            // Punctuation alone would match nothing (or everything): drop it.
            guard word.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { return }
            let quoted = "\"" + doublingQuotes(word) + "\""
            terms.append(prefix ? quoted + "*" : quoted)
        }

        for character in input {
            if character == "\"" || character == "“" || character == "”" || character == "«" || character == "»" {
                flush(phrase: inPhrase)
                inPhrase.toggle()
            } else if !inPhrase, character.isWhitespace {
                flush(phrase: false)
            } else {
                current.append(character)
            }
        }
        flush(phrase: inPhrase)
        guard !terms.isEmpty else {
            throw StorageError.emptyQuery(input)
        }
        return terms.joined(separator: " ")
    }
}
