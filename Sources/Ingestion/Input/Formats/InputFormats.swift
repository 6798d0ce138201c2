/// The input formats Entente reads. Adding one: a type conforming to
/// ``InputFormat`` in its own file, and a line here.
public enum InputFormats {
    public static let all: [any InputFormat] = [
        PlainTextFormat(),
        JSONLinesFormat(),
        HTMLFormat(),
    ]

    /// The format of standard input (`-`).
    public static let standardInput: any InputFormat = StandardInputFormat()

    /// The format that reads the file at `path`, by its extension; nil when none does.
    public static func format(forPath path: String) -> (any InputFormat)? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        return all.first { $0.fileExtensions.contains(fileExtension) }
    }

    /// The file names searched for in folders, for messages: `*.txt, *.md or *.jsonl`.
    public static var patterns: String {
        let names = all.flatMap(\.fileExtensions).map { "*.\($0)" }
        guard names.count > 1 else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
