/// Why two articles report one statement: a row of `report_link`.
struct ReportLink: Equatable {
    enum Rule: String {
        /// The same text, another outlet: shingles shared.
        case nearCopy = "near_copy"
        /// Other words or another language, the same issuers, date and meeting.
        case sameStatement = "same_statement"
        /// `entente merge`.
        case analyst
    }

    var rule: Rule
    /// For `show`: "same issuers CN+PK, same date 2026-01-05, strategic dialogue round 7".
    var reason: String
}
