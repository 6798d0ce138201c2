import Foundation

/// Why an input could not become an article. Each case reads as one line a
/// user can act on.
public enum IngestionError: Error, LocalizedError, Equatable, Sendable {
    case notUTF8
    case binary
    case utf16
    case empty
    case badFrontMatter(line: Int, reason: String)
    case badDate(String)
    case badLanguage(String)
    case badJSONLine(line: Int, reason: String)
    /// An article of `bytes` over the limit of `limit` bytes.
    case tooLarge(bytes: Int, limit: Int)
    /// A file that exists but cannot be opened or read.
    case unreadable
    /// A file or folder that could not be opened, with the system's reason.
    case cannotOpen(reason: String)
    case noSuchPath
    case noSuchFile
    case folderGiven
    case emptyFolder(patterns: String)
    case unreadableFolder(reason: String)
    case folderSearchedTwice
    /// Text in a language Entente does not read, named as detected.
    case unreadableLanguage(String)
    /// `NAME.jsonl` named alone while it holds several articles.
    case severalArticles(path: String, count: Int)
    case noSuchArticle(path: String, number: Int, count: Int)
    /// A page whose main text could not be found.
    case noMainText
    /// An error about the input named `label` (a path, or `path:line`).
    indirect case about(String, IngestionError)

    public var errorDescription: String? {
        switch self {
        case .notUTF8:
            return "the text is not UTF-8; convert it first (for example with iconv -t UTF-8)"
        case .utf16:
            return "the text is UTF-16; convert it to UTF-8 first (for example with iconv -f UTF-16 -t UTF-8)"
        case .binary:
            return "the file looks binary (it holds NUL bytes), not an article in plain text"
        case .empty:
            return "the article is empty: there is no text to extract from"
        case let .badFrontMatter(line, reason):
            return "front matter line \(line): \(reason)"
        case let .badDate(text):
            return "'\(text)' is not a date; write it as YYYY-MM-DD"
        case let .badLanguage(text):
            return "'\(text)' is not a language Entente reads; use ar, en or fr"
        case let .badJSONLine(line, reason):
            return "line \(line): \(reason)"
        case let .tooLarge(bytes, limit):
            let megabytes = (bytes + (1 << 20) - 1) >> 20
            return "the article is \(megabytes) MB, over the limit of \(limit >> 20) MB per article; give --max-article-size \(megabytes) to ingest it"
        case .unreadable:
            return "cannot be read (check its permissions)"
        case let .cannotOpen(reason):
            return "cannot be read (\(reason))"
        case .noSuchPath:
            return "no such file or folder"
        case .noSuchFile:
            return "no such file"
        case .folderGiven:
            return "is a folder; give a file"
        case let .emptyFolder(patterns):
            return "the folder holds no article (\(patterns))"
        case let .unreadableFolder(reason):
            return "the folder cannot be read (\(reason))"
        case .folderSearchedTwice:
            return "a symbolic link to a folder already searched; skipped"
        case let .unreadableLanguage(name):
            return "the article looks like \(name), not Arabic, English or French; give its language (--language, or language: in front matter or JSON) to read it anyway"
        case let .severalArticles(path, count):
            return "\(path) holds \(count) articles; name one as \(path)#N"
        case let .noSuchArticle(path, number, count):
            return "\(path) has no article \(number) (it holds \(count))"
        case let .about(label, error):
            return "\(label): \(error.errorDescription ?? "\(error)")"
        case .noMainText:
            return "the page has no main text (no paragraph outside navigation, scripts and boilerplate)"
        }
    }
}
