import Foundation
import Pipeline

/// The ingest's one updating line on stderr, shown only on a terminal.
final class ProgressLine {
    let enabled: Bool
    private let progress: IngestProgress

    init(enabled: Bool, total: Int) {
        self.enabled = enabled
        progress = IngestProgress(total: total)
    }

    func show(done: Int) {
        guard enabled else { return }
        _ = Output.writeAll(Array("\r\u{1B}[K\(progress.line(done: done))".utf8), to: STDERR_FILENO)
    }

    func clear() {
        guard enabled else { return }
        _ = Output.writeAll(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO)
    }
}
