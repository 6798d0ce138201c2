import Foundation

/// Expands the paths given to `ingest` into input sources: folders are
/// searched recursively for the files of ``InputFormats``, in name order
/// (hidden files and `README.*` left out), following symbolic links to
/// folders. Nothing is skipped without a word: a folder that cannot be read,
/// a link back to a folder already searched and a broken link to an article
/// are each reported.
public enum InputCollector {
    /// A path that gave no input, or an entry of a folder that was skipped, and why.
    public typealias Problem = (path: String, error: IngestionError)

    /// The sources found, and a problem for each path that gave none.
    public static func collect(_ paths: [String]) -> (sources: [InputSource], problems: [Problem]) {
        var sources: [InputSource] = []
        var problems: [Problem] = []
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" { sources.append(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append((path, .noSuchPath))
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
                problems.append((path, .emptyFolder(patterns: InputFormats.patterns)))
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
    static func search(_ folder: String, found: inout [String], problems: inout [Problem], searched: inout Set<FileID>) {
        var status = stat()
        guard stat(folder, &status) == 0 else {
            problems.append((folder, .unreadableFolder(reason: String(cString: strerror(errno)))))
            return
        }
        guard searched.insert(FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted else {
            problems.append((folder, .folderSearchedTwice))
            return
        }
        guard let directory = opendir(folder) else {
            problems.append((folder, .unreadableFolder(reason: String(cString: strerror(errno)))))
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
                && InputFormats.format(forPath: name) != nil
            var entry = stat()
            guard stat(full, &entry) == 0 else {
                // A link whose target is gone, or a file that vanished.
                if isArticleName { problems.append((full, .cannotOpen(reason: String(cString: strerror(errno))))) }
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

    /// A file named on the command line is read as its extension says,
    /// and as plain text when no format claims it.
    static func source(for path: String) -> InputSource {
        InputSource(path: path, format: InputFormats.format(forPath: path) ?? PlainTextFormat())
    }
}
