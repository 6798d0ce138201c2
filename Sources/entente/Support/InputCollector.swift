import Foundation

/// One input to ingest: a file of a known format, or standard input.
enum InputSource: Hashable {
    case plainText(path: String)
    case jsonLines(path: String)
    case standardInput

    var label: String {
        switch self {
        case let .plainText(path), let .jsonLines(path): return path
        case .standardInput: return "-"
        }
    }
}

/// Expands the paths given to `ingest` into input sources: folders are
/// searched recursively for `*.txt`, `*.md` and `*.jsonl`, in name order
/// (hidden files and `README.*` left out).
enum InputCollector {
    static let articleExtensions: Set<String> = ["txt", "md", "jsonl"]

    /// The sources found, and a one-line problem for each path that gave none.
    static func collect(_ paths: [String]) -> (sources: [InputSource], problems: [(String, String)]) {
        var sources: [InputSource] = []
        var problems: [(String, String)] = []
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" { sources.append(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append((path, "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                sources.append(source(for: path))
                continue
            }
            guard let enumerator = fileManager.enumerator(atPath: path) else {
                problems.append((path, "the folder cannot be read (check its permissions)"))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                // Hidden files and a folder's README describe the folder, not an article.
                guard !name.hasPrefix("."), !name.lowercased().hasPrefix("readme."),
                      articleExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if fileManager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue { found.append(full) }
            }
            if found.isEmpty {
                problems.append((path, "the folder holds no article (*.txt, *.md or *.jsonl)"))
            }
            sources += found.sorted().map(source(for:))
        }
        return (sources, problems)
    }

    static func source(for path: String) -> InputSource {
        (path as NSString).pathExtension.lowercased() == "jsonl" ? .jsonLines(path: path) : .plainText(path: path)
    }
}
