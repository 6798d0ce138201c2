import ArgumentParser
import Foundation

/// A failure the user can act on, printed as one line on stderr. Exit code
/// 1; usage errors exit 64 through ArgumentParser's `ValidationError`.
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }

    /// Runs `body`, turning any error into its one-line description.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CommandError {
            throw error
        } catch let error as ExitCode {
            throw error
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
