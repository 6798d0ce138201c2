import Foundation
import GRDB

extension Archive {
    /// Copies the archive into one self-contained file at `destination`: a
    /// consistent snapshot (one read transaction; writers carry on meanwhile)
    /// with no log beside it, written to a temporary file in the
    /// destination's folder, synced, then put in place. An existing file is
    /// kept unless `replacing`.
    public func backup(to destination: String, replacing: Bool = false) throws {
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent().path
        if let status = FileStatus(path: destination) {
            if status.isDirectory { throw StorageError.isFolder(path: destination) }
            if let source = realpath(path, nil), let target = realpath(destination, nil) {
                defer { free(source); free(target) }
                if strcmp(source, target) == 0 { throw StorageError.failed("\(destination) is the archive itself; choose another file") }
            }
            if !replacing { throw StorageError.failed("\(destination) already exists; choose another file or give --force to replace it") }
        }
        guard FileStatus(path: folder)?.isDirectory == true else {
            throw StorageError.failed("cannot write \(destination): the folder \(folder) does not exist")
        }
        let temporary = folder + "/." + URL(fileURLWithPath: destination).lastPathComponent + ".backup-\(getpid())"
        unlink(temporary)
        do {
            // SQLite's online backup in one step: every page copied under one
            // read transaction, so writers carry on and the copy is one
            // moment of the archive. (VACUUM INTO would also compact it, but
            // SQLite 3.40 fails it on the commitment table's generated column.)
            try Archive.translatingErrors(path: path) {
                let copy = try DatabaseQueue(path: temporary)
                try writer.backup(to: copy)
                // The copy's pages say WAL mode: closing its only connection
                // folds its log into it and removes it.
                try copy.close()
            }
            let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0, fsync(descriptor) == 0 else {
                if descriptor >= 0 { Glibc.close(descriptor) }
                throw StorageError.failed("cannot write \(destination): \(String(cString: strerror(errno)))")
            }
            Glibc.close(descriptor)
            if replacing {
                guard rename(temporary, destination) == 0 else {
                    throw StorageError.failed("cannot write \(destination): \(String(cString: strerror(errno)))")
                }
            } else {
                // link(2) fails if the file appeared meanwhile: never replaced unasked.
                guard link(temporary, destination) == 0 else {
                    throw StorageError.failed(errno == EEXIST
                        ? "\(destination) already exists; choose another file or give --force to replace it"
                        : "cannot write \(destination): \(String(cString: strerror(errno)))")
                }
                unlink(temporary)
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
