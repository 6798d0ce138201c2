#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first 100 bytes of an SQLite file, read without SQLite: enough to
/// tell an Entente archive whose pages are damaged from a file that is not
/// an archive at all, once SQLite has said it cannot read it.
struct ArchiveHeader {
    /// Whether the file begins with "SQLite format 3\0".
    let isSQLite: Bool
    let applicationID: Int32
    let pageSize: Int
    /// The database's size in pages, as the header records it.
    let pageCount: Int

    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 100)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, 100, 0) }
        guard count == 100 else { return nil }
        func integer(_ offset: Int, _ length: Int) -> Int {
            bytes[offset..<offset + length].reduce(0) { $0 << 8 | Int($1) }
        }
        isSQLite = Array("SQLite format 3\0".utf8) == Array(bytes[0..<16])
        applicationID = Int32(truncatingIfNeeded: integer(68, 4))
        let size = integer(16, 2)
        pageSize = size == 1 ? 65_536 : size
        pageCount = integer(28, 4)
    }

    /// Whether the header is an Entente archive's.
    var isEntente: Bool { isSQLite && applicationID == Archive.applicationID }

    /// Whether a file of `size` bytes is shorter than the pages its header counts.
    func isTruncated(size: Int) -> Bool { size < pageSize * pageCount }
}

extension Archive {
    /// What to call a file SQLite reports as corrupt or not a database: a
    /// damaged archive when its header is an Entente archive's, else not an archive.
    static func unreadable(path: String) -> StorageError {
        ArchiveHeader(path: path)?.isEntente == true ? .damaged(path: path) : .notAnArchive(path: path)
    }
}
