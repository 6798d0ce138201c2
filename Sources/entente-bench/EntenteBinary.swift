import Foundation

/// Finds the `entente` executable built beside `entente-bench` (same build
/// folder, same configuration), building it when it is missing.
enum EntenteBinary {
    static func locate() throws -> String {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = own.deletingLastPathComponent().appendingPathComponent("entente").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }

        // Not built yet: build it with the configuration of this binary's folder.
        let configuration = own.deletingLastPathComponent().lastPathComponent == "debug" ? "debug" : "release"
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        FileHandle.standardError.write(Data("building entente (\(configuration)) in \(package.path)…\n".utf8))
        let swift = ["/usr/bin/swift", "/usr/local/bin/swift"].first(where: FileManager.default.isExecutableFile(atPath:)) ?? "/usr/bin/env"
        let arguments = (swift == "/usr/bin/env" ? ["swift"] : []) + ["build", "-c", configuration, "--product", "entente", "--package-path", package.path]
        try ChildProcess.run(swift, arguments, stderr: NSTemporaryDirectory() + "entente-bench-build.txt")
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw BenchError("built entente, but it is not at \(candidate); pass --entente PATH")
        }
        return candidate
    }
}
