import Model

/// Day counting on the proleptic Gregorian calendar, without Foundation,
/// for resolving "yesterday" and "on Monday" against a publication date.
enum DayArithmetic {
    /// Days since 1970-01-01.
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y2 = m <= 2 ? y - 1 : y
        let era = (y2 >= 0 ? y2 : y2 - 399) / 400
        let yoe = y2 - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func date(fromDayNumber z0: Int) -> StatementDate {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return StatementDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 1 = Sunday … 7 = Saturday.
    static func weekday(_ dayNumber: Int) -> Int {
        // 1970-01-01 was a Thursday (5).
        ((dayNumber % 7) + 7 + 4) % 7 + 1
    }

    /// The latest day on or before `reference` that falls on `weekday`.
    static func latest(_ weekday: Int, onOrBefore reference: StatementDate) -> StatementDate? {
        guard let y = reference.year, let m = reference.month, let d = reference.day else { return nil }
        let n = dayNumber(y, m, d)
        let back = (self.weekday(n) - weekday + 7) % 7
        return date(fromDayNumber: n - back)
    }

    static func daysBefore(_ reference: StatementDate, _ days: Int) -> StatementDate? {
        guard let y = reference.year, let m = reference.month, let d = reference.day else { return nil }
        return date(fromDayNumber: dayNumber(y, m, d) - days)
    }
}
