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
        }
    }
}
