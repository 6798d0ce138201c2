#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file an `AtomicFile` is writing, removed if the process is
/// interrupted (Ctrl-C, SIGTERM, a closed terminal) before it is renamed:
/// otherwise a hidden partial file was left beside the destination.
///
/// The handler does only what a signal handler may: `unlink` a path kept as
/// a C string, put the signal's previous handler back, and raise it again,
/// so the process ends (or not) as it would have without Entente's handler.
/// What it reads lives in memory allocated once, not in Swift variables,
/// whose accesses the runtime checks for exclusivity (a handler reading one
/// while the program writes it would abort the process).
enum InterruptCleanup {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Creates a file from `template` (`mkstemp`), runs `body` with its
    /// descriptor and path, and removes the file if one of `signals`
    /// arrives meanwhile. The signals are held back while the file is made
    /// and registered, so none can come between the two.
    /// - Returns: nil when the file cannot be created (`errno` says why).
    static func withTemporaryFile<T>(template: String, _ body: (Int32, String) throws -> T) rethrows -> T? {
        var held = sigset_t()
        sigemptyset(&held)
        for number in signals { sigaddset(&held, number) }
        var previousMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &held, &previousMask)
        for number in signals { previousHandlers[Int(number)] = signal(number, interruptHandler) }
        var characters = Array(template.utf8CString)
        let descriptor = mkstemp(&characters)
        if descriptor >= 0 { pendingPath.pointee = strdup(characters) }
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        defer {
            pthread_sigmask(SIG_BLOCK, &held, nil)
            for number in signals { signal(number, previousHandlers[Int(number)]) }
            free(pendingPath.pointee)
            pendingPath.pointee = nil
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        }
        guard descriptor >= 0 else { return nil }
        return try body(descriptor, String(cString: characters))
    }
}

private typealias SignalHandler = @convention(c) (Int32) -> Void

/// The path to remove on a signal, or nil.
nonisolated(unsafe) private let pendingPath: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let cell = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 1)
    cell.initialize(to: nil)
    return cell
}()

/// The handlers `signals` had before, by signal number.
nonisolated(unsafe) private let previousHandlers: UnsafeMutablePointer<SignalHandler?> = {
    let table = UnsafeMutablePointer<SignalHandler?>.allocate(capacity: 65)
    table.initialize(repeating: nil, count: 65)
    return table
}()

private let interruptHandler: SignalHandler = { number in
    if let path = pendingPath.pointee { unlink(path) }
    signal(number, previousHandlers[Int(number)])
    raise(number)
}
