import Foundation

/// Runs a program and measures it: wall time, and CPU time from `wait4`'s
/// rusage of that child (its own children included).
///
/// Peak memory comes from `/usr/bin/time` when asked for: glibc spawns with
/// `vfork`, and Linux carries the parent's high-water mark into the child's
/// `ru_maxrss` at `exec`, so the rusage figure would be the harness's own
/// peak whenever that is larger. `time` forks from a small process instead.
enum ChildProcess {
    static let timeProgram = "/usr/bin/time"

    struct Measurement {
        var status: Int32
        var seconds: Double
        var cpuSeconds: Double
        /// Peak resident set size, in bytes.
        var peakRSS: Int
    }

    /// Runs `executable` with `arguments`; stdout and stderr go to files
    /// (default: discarded). Throws when it does not exit with status 0
    /// unless `allowFailure`.
    @discardableResult
    static func run(
        _ executable: String, _ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null",
        stdin: String = "/dev/null", allowFailure: Bool = false, measureMemory: Bool = false
    ) throws -> Measurement {
        if measureMemory, FileManager.default.isExecutableFile(atPath: timeProgram) {
            let report = NSTemporaryDirectory() + "entente-bench-rss-\(getpid()).txt"
            var measurement = try run(
                timeProgram, ["-f", "%M", "-o", report, executable] + arguments, stdout: stdout, stderr: stderr, stdin: stdin,
                allowFailure: allowFailure)
            let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
            // `time` may add a "Command exited with non-zero status" line first.
            measurement.peakRSS = (text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0) * 1024
            try? FileManager.default.removeItem(atPath: report)
            return measurement
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = Clock.now()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(executable)") }
        }
        let seconds = Clock.now() - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        if exitStatus != 0, !allowFailure {
            let message = (try? String(contentsOfFile: stderr, encoding: .utf8))?.prefix(400) ?? ""
            throw BenchError("\((executable as NSString).lastPathComponent) \(arguments.prefix(3).joined(separator: " ")) … exited with \(exitStatus): \(message)")
        }
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Measurement(status: exitStatus, seconds: seconds, cpuSeconds: cpu, peakRSS: usage.ru_maxrss * 1024)
    }
}

/// Monotonic seconds.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
