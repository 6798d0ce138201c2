import Foundation

/// A file written in full or not at all: bytes go to a temporary file in
/// the same folder, which is synced and renamed over the destination only
/// when everything was written. A failure removes the temporary file and
/// leaves any earlier file at the destination untouched.
public enum AtomicFile {
    @discardableResult
    public static func write<T>(to path: String, _ body: (ByteSink) throws -> T) throws -> T {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StorageError.failed("cannot write \(path): the folder \(folder) does not exist")
        }
        let template = folder + "/." + url.lastPathComponent + ".XXXXXX"
        let written = try InterruptCleanup.withTemporaryFile(template: template) { descriptor, temporary in
            try finish(descriptor: descriptor, temporary: temporary, path: path, body)
        }
        guard let written else {
            throw StorageError.failed("cannot write in \(folder): \(String(cString: strerror(errno)))")
        }
        return written
    }

    /// Writes through `descriptor` (the open temporary file), then renames
    /// the temporary file to `path`; removes it on failure.
    private static func finish<T>(descriptor: Int32, temporary: String, path: String, _ body: (ByteSink) throws -> T) throws -> T {
        let result: T
        do {
            let sink = ByteSink(descriptor: descriptor)
            result = try body(sink)
            try sink.flush()
            guard fsync(descriptor) == 0 else {
                throw StorageError.failed("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            fchmod(descriptor, 0o644)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StorageError.failed("cannot write \(path): \(reason)")
        }
        return result
    }
}
