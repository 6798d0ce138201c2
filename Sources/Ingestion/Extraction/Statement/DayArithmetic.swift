import Model

/// Day counting on the proleptic Gregorian calendar, without Foundation,
/// for resolving "yesterday" and "on Monday" against a publication date.
enum DayArithmetic {
    /// Days since 1970-01-01.
    static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        StatementDate.dayNumber(year: y, month: m, day: d)
    }

    static func date(fromDayNumber z: Int) -> StatementDate {
        StatementDate(dayNumber: z)
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
