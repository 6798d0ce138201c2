import Foundation

extension Extractor {
    /// Builds the known office holders (`officials.txt`, every language's names) on a
    /// thread of its own the first time anything is extracted, while the extraction
    /// builds its language's lexicons: a one-article `entente extract` or `ingest`
    /// spends most of its time building lexicons, and on two cores the two builds
    /// take the time of the longer (BENCHMARKS.md, one-file commands).
    static let knownOfficialsInBackground: Void = {
        Thread.detachNewThread { _ = KnownOfficials.shared }
    }()
}
