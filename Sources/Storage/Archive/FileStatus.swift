#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat(2)` says of a file (following symbolic links, as
/// `FileManager.fileExists(atPath:)` does): nil when there is none.
struct FileStatus: Equatable {
    var size: Int
    /// The permission bits (`0o644`).
    var permissions: Int
    var isDirectory: Bool

    init?(path: String) {
        var buffer = stat()
        guard stat(path, &buffer) == 0 else { return nil }
        size = Int(buffer.st_size)
        permissions = Int(buffer.st_mode) & 0o7777
        isDirectory = (buffer.st_mode & S_IFMT) == S_IFDIR
    }
}
