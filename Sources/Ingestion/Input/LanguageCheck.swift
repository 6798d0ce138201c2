import Model
import TextAnalysis

/// The language of an article that does not name one, detected once
/// (extraction then uses it), or why the article is refused: one in a
/// language Entente does not read would come out as English with no
/// commitment found.
public enum LanguageCheck {
    /// Sets `article.language` when it was not given; the refusal, if any.
    public static func settle(_ article: inout Article) -> IngestionError? {
        guard article.language == nil else { return nil }
        switch LanguageDetector.identify(article.text) {
        case let .readable(code):
            article.language = Language(rawValue: code)
            return nil
        case let .unreadable(name):
            return .unreadableLanguage(name)
        }
    }
}
