import Foundation

/// The one line a long ingest shows on a terminal: articles done of about
/// how many, the rate, and the time left at that rate.
public struct IngestProgress: Sendable {
    /// About how many articles the inputs hold.
    public let total: Int
    public let start: Date

    public init(total: Int, start: Date = Date()) {
        self.total = total
        self.start = start
    }

    /// The line after `done` articles, at `now`:
    /// `1,200/10,000 articles · 850/s · 10 s left`.
    public func line(done: Int, now: Date = Date()) -> String {
        let elapsed = now.timeIntervalSince(start)
        let shownTotal = max(total, done)
        var parts = ["\(Self.count(done))/\(Self.count(shownTotal)) articles"]
        guard elapsed > 0, done > 0 else { return parts[0] }
        let rate = Double(done) / elapsed
        parts.append("\(Self.count(Int(rate.rounded())))/s")
        if shownTotal > done { parts.append("\(Self.duration(Double(shownTotal - done) / rate)) left") }
        return parts.joined(separator: " · ")
    }

    /// A count with thousands separated by commas, whatever the locale.
    static func count(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    /// `45 s`, `3 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(String(format: "%02d", whole % 60)) s" }
        return "\(whole / 3600) h \(String(format: "%02d", whole % 3600 / 60)) min"
    }
}
