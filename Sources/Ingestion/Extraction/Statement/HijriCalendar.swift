import Foundation
import Model

/// Converts Hijri dates (Umm al-Qura, the calendar Gulf outlets date by) to Gregorian.
enum HijriCalendar {
    static func gregorian(year: Int, month: Int, day: Int) -> StatementDate? {
        guard (1...12).contains(month), (1...30).contains(day), (1300...1600).contains(year) else { return nil }
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
