/// The controlled list of topics a commitment may carry (several at once).
public enum Topic: String, Codable, CaseIterable, Sendable, Hashable, Comparable {
    case security, counterterrorism, economy, trade, investment, finance, energy
    case infrastructure, agriculture, industry, mining, technology, cyber, space
    case health, education, culture, water, climate, sovereignty, territorial
    case humanitarian
    case regionalConflict = "regional_conflict"
    case diplomaticProcess = "diplomatic_process"
    case other

    public static func < (lhs: Topic, rhs: Topic) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
