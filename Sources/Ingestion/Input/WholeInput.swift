import Foundation

/// The bytes of an input read at once: a file (refused before it is read
/// when over the size limit, which is there to bound memory) or standard input.
enum WholeInput {
    static func data(of source: InputSource, limit: Int) -> Result<Data, IngestionError> {
        guard let path = source.path else {
            return .success(FileHandle.standardInput.readDataToEndOfFile())
        }
        var status = stat()
        if stat(path, &status) == 0, Int(status.st_size) > limit {
            return .failure(.tooLarge(bytes: Int(status.st_size), limit: limit))
        }
        guard let contents = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        return .success(contents)
    }
}
