import Foundation

/// Renders results as Markdown tables: every Entente figure beside its floor
/// and as a ratio (Entente ÷ floor; below 1 means Entente was faster).
enum ReportTable {
    static func render(_ result: BenchmarkResult) -> String {
        var out: [String] = []
        let megabytes = Double(result.corpusBytes) / 1_048_576
        out.append("### \(result.articles) articles")
        out.append("")
        out.append("Corpus: \(result.articles) articles, \(format(megabytes, 1)) MB of text, \(result.generatedCommitments) commitments written by the generator. Searched and exported: \(result.commitments) commitments from \(result.commitmentSource).")
        for note in result.notes { out.append(""); out.append("Note: " + note) }
        out.append("")

        out.append("**Ingest** (median of runs; floor = sqlite3 `.import` of the same commitments + FTS5 `rebuild`)")
        out.append("")
        out.append("| build | runs | wall s | CPU s | articles/s | MB/s | peak RSS MB | floor s | ratio |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        let floor = result.floorIngest
        for ingest in result.ingests + (floor.map { [$0] } ?? []) {
            let isFloor = ingest.label == floor?.label
            out.append("| \(ingest.label) | \(ingest.runs) | \(format(ingest.seconds, 2)) | \(format(ingest.cpuSeconds, 2)) | "
                + "\(isFloor ? "—" : format(Double(result.articles) / ingest.seconds, 0)) | \(isFloor ? "—" : format(megabytes / ingest.seconds, 2)) | "
                + "\(ingest.peakRSS > 0 ? format(Double(ingest.peakRSS) / 1_048_576, 0) : "—") | "
                + "\(floor.map { format($0.seconds, 2) } ?? "—") | \(floor.map { ratio(ingest.seconds, $0.seconds) } ?? "—") |")
        }
        out.append("")

        out.append("**Search** (ms; whole processes: median and p95 of the rounds; in-process: `Archive.search` in one long-lived process)")
        out.append("")
        out.append("| query | matches entente / floor | process p50 | floor p50 | ratio | process p95 | floor p95 | ratio | in-process p50 | in-process p95 | floor in-process p95 | ratio |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for search in result.searches {
            let p50 = Statistics.median(search.processSamples), f50 = Statistics.median(search.floorSamples)
            let p95 = Statistics.percentile(search.processSamples, 95), f95 = Statistics.percentile(search.floorSamples, 95)
            let arguments = ([search.query.words] + search.query.filterArguments).joined(separator: " ")
            out.append("| \(search.query.name): `\(arguments)` | \(search.ententeMatches) / \(search.floorMatches) | \(format(p50, 1)) | \(format(f50, 1)) | \(ratio(p50, f50)) | "
                + "\(format(p95, 1)) | \(format(f95, 1)) | \(ratio(p95, f95)) | \(format(Statistics.median(search.inProcessSamples), 2)) | \(format(Statistics.percentile(search.inProcessSamples, 95), 2)) | "
                + "\(format(Statistics.percentile(search.floorInProcessSamples, 95), 0)) | \(ratio(Statistics.percentile(search.inProcessSamples, 95), Statistics.percentile(search.floorInProcessSamples, 95))) |")
        }
        let all = result.searches.flatMap(\.processSamples), allFloor = result.searches.flatMap(\.floorSamples)
        let inProcess = result.searches.flatMap(\.inProcessSamples)
        let floorInProcess = result.searches.flatMap(\.floorInProcessSamples)
        out.append("| **all queries** | | \(format(Statistics.median(all), 1)) | \(format(Statistics.median(allFloor), 1)) | \(ratio(Statistics.median(all), Statistics.median(allFloor))) | "
            + "\(format(Statistics.percentile(all, 95), 1)) | \(format(Statistics.percentile(allFloor, 95), 1)) | \(ratio(Statistics.percentile(all, 95), Statistics.percentile(allFloor, 95))) | "
            + "\(format(Statistics.median(inProcess), 2)) | \(format(Statistics.percentile(inProcess, 95), 2)) | "
            + "\(format(Statistics.percentile(floorInProcess, 95), 0)) | \(ratio(Statistics.percentile(inProcess, 95), Statistics.percentile(floorInProcess, 95))) |")
        if !result.startupSamples.isEmpty {
            let s50 = Statistics.median(result.startupSamples), f50 = Statistics.median(result.floorStartupSamples)
            let s95 = Statistics.percentile(result.startupSamples, 95), f95 = Statistics.percentile(result.floorStartupSamples, 95)
            out.append("| process start alone: `entente --help` / `sqlite3 :memory: 'SELECT 1'` | | \(format(s50, 1)) | \(format(f50, 1)) | \(ratio(s50, f50)) | \(format(s95, 1)) | \(format(f95, 1)) | \(ratio(s95, f95)) | | | | |")
        }
        out.append("")

        if let export = result.export {
            out.append("**Export** of every commitment to CSV (floor: `sqlite3 -csv` running the same SELECT on the archive)")
            out.append("")
            out.append("| rows | entente s | rows/s | peak RSS MB | MB out | floor s | floor rows/s | floor RSS MB | floor MB out | ratio |")
            out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            out.append("| \(export.rows) | \(format(export.seconds, 2)) | \(format(Double(export.rows) / export.seconds, 0)) | \(format(Double(export.peakRSS) / 1_048_576, 0)) | \(format(Double(export.bytes) / 1_048_576, 1)) | "
                + "\(format(export.floorSeconds, 2)) | \(format(Double(export.rows) / export.floorSeconds, 0)) | \(format(Double(export.floorPeakRSS) / 1_048_576, 0)) | \(format(Double(export.floorBytes) / 1_048_576, 1)) | \(ratio(export.seconds, export.floorSeconds)) |")
            out.append("")
        }

        if let size = result.size {
            out.append("**Size** (FTS share from `dbstat`)")
            out.append("")
            out.append("| file | MB | bytes/article | bytes/commitment | FTS index MB | FTS share |")
            out.append("|---|---:|---:|---:|---:|---:|")
            let commitments = max(result.commitments, 1)
            out.append("| entente archive (articles, statements, commitments, FTS) | \(format(Double(size.archiveBytes) / 1_048_576, 1)) | \(size.archiveBytes / result.articles) | \(size.archiveBytes / commitments) | \(format(Double(size.ftsBytes) / 1_048_576, 1)) | \(percent(size.ftsBytes, size.archiveBytes)) |")
            out.append("| floor (commitments + filter columns, FTS) | \(format(Double(size.floorBytes) / 1_048_576, 1)) | \(size.floorBytes / result.articles) | \(size.floorBytes / commitments) | \(format(Double(size.floorFTSBytes) / 1_048_576, 1)) | \(percent(size.floorFTSBytes, size.floorBytes)) |")
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// Cost growth across sizes: time per article for ingest and export,
    /// selective-search latency in process.
    /// How costs grow with the archive: ingest (wall, and CPU per article,
    /// steadier on a shared machine), the write path alone, export, and the
    /// rare-word searches in process (selective: their matches grow with N).
    static func growth(_ results: [BenchmarkResult]) -> String {
        var out = ["### Growth", "",
                   "| articles | commitments | ingest wall s | ingest CPU ms/article | Archive.ingest alone, CPU µs/article | floor ingest s | export s | export µs/row | export peak RSS MB | rare word in process, p50 ms (matches) | rare word + party, p50 ms (matches) |",
                   "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for result in results {
            let ingest = result.ingests.first
            let storage = result.ingests.first { $0.label.hasPrefix("Archive.ingest") }
            let exportSeconds = result.export?.seconds ?? 0
            func search(_ name: String) -> String {
                guard let search = result.searches.first(where: { $0.query.name == name }) else { return "—" }
                return "\(format(Statistics.median(search.inProcessSamples), 2)) (\(search.ententeMatches))"
            }
            let perArticle = Double(max(result.articles, 1))
            out.append("| \(result.articles) | \(result.commitments) | \(format(ingest?.seconds ?? 0, 2)) | "
                + "\(format((ingest?.cpuSeconds ?? 0) / perArticle * 1e3, 2)) | \(format((storage?.cpuSeconds ?? .nan) / perArticle * 1e6, 0)) | "
                + "\(format(result.floorIngest?.seconds ?? 0, 2)) | \(format(exportSeconds, 2)) | "
                + "\(format(exportSeconds / Double(max(result.commitments, 1)) * 1e6, 2)) | \(result.export.map { String($0.peakRSS / 1_048_576) } ?? "—") | "
                + "\(search("rare en")) | \(search("rare en +party")) |")
        }
        return out.joined(separator: "\n")
    }

    static func format(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "—" }
        return String(format: "%.\(decimals)f", value)
    }

    static func ratio(_ value: Double, _ floor: Double) -> String {
        guard floor > 0 else { return "—" }
        return String(format: "%.2f×", value / floor)
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "—" }
        return String(format: "%.0f%%", Double(part) / Double(whole) * 100)
    }
}
