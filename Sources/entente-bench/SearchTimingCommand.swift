import ArgumentParser
import Foundation
import Storage

/// `entente-bench search-timing --db PATH`: the query set in one process
/// against an existing archive, for comparing changes to the search SQL
/// without rebuilding corpora.
struct SearchTimingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search-timing",
        abstract: "Time the query set with Archive.search on an existing archive.")

    @Option(help: ArgumentHelp("The archive.", valueName: "path"))
    var db: String

    @Option(help: "Rounds of the query set, after one warm-up round.")
    var rounds = 10

    @Flag(help: "Leave the commitment lengths on disk (as a one-search process does).")
    var withoutLengths = false

    @Flag(help: "Time what the web search page asks for each query: the rows, their count and the facet counts.")
    var page = false

    func run() throws {
        let archive = try Archive(path: db, mode: .read)
        if !withoutLengths {
            let start = Clock.now()
            try archive.prepareForRepeatedSearches()
            print(String(format: "commitment lengths loaded in %.1f ms", (Clock.now() - start) * 1000))
        }
        var samples = Array(repeating: [Double](), count: BenchQuery.standard.count)
        for round in 0...rounds {
            for (index, query) in BenchQuery.standard.enumerated() {
                let start = Clock.now()
                _ = try archive.search(query.filter)
                if page {
                    _ = try archive.count(query.filter)
                    _ = try archive.facetCounts(query.filter)
                }
                if round > 0 { samples[index].append((Clock.now() - start) * 1000) }
            }
        }
        print("| query | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|")
        for (index, query) in BenchQuery.standard.enumerated() {
            let figures = [50, 95, 99].map { ReportTable.format(Statistics.percentile(samples[index], Double($0)), 2) }
            print("| \(query.name) | " + figures.joined(separator: " | ") + " |")
        }
    }
}
