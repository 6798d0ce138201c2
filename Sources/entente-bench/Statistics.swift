/// Order statistics of timing samples.
enum Statistics {
    static func median(_ samples: [Double]) -> Double { percentile(samples, 50) }

    /// Nearest-rank percentile; 0 for no samples.
    static func percentile(_ samples: [Double], _ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
