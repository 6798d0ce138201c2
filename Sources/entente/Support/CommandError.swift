import ArgumentParser
import Foundation
import Storage

/// A failure the user can act on, printed as one line on stderr. Exit code
/// 1, or 74 when the output could not be written; usage errors exit 64
/// through ArgumentParser's `ValidationError`.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    let exitCode: Int32
    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }
    var description: String { message }

    /// The exit code when the output cannot be written (sysexits' EX_IOERR):
    /// a script can tell "the results were lost" from "the command failed".
    static let outputExitCode: Int32 = 74

    /// The output could not be written; `reason` is the system's (strerror).
    static func output(_ reason: String) -> CommandError {
        CommandError(StorageError.outputFailed(reason).localizedDescription, exitCode: outputExitCode)
    }

    /// Runs `body`, turning any error into its one-line description.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CommandError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch let error as StorageError {
            throw CommandError(error)
        } catch {
            throw CommandError(error.localizedDescription)
        }
    }

    /// Runs `body`, turning any error into a one-line message prefixed by `subject`.
    static func wrap<T>(_ subject: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError("\(subject): \(error.localizedDescription)")
        }
    }

    init(_ error: StorageError) {
        if case .outputFailed = error {
            self.init(error.localizedDescription, exitCode: Self.outputExitCode)
        } else {
            self.init(error.localizedDescription)
        }
    }
}

extension ValidationError {
    /// Runs `body`, turning its error into a usage error (exit 64).
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw ValidationError(error.localizedDescription)
        }
    }
}
