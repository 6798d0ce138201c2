import Foundation
import Model
import Storage

/// Runs every benchmark at one corpus size: generates the corpus, ingests it
/// with `entente` and with the `sqlite3` shell, searches and exports both,
/// and measures the files.
struct BenchmarkHarness {
    struct Settings {
        var articles: Int
        var seed: UInt64
        /// Percent of articles that report an earlier article's statement.
        var reportShare = 0
        var runs: Int
        var searchRuns: Int
        var inProcessRuns: Int
        var variants: Bool
        var folderInput: Bool
        var workFolder: String
        var entente: String
        var sqlite3: String
    }

    let settings: Settings
    let log: (String) -> Void

    private var folder: String {
        settings.workFolder + "/n\(settings.articles)-s\(settings.seed)" + (settings.reportShare > 0 ? "-r\(settings.reportShare)" : "")
    }
    private var shell: SQLiteShell { SQLiteShell(executable: settings.sqlite3, scratch: folder) }

    func run() throws -> BenchmarkResult {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let corpus = folder + (settings.folderInput ? "/corpus" : "/corpus.jsonl")
        log("generating \(settings.articles) articles (seed \(settings.seed), \(settings.reportShare)% other reports) → \(corpus)")
        try? FileManager.default.removeItem(atPath: corpus)
        let summary = try CorpusWriter.write(
            count: settings.articles, seed: settings.seed, reportShare: settings.reportShare, to: corpus)
        var result = BenchmarkResult(
            articles: summary.articles, corpusBytes: summary.textBytes, generatedCommitments: summary.commitments)

        // Ingest through the CLI, as a user would, into a fresh archive each run.
        let archive = folder + "/entente.sqlite"
        // As `entente ingest` chooses: one extraction thread per core but the writer's.
        let threads = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount - 1))
        result.ingests.append(try ingest(
            corpus, into: archive, label: "entente ingest (default batch, \(threads) extraction thread\(threads == 1 ? "" : "s"), overlapped)",
            extra: [], runs: settings.runs))
        if settings.variants {
            for (label, extra) in [
                ("entente ingest --extraction-threads 2", ["--extraction-threads", "2"]),
                ("entente ingest --extraction-threads 1 --no-overlap (extract, then write)", ["--extraction-threads", "1", "--no-overlap"]),
                ("entente ingest --batch-size 32", ["--batch-size", "32"]),
                ("entente ingest --batch-size 2048", ["--batch-size", "2048"]),
            ] {
                result.ingests.append(try ingest(corpus, into: folder + "/variant.sqlite", label: label, extra: extra, runs: 1))
            }
            removeArchive(folder + "/variant.sqlite")
        }
        let extracted = try shell.integer(archive, "SELECT count(*) FROM commitment")

        // The same storage work without the extractor: the generator's own
        // extractions through Archive.ingest. When the extractor finds
        // nothing (the placeholder), this archive is the one searched.
        let gold = folder + "/gold.sqlite"
        result.ingests.append(try storageIngest(into: gold))
        var target = archive
        result.commitments = extracted
        result.commitmentSource = "the extractor (entente ingest)"
        if extracted == 0 {
            target = gold
            result.commitments = try shell.integer(gold, "SELECT count(*) FROM commitment")
            result.commitmentSource = "the generator's extractions (Archive.ingest): the extractor found none"
            result.notes.append("The extractor found no commitments (placeholder), so search, export and the floor use the archive built from the generator's own extractions through the Storage API.")
        }

        result.floorIngest = try floorIngest(from: target)
        let floor = folder + "/floor.sqlite"
        result.searches = try searches(target: target, floor: floor)
        (result.startupSamples, result.floorStartupSamples) = try startup()
        result.export = try export(target)
        result.size = try sizes(target: target, floor: floor)
        return result
    }

    // MARK: Ingest

    private func ingest(_ corpus: String, into archive: String, label: String, extra: [String], runs: Int) throws -> BenchmarkResult.Ingest {
        var measurements: [ChildProcess.Measurement] = []
        for run in 1...runs {
            removeArchive(archive)
            log("\(label): run \(run)/\(runs)")
            measurements.append(try ChildProcess.run(
                settings.entente, ["ingest", corpus, "--db", archive] + extra, stderr: folder + "/ingest-errors.txt", measureMemory: true))
        }
        return Self.summarize(label, measurements)
    }

    /// Archive.ingest in this process with the generator's extractions, in
    /// batches of 256: the write path alone. Generation time is not counted.
    private func storageIngest(into path: String) throws -> BenchmarkResult.Ingest {
        removeArchive(path)
        log("Archive.ingest of the generator's extractions")
        var seconds = 0.0
        let cpuBefore = Self.cpuSeconds()
        var generating = 0.0
        let start = Clock.now()
        do {
            let archive = try Archive(path: path, mode: .write)
            var batch: [(article: Article, extraction: Extraction)] = []
            var generator = CorpusGenerator(count: settings.articles, seed: settings.seed, reportShare: settings.reportShare)
            while true {
                let made = Clock.now()
                let next = generator.next()
                generating += Clock.now() - made
                if let next { batch.append((next.article, next.extraction)) }
                if batch.count == 256 || (next == nil && !batch.isEmpty) {
                    _ = try archive.ingest(batch)
                    batch = []
                }
                if next == nil { break }
            }
        }
        seconds = Clock.now() - start - generating
        // CPU time includes generation; it is shown for scale only.
        return BenchmarkResult.Ingest(
            label: "Archive.ingest in-process (generator's extractions, no extractor)", runs: 1,
            seconds: seconds, cpuSeconds: Self.cpuSeconds() - cpuBefore, peakRSS: 0)
    }

    /// The floor: the archive's commitments with their filter columns as
    /// CSV, imported by the sqlite3 shell and indexed by FTS5 (unicode61).
    private func floorIngest(from target: String) throws -> BenchmarkResult.Ingest {
        log("floor: exporting commitments to CSV")
        try shell.measure(target, """
            SELECT c.id, c.statement_id, c.language, c.type, s.date, c.text
            FROM commitment c JOIN statement s ON s.id = c.statement_id ORDER BY c.id;
            """, options: ["-readonly", "-csv"], stdout: folder + "/floor-c.csv")
        try shell.measure(target, "SELECT statement_id, party_code FROM statement_party;", options: ["-readonly", "-csv"], stdout: folder + "/floor-sp.csv")
        try shell.measure(target, "SELECT commitment_id, topic FROM commitment_topic;", options: ["-readonly", "-csv"], stdout: folder + "/floor-ct.csv")
        let floor = folder + "/floor.sqlite"
        var measurements: [ChildProcess.Measurement] = []
        for run in 1...settings.runs {
            removeArchive(floor)
            log("floor ingest: run \(run)/\(settings.runs)")
            measurements.append(try shell.script(floor, """
                PRAGMA journal_mode = WAL;
                CREATE TABLE c(id INTEGER PRIMARY KEY, statement_id INTEGER NOT NULL, language TEXT NOT NULL,
                               type TEXT NOT NULL, date TEXT, text TEXT NOT NULL);
                CREATE TABLE sp(statement_id INTEGER NOT NULL, party_code TEXT NOT NULL,
                                PRIMARY KEY (statement_id, party_code)) WITHOUT ROWID;
                CREATE TABLE ct(commitment_id INTEGER NOT NULL, topic TEXT NOT NULL,
                                PRIMARY KEY (commitment_id, topic)) WITHOUT ROWID;
                .mode csv
                .import \(folder)/floor-c.csv c
                .import \(folder)/floor-sp.csv sp
                .import \(folder)/floor-ct.csv ct
                CREATE INDEX sp_party ON sp(party_code, statement_id);
                CREATE INDEX ct_topic ON ct(topic, commitment_id);
                CREATE VIRTUAL TABLE fts USING fts5(text, content = 'c', content_rowid = 'id', tokenize = 'unicode61');
                INSERT INTO fts(fts) VALUES ('rebuild');
                PRAGMA wal_checkpoint(TRUNCATE);
                """))
        }
        return Self.summarize("floor: sqlite3 .import + FTS5 rebuild (commitments only)", measurements)
    }

    // MARK: Search

    private func searches(target: String, floor: String) throws -> [BenchmarkResult.Search] {
        var results = try BenchQuery.standard.map { query in
            BenchmarkResult.Search(
                query: query, ententeMatches: 0,
                floorMatches: try shell.integer(floor, query.floorSQL(countOnly: true)),
                processSamples: [], floorSamples: [], inProcessSamples: [])
        }
        // Whole processes, entente and floor interleaved so that noise hits both.
        for run in 0...settings.searchRuns {
            log("search as processes: round \(run)/\(settings.searchRuns)")
            for index in results.indices {
                let query = results[index].query
                let entente = try ChildProcess.run(
                    settings.entente, ["search", query.words, "--db", target, "--limit", "20"] + query.filterArguments,
                    stderr: folder + "/search-errors.txt")
                let floorRun = try shell.measure(floor, query.floorSQL())
                guard run > 0 else { continue }  // round 0 warms the page cache
                results[index].processSamples.append(entente.seconds * 1000)
                results[index].floorSamples.append(floorRun.seconds * 1000)
            }
        }
        // One long-lived process: the Storage API in a loop.
        log("search in-process: \(settings.inProcessRuns) rounds")
        let archive = try Archive(path: target, mode: .read)
        let preparing = Clock.now()
        try archive.prepareForRepeatedSearches()
        log(String(format: "in-process: commitment lengths loaded in %.1f ms", (Clock.now() - preparing) * 1000))
        for index in results.indices {
            results[index].ententeMatches = try archive.count(results[index].query.filter)
        }
        for run in 0...settings.inProcessRuns {
            for index in results.indices {
                let start = Clock.now()
                _ = try archive.search(results[index].query.filter)
                let elapsed = (Clock.now() - start) * 1000
                if run > 0 { results[index].inProcessSamples.append(elapsed) }
            }
        }
        // The floor in one long-lived process too: a sqlite3 script of the
        // same rounds, timed by the shell's `.timer on` (millisecond steps).
        var script = ".timer on\n"
        for _ in 0...settings.inProcessRuns {
            for result in results { script += result.query.floorSQL() + "\n" }
        }
        let scriptPath = folder + "/floor-searches.sql", output = folder + "/floor-searches.txt"
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        try ChildProcess.run(settings.sqlite3, ["-readonly", floor], stdout: output, stderr: folder + "/sqlite3-error.txt", stdin: scriptPath)
        let times = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("Run Time: real ") }
            .map { Double($0.dropFirst("Run Time: real ".count).split(separator: " ")[0]) ?? 0 }
        if times.count == results.count * (settings.inProcessRuns + 1) {
            for (position, seconds) in times.enumerated() where position >= results.count {
                results[position % results.count].floorInProcessSamples.append(seconds * 1000)
            }
        }
        return results
    }

    /// What starting a process costs before any work, for scale.
    private func startup() throws -> ([Double], [Double]) {
        var entente: [Double] = [], floor: [Double] = []
        for run in 0...settings.searchRuns {
            let a = try ChildProcess.run(settings.entente, ["--help"])
            let b = try ChildProcess.run(settings.sqlite3, [":memory:", "SELECT 1;"])
            if run > 0 { entente.append(a.seconds * 1000); floor.append(b.seconds * 1000) }
        }
        return (entente, floor)
    }

    // MARK: Export

    /// The statement `entente export` runs for an unfiltered export (kept in
    /// step with CommitmentSQL), so the floor reads the same rows and columns.
    static let exportSQL = """
        SELECT c.id AS commitment_id, c.statement_id, s.date AS statement_date, s.kind AS statement_kind, s.venue,
            (SELECT group_concat(party_code, ';') FROM statement_party WHERE statement_id = c.statement_id AND role = 'issuer') AS issuers,
            (SELECT group_concat(party_code, ';') FROM commitment_party WHERE commitment_id = c.id) AS committed_by,
            c.type, (SELECT group_concat(topic, ';') FROM commitment_topic WHERE commitment_id = c.id) AS topics,
            c.context, c.target, c.language, c.text,
            a.title, a.source, a.url, a.published
        FROM commitment c
        JOIN statement s ON s.id = c.statement_id
        JOIN article a ON a.id = c.article_id
        ORDER BY s.date IS NULL, s.date DESC, c.id;
        """

    private func export(_ target: String) throws -> BenchmarkResult.Export {
        let output = folder + "/export.csv"
        let floorOutput = folder + "/floor-export.csv"
        var entente: [ChildProcess.Measurement] = []
        var floor: [ChildProcess.Measurement] = []
        for run in 1...settings.runs {
            log("export: run \(run)/\(settings.runs)")
            entente.append(try ChildProcess.run(settings.entente, ["export", "--db", target, "-o", output], stderr: folder + "/export-errors.txt", measureMemory: true))
            floor.append(try shell.measure(target, Self.exportSQL, options: ["-readonly", "-csv"], stdout: floorOutput, measureMemory: true))
        }
        let rows = try shell.integer(target, "SELECT count(*) FROM commitment")
        let result = BenchmarkResult.Export(
            rows: rows, seconds: Statistics.median(entente.map(\.seconds)), peakRSS: entente.map(\.peakRSS).max()!,
            floorSeconds: Statistics.median(floor.map(\.seconds)), floorPeakRSS: floor.map(\.peakRSS).max()!,
            bytes: Self.fileSize(output), floorBytes: Self.fileSize(floorOutput))
        try? FileManager.default.removeItem(atPath: output)
        try? FileManager.default.removeItem(atPath: floorOutput)
        return result
    }

    // MARK: Size

    private func sizes(target: String, floor: String) throws -> BenchmarkResult.Size {
        BenchmarkResult.Size(
            archiveBytes: Self.fileSize(target),
            ftsBytes: try shell.integer(target, "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'commitment_fts%';"),
            floorBytes: Self.fileSize(floor),
            floorFTSBytes: try shell.integer(floor, "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'fts%';"))
    }

    // MARK: Helpers

    private func removeArchive(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static func summarize(_ label: String, _ measurements: [ChildProcess.Measurement]) -> BenchmarkResult.Ingest {
        BenchmarkResult.Ingest(
            label: label, runs: measurements.count, seconds: Statistics.median(measurements.map(\.seconds)),
            cpuSeconds: Statistics.median(measurements.map(\.cpuSeconds)), peakRSS: measurements.map(\.peakRSS).max()!)
    }

    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
