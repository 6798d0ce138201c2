import Foundation

/// Finds the `entente` executable built beside `entente-bench` (same build
/// folder, same configuration).
enum EntenteBinary {
    /// How a release `entente` is built: as README tells users to build it
    /// (one static executable: the Swift runtime, Foundation, SQLite and the
    /// C++ runtime linked in, no dynamic loader at start-up), when this
    /// binary was built so too, as `scripts/bench` builds both. Built
    /// otherwise (`swift run -c release entente-bench`), both stay alike:
    /// SwiftPM recompiles every module when the linking changes, so
    /// alternating would rebuild everything on each run.
    static var releaseOptions: [String] {
        let maps = ownMemoryMap
        // No dynamic loader mapped: a static executable.
        if !maps.isEmpty, !maps.contains("/ld-linux") {
            return ["-c", "release", "--static-swift-stdlib", "-Xswiftc", "-static-executable"]
        }
        // The loader but not the Swift runtime's shared library.
        if !maps.isEmpty, !maps.contains("libswiftCore.so") {
            return ["-c", "release", "--static-swift-stdlib"]
        }
        return ["-c", "release"]
    }

    /// This process's `/proc/self/maps`: the files it has mapped.
    private static var ownMemoryMap: String {
        // Read to the end: String(contentsOfFile:) stops at 4 KB of a /proc file.
        let data = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile() ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func locate() throws -> String {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = own.deletingLastPathComponent().appendingPathComponent("entente").path
        let configuration = own.deletingLastPathComponent().lastPathComponent == "debug" ? "debug" : "release"
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let hasSources = FileManager.default.fileExists(atPath: package.appendingPathComponent("Package.swift").path)
        // A debug build is the one `swift test` just made. A release build is
        // always brought up to date (under a second when it is): an `entente`
        // left beside by an older commit would otherwise be measured as
        // today's (a static build from before .jsonl streaming once reported
        // 198 MB for an ingest that takes 50).
        if FileManager.default.isExecutableFile(atPath: candidate), configuration == "debug" || !hasSources {
            return candidate
        }
        let options = configuration == "debug" ? ["-c", "debug"] : releaseOptions
        FileHandle.standardError.write(Data("building entente (\(options.joined(separator: " "))) in \(package.path)…\n".utf8))
        let swift = ["/usr/bin/swift", "/usr/local/bin/swift"].first(where: FileManager.default.isExecutableFile(atPath:)) ?? "/usr/bin/env"
        var scratchOptions: [String] = []
        // Into this binary's build folder (`.build` or another --scratch-path),
        // laid out as SCRATCH/TRIPLE/CONFIGURATION with SCRATCH/CONFIGURATION
        // a link to it.
        let scratch = own.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: scratch.appendingPathComponent(configuration).path) {
            scratchOptions = ["--scratch-path", scratch.path]
        }
        let arguments = (swift == "/usr/bin/env" ? ["swift"] : []) + ["build"] + options + scratchOptions + ["--product", "entente", "--package-path", package.path]
        try ChildProcess.run(swift, arguments, stderr: NSTemporaryDirectory() + "entente-bench-build.txt")
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw BenchError("built entente, but it is not at \(candidate); pass --entente PATH")
        }
        return candidate
    }
}
