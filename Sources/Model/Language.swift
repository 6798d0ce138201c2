/// The languages Entente reads. Values are ISO 639-1 codes.
public enum Language: String, Codable, CaseIterable, Sendable, Hashable {
    case arabic = "ar"
    case english = "en"
    case french = "fr"
}
