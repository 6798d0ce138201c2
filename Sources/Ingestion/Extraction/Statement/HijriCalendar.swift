import Foundation
import Model

/// Converts Hijri dates (Umm al-Qura, the calendar Gulf outlets date by) to Gregorian.
enum HijriCalendar {
    /// Day numbers (see `DayArithmetic`) of the first day of each month, by Hijri year,
    /// from `hijri-months.txt`: a table look-up instead of starting an ICU calendar.
    static let monthStarts: [Int: [Int]] = {
        var table: [Int: [Int]] = [:]
        for line in LexiconFile.lines("hijri-months.txt") {
            // The line's numbers, read on UTF-8 bytes: YEAR, then year, month, day twelve times.
            var numbers: [Int] = []
            var value = 0, inNumber = false
            for byte in line.utf8 {
                if byte >= 0x30, byte <= 0x39 {
                    value = value * 10 + Int(byte - 0x30)
                    inNumber = true
                } else if inNumber {
                    numbers.append(value)
                    value = 0
                    inNumber = false
                }
            }
            if inNumber { numbers.append(value) }
            guard numbers.count == 37 else { continue }
            table[numbers[0]] = stride(from: 1, to: 37, by: 3).map { DayArithmetic.dayNumber(numbers[$0], numbers[$0 + 1], numbers[$0 + 2]) }
        }
        return table
    }()

    /// The Hijri years converted (and that a date written in figures may have).
    static let years = 1300...1600

    static func gregorian(year: Int, month: Int, day: Int) -> StatementDate? {
        guard (1...12).contains(month), (1...30).contains(day), years.contains(year) else { return nil }
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
