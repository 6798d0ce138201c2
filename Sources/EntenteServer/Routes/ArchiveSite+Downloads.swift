import Foundation
import Hummingbird
import Storage

extension ArchiveSite {
    /// Every commitment of the search (no page), as `entente export` writes
    /// it: the same columns, the formula guard on, streamed.
    func csvDownload(_ request: Request) async throws -> Response {
        let body = try await download(request) { archive, filter, descriptor in
            try archive.exportCSV(filter, to: ByteSink(descriptor: descriptor))
        }
        return Responses.download(body, contentType: "text/csv; charset=utf-8", filename: "entente-export.csv")
    }

    /// Every commitment of the search as a JSON array of the rows of
    /// `entente search --format json`, streamed.
    func jsonDownload(_ request: Request) async throws -> Response {
        let body = try await download(request) { archive, filter, descriptor in
            let sink = ByteSink(descriptor: descriptor)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var first = true
            try sink.write("[")
            try archive.forEachCommitment(filter) { row in
                try sink.write(first ? "\n" : ",\n")
                first = false
                try sink.write(String(decoding: try encoder.encode(row), as: UTF8.self))
            }
            try sink.write("\n]\n")
            try sink.flush()
        }
        return Responses.download(body, contentType: "application/json; charset=utf-8", filename: "entente-export.json")
    }

    /// A streamed body that `write` fills from an archive connection of
    /// its own (downloads never wait behind pages, nor pages behind them).
    /// The search is checked before the answer starts, so that a bad
    /// query is a 400, not a cut-off file.
    private func download(
        _ request: Request, _ write: @escaping @Sendable (Archive, CommitmentFilter, Int32) throws -> Void
    ) async throws -> ResponseBody {
        let parameters = try SearchParameters(query: request.uri.query, settings: settings)
        var filter = parameters.filter(settings: settings)
        (filter.limit, filter.offset) = (1, 0)
        let probe = filter
        _ = try await readers.read { try $0.search(probe) }
        filter.limit = nil
        let whole = filter
        try downloads.take()
        let path = settings.archivePath
        let slots = downloads
        do {
            return try PipeStream.body { descriptor in
                defer { slots.give() }
                do {
                    let archive = try Archive(path: path, mode: .read)
                    try write(archive, whole, descriptor)
                } catch {
                    // The client sees a cut-off file; the server's log says why.
                    FileHandle.standardError.write(Data("entente-serve: download stopped: \(error.localizedDescription)\n".utf8))
                }
            }
        } catch {
            slots.give()
            throw error
        }
    }
}
