import Model
import TextAnalysis

extension AnalyzerLanguage {
    /// The analyzer's rules for an article's language (TextAnalysis knows
    /// no Model, so the two enums meet here).
    init(_ language: Language) {
        switch language {
        case .arabic: self = .arabic
        case .english: self = .english
        case .french: self = .french
        }
    }
}
