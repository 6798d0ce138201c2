import Model

/// One article of the synthetic corpus, with the commitments the generator
/// put in it: what a perfect extractor would find.
struct GeneratedArticle {
    let number: Int
    let language: Language
    let title: String
    let source: String
    let published: StatementDate
    let text: String
    let statement: Statement
    let parties: [Party]
    let commitments: [Commitment]
    /// As a file: whether it starts with a front-matter block.
    let hasFrontMatter: Bool
    /// As a JSON line: whether it names its language (otherwise detected).
    let declaresLanguage: Bool

    var url: String { "https://news.example.org/\(source.lowercased())/\(published.year!)/\(number)" }

    /// The generator's own extraction, for storing without the extractor.
    var extraction: Extraction {
        Extraction(
            language: language, statement: statement, parties: parties, persons: [],
            commitments: commitments, text: text, title: title)
    }

    /// The article as `entente ingest` reads it from a file or JSON line.
    var article: Article {
        Article(text: text, title: title, source: source, url: url, published: published, language: language)
    }

    /// One line of a `.jsonl` stream, without its newline. Written by hand so
    /// that the bytes never depend on an encoder's key order or escaping.
    var jsonLine: String {
        var line = "{\"title\":" + Self.quoted(title) + ",\"source\":" + Self.quoted(source)
        line += ",\"url\":" + Self.quoted(url) + ",\"published\":" + Self.quoted(published.iso!)
        if declaresLanguage { line += ",\"language\":" + Self.quoted(language.rawValue) }
        line += ",\"text\":" + Self.quoted(text) + "}"
        return line
    }

    /// The article as a `.txt` file, with or without front matter.
    var fileContents: String {
        guard hasFrontMatter else { return text + "\n" }
        return "---\ntitle: \(title)\nsource: \(source)\nurl: \(url)\npublished: \(published.iso!)\nlanguage: \(language.rawValue)\n---\n"
            + text + "\n"
    }

    /// The article's file name in a corpus folder.
    var fileName: String {
        let digits = String(number)
        return "article-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + "." + language.rawValue + ".txt"
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 8)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
