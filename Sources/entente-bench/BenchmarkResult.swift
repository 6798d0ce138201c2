/// Everything measured at one corpus size.
struct BenchmarkResult {
    /// One way of building an archive, timed.
    struct Ingest {
        var label: String
        var runs: Int
        var seconds: Double
        var cpuSeconds: Double
        var peakRSS: Int
    }

    /// One query of the set: latencies in milliseconds.
    struct Search {
        var query: BenchQuery
        var ententeMatches: Int
        var floorMatches: Int
        var processSamples: [Double]
        var floorSamples: [Double]
        var inProcessSamples: [Double]
        /// The floor's query inside one `sqlite3` process (`.timer on`, ms resolution).
        var floorInProcessSamples: [Double] = []
    }

    struct Export {
        var rows: Int
        var seconds: Double
        var peakRSS: Int
        var floorSeconds: Double
        var floorPeakRSS: Int
        var bytes: Int
        var floorBytes: Int
    }

    struct Size {
        var archiveBytes: Int
        var ftsBytes: Int
        var floorBytes: Int
        var floorFTSBytes: Int
    }

    var articles: Int
    var corpusBytes: Int
    var generatedCommitments: Int
    /// Commitments in the archive searched and exported, and where they came from.
    var commitments = 0
    var commitmentSource = ""
    var ingests: [Ingest] = []
    var floorIngest: Ingest?
    var searches: [Search] = []
    /// Process start alone, ms: `entente --help` and `sqlite3 :memory: 'SELECT 1'`.
    var startupSamples: [Double] = []
    var floorStartupSamples: [Double] = []
    var export: Export?
    var size: Size?
    var notes: [String] = []
}
