import Foundation
import Pipeline

/// What `ingest` prints on stdout, which must not stop the ingest: when
/// stdout goes away (`entente ingest … | head`, a full disk) the articles
/// are still archived, the remaining lines are dropped, and the summary
/// goes to stderr instead, with exit code 74 at the end.
final class IngestReport {
    /// Why stdout could not be written, once it could not.
    private(set) var lostOutput: String?

    init() {
        // A reader that has gone would otherwise end the process by SIGPIPE
        // in the middle of the ingest, with no summary; a write then fails
        // with EPIPE, which `say` handles.
        signal(SIGPIPE, SIG_IGN)
    }

    /// `text` on stdout, unless stdout is already lost.
    func say(_ text: String) {
        guard lostOutput == nil else { return }
        do {
            try Output.line(text)
        } catch let error as CommandError {
            lostOutput = error.message
        } catch {
            lostOutput = error.localizedDescription
        }
    }

    /// A batch's outcomes: failures on stderr always, with their file (and
    /// line); the others on stdout, a line each, when `lines` is true.
    func say(_ events: [IngestEvent], lines: Bool) {
        var said: [String] = []
        for event in events {
            if case .failed = event {
                Output.error("\(event.label): \(event.message)")
            } else if lines {
                said.append("\(event.label): \(event.message)")
            }
        }
        if !said.isEmpty { say(said.joined(separator: "\n")) }
    }

    /// The closing line: on stdout, or on stderr once stdout is lost.
    func summarize(_ summary: String) {
        say(summary)
        if lostOutput != nil { Output.error(summary) }
    }

    /// Throws when stdout was lost.
    func finish() throws {
        guard let lostOutput else { return }
        throw CommandError("\(lostOutput); the ingest went on to the end", exitCode: CommandError.outputExitCode)
    }
}
