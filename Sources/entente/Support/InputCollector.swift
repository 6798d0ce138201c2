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
/// (hidden files and `README.*` left out), following symbolic links to
/// folders. Nothing is skipped without a word: a folder that cannot be read,
/// a link back to a folder already searched and a broken link to an article
/// are each reported.
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
            var found: [String] = []
            var searched: Set<FileID> = []
            let problemsBefore = problems.count
            search(path, found: &found, problems: &problems, searched: &searched)
            if found.isEmpty, problems.count == problemsBefore {
                problems.append((path, "the folder holds no article (*.txt, *.md or *.jsonl)"))
            }
            sources += found.sorted().map(source(for:))
        }
        return (sources, problems)
    }

    /// A file's identity, to search a folder reached by two links once.
    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// Adds the articles under `folder` to `found`, and what could not be
    /// searched to `problems`.
    static func search(_ folder: String, found: inout [String], problems: inout [(String, String)], searched: inout Set<FileID>) {
        var status = stat()
        guard stat(folder, &status) == 0 else {
            problems.append((folder, "the folder cannot be read (\(String(cString: strerror(errno))))"))
            return
        }
        guard searched.insert(FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
            problems.append((folder, "a symbolic link to a folder already searched; skipped"))
            return
        }
        guard let directory = opendir(folder) else {
            problems.append((folder, "the folder cannot be read (\(String(cString: strerror(errno))))"))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != ".", name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names.sorted() {
            let full = (folder as NSString).appendingPathComponent(name)
            let isArticleName = !name.hasPrefix(".") && !name.lowercased().hasPrefix("readme.")
                && articleExtensions.contains((name as NSString).pathExtension.lowercased())
            var entry = stat()
            guard stat(full, &entry) == 0 else {
                // A link whose target is gone, or a file that vanished.
                if isArticleName { problems.append((full, "cannot be read (\(String(cString: strerror(errno))))")) }
                continue
            }
            if (entry.st_mode & S_IFMT) == S_IFDIR {
                search(full, found: &found, problems: &problems, searched: &searched)
            } else if isArticleName {
                // Hidden files and a folder's README describe the folder, not an article.
                found.append(full)
            }
        }
    }

    static func source(for path: String) -> InputSource {
        (path as NSString).pathExtension.lowercased() == "jsonl" ? .jsonLines(path: path) : .plainText(path: path)
    }
}
