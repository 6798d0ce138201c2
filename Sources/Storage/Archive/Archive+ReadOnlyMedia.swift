import Foundation

extension Archive {
    /// The name to open `path` by for reading: the path itself, or, when no
    /// new file can be made beside it (a read-only folder or medium) and
    /// none of SQLite's shared-memory file is there, an `immutable` URI.
    ///
    /// A WAL archive's readers share an index in `NAME-shm`, which SQLite
    /// must create when it is missing; where it cannot, every read failed
    /// ("SQLite error 14"). An immutable file needs no such index, and
    /// nothing can write the archive meanwhile where no file can be made.
    /// When the log `NAME-wal` holds changes not yet copied into the file,
    /// reading the file alone would miss them, so that is refused by name.
    static func readingPath(_ path: String) throws -> String {
        if FileStatus(path: path + "-shm") != nil { return path }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard !folderAcceptsNewFiles(folder) else { return path }
        if (FileStatus(path: path + "-wal")?.size ?? 0) > 0 {
            throw StorageError.failed(
                "cannot read \(path): its folder is read-only and \(path)-wal holds changes not yet copied into it; open it once where it can be written, or copy both files elsewhere")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:" + encoded + "?immutable=1"
    }

    /// Whether a file can be created in `folder`: its file system is
    /// mounted read-write and the permission bits allow this user.
    static func folderAcceptsNewFiles(_ folder: String) -> Bool {
        var info = statvfs()
        // ST_RDONLY is 1 in both glibc and Darwin.
        if statvfs(folder, &info) == 0, info.f_flag & 1 != 0 { return false }
        return access(folder, W_OK) == 0
    }
}
