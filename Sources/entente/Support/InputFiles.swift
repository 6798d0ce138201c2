import Foundation

/// Reading command-line inputs: a path, or `-` for standard input.
enum InputFiles {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CommandError("\(path): is a folder; give a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("\(path): cannot be read (check its permissions)")
        }
        return data
    }
}
