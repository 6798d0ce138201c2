#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock(2)` on the folder that holds an archive, held while
/// an archive is opened for writing: created, checked and migrated.
///
/// Two ingests creating the same new archive at once otherwise raced
/// through SQLite's first steps (the switch to WAL, then each migration)
/// and one failed with a locked database, a table that already exists, or
/// a half-made file taken for a foreign one. SQLite's own locks cannot
/// serialise this (the switch to WAL gives up at once rather than wait),
/// and a lock on the archive file itself would share the file's POSIX
/// locks with SQLite: closing its descriptor would drop SQLite's locks too.
/// The folder's descriptor shares nothing with SQLite, and the lock is
/// released however the process ends.
enum FolderLock {
    /// Runs `body` holding the lock of `path`'s folder; without it when the
    /// file system offers no such lock (best effort: SQLite's own locks
    /// still protect the data).
    static func holding<T>(folderOf path: String, _ body: () throws -> T) rethrows -> T {
        let folder = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : "."
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        return try body()
    }
}
