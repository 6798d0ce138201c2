/// How much of a statement's date is known.
public enum DatePrecision: String, Codable, CaseIterable, Sendable, Hashable {
    case day, month, year, unknown
}
