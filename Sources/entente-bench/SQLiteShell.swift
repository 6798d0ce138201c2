import Foundation

/// The `sqlite3` command-line shell: the floor every figure is compared to.
struct SQLiteShell {
    let executable: String
    let scratch: String

    /// Runs `sql` on `database` and returns what it printed.
    func query(_ database: String, _ sql: String, options: [String] = ["-readonly"]) throws -> String {
        let output = scratch + "/sqlite3-output.txt"
        try ChildProcess.run(executable, options + [database, sql], stdout: output, stderr: scratch + "/sqlite3-error.txt")
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    /// Runs `sql` on `database` as one timed process, output to `stdout`.
    @discardableResult
    func measure(
        _ database: String, _ sql: String, options: [String] = ["-readonly"], stdout: String = "/dev/null", measureMemory: Bool = false
    ) throws -> ChildProcess.Measurement {
        try ChildProcess.run(
            executable, options + [database, sql], stdout: stdout, stderr: scratch + "/sqlite3-error.txt", measureMemory: measureMemory)
    }

    /// Runs a script file (dot-commands allowed) on `database`, timed.
    @discardableResult
    func script(_ database: String, _ script: String) throws -> ChildProcess.Measurement {
        let path = scratch + "/script.sql"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        return try ChildProcess.run(
            executable, ["-bail", database], stdout: "/dev/null", stderr: scratch + "/sqlite3-error.txt", stdin: path, measureMemory: true)
    }

    func integer(_ database: String, _ sql: String) throws -> Int {
        Int(try query(database, sql).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
