import Foundation
import Model

/// Converts Hijri dates (Umm al-Qura, the calendar Gulf outlets date by) to Gregorian.
enum HijriCalendar {
    /// Day numbers (see `DayArithmetic`) of the first day of each month, by Hijri year,
    /// from `hijri-months.txt`: a table look-up instead of starting an ICU calendar.
    static let monthStarts: [Int: [Int]] = {
        var table: [Int: [Int]] = [:]
        for line in LexiconFile.lines("hijri-months.txt") {
            let fields = line.split(separator: " ")
            guard fields.count == 13, let year = Int(fields[0]) else { continue }
            let starts = fields.dropFirst().compactMap { field -> Int? in
                let parts = field.split(separator: "-").compactMap { Int($0) }
                return parts.count == 3 ? DayArithmetic.dayNumber(parts[0], parts[1], parts[2]) : nil
            }
            if starts.count == 12 { table[year] = starts }
        }
        return table
    }()

    static func gregorian(year: Int, month: Int, day: Int) -> StatementDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1300...1600).contains(year) else { return nil }
        // Day 30 of a 29-day month rolls into the next, as Calendar's lenient arithmetic does.
        if let starts = monthStarts[year] { return DayArithmetic.date(fromDayNumber: starts[month - 1] + day - 1) }
        return viaCalendar(year: year, month: month, day: day)
    }

    static func viaCalendar(year: Int, month: Int, day: Int) -> StatementDate? {
        let islamic = Calendar(identifier: .islamicUmmAlQura)
        var components = DateComponents()
        components.year = year
        components.month = month
        components.day = day
        components.hour = 12
        guard let date = islamic.date(from: components) else { return nil }
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = islamic.timeZone
        let g = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return StatementDate(year: y, month: m, day: d)
    }
}
