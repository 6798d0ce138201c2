import Foundation
import XCTest

/// Runs the built `entente` binary, as a user would.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// `../shared/seed/` beside the package, as CI lays it out.
    static let seed = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/cn-pk-strategic-dialogue-7.ar.txt")

    /// The `entente` executable built beside the test bundle, or the one
    /// `ENTENTE_TEST_BINARY` names: the same tests then check a release
    /// build as users build it (`ENTENTE_TEST_BINARY=.build/release/entente
    /// swift test --filter EndToEndTests`).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["ENTENTE_TEST_BINARY"], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                fatalError("ENTENTE_TEST_BINARY names \(path), which is not an executable")
            }
            return URL(fileURLWithPath: path)
        }
        let bundle = Bundle(for: Marker.self).bundleURL
        for folder in [bundle, bundle.deletingLastPathComponent(), bundle.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("entente")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        fatalError("the entente binary was not found near \(bundle.path); run 'swift build' first")
    }()

    private final class Marker {}

    let archive: String
    var binary: URL = CLI.binary

    init(archive: String) { self.archive = archive }

    /// `show ID --json` of the archive, as a JSON object.
    func statementJSON(_ id: Int) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: run(["show", "\(id)", "--json"]).stdoutData) as! [String: Any]
    }

    @discardableResult
    /// - Parameter standardOutput: where the command's stdout goes instead
    ///   of a pipe read here (`/dev/full`, a pipe nobody reads).
    func run(
        _ arguments: [String], stdin: Data? = nil, useArchive: Bool = true, currentDirectory: URL? = nil,
        standardOutput: FileHandle? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments + (useArchive ? ["--db", archive] : [])
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ENTENTE_DB")
        process.environment = environment
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // stderr goes to a file, stdout through a pipe read to the end: a large
        // output cannot block the process.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("entente-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let err = try FileHandle(forWritingTo: errFile)
        let out = Pipe(), input = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin {
            // The command may exit without reading its input (a refused
            // archive, a usage error): writing into the closed pipe must fail
            // quietly, not kill the test process with SIGPIPE.
            CLI.ignoreBrokenPipes
            try? input.fileHandleForWriting.write(contentsOf: stdin)
        }
        try input.fileHandleForWriting.close()
        if standardOutput != nil { try out.fileHandleForWriting.close() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = try Data(contentsOf: errFile)
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// Makes a write into a pipe whose reader has gone fail with EPIPE
    /// instead of ending this process (once, for the whole test run).
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// A fresh folder under this test process's own folder, which goes away
    /// when the process exits.
    static func temporaryFolder() throws -> URL {
        let folder = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private static let root: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entente-e2e-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: CLI.root) }
        return folder
    }()
}
