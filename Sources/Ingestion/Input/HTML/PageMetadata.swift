import Foundation
import Model

/// What a web page says about itself: `<title>`, Open Graph and
/// `article:published_time`, JSON-LD `NewsArticle`, `<time datetime>`,
/// `<html lang>` and `<link rel=canonical>`. A value the page gives in a
/// form Entente cannot read (a date without a day, a language it does not
/// read) is left out: it is the outlet's, and the text may still be archived.
enum PageMetadata {
    static func read(_ page: HTMLElement, mainText root: HTMLElement?) -> ArticleMetadata {
        let elements = page.descendants()
        var meta: [String: String] = [:]
        for element in elements where element.name == "meta" {
            guard let key = (element["property"] ?? element["name"])?.lowercased(), let content = element["content"] else { continue }
            if meta[key] == nil { meta[key] = content }
        }
        let linkedData = elements.filter { $0.name == "script" && $0["type"]?.lowercased() == "application/ld+json" }
            .compactMap { NewsArticleData(json: $0.text) }.first
        let firstTime = (root?.descendants() ?? []).first { $0.name == "time" && $0["datetime"] != nil }
            ?? elements.first { $0.name == "time" && $0["datetime"] != nil }

        var values: [ArticleField: String] = [:]
        values[.title] = [meta["og:title"], linkedData?.headline, elements.first { $0.name == "h1" }?.text,
                          elements.first { $0.name == "title" }?.text].compactMap(clean).first
        values[.source] = [meta["og:site_name"], linkedData?.publisher].compactMap(clean).first
        values[.url] = [elements.first(where: isCanonical)?["href"], meta["og:url"]].compactMap(clean).first
        var metadata = ArticleMetadata()
        for (field, value) in values { try? field.set(value, in: &metadata) }
        metadata.published = [meta["article:published_time"], linkedData?.datePublished, firstTime?["datetime"]]
            .compactMap(clean).lazy.compactMap(day).first
        metadata.language = page["lang"].flatMap(language)
        return metadata
    }

    private static func isCanonical(_ element: HTMLElement) -> Bool {
        element.name == "link" && (element["rel"]?.lowercased().split(separator: " ").contains("canonical") ?? false)
    }

    /// White space collapsed; nil when nothing is left.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The day of an ISO 8601 date or date-time (`2026-01-05T09:30:00+03:00`).
    static func day(_ text: String) -> StatementDate? {
        try? ArticleMetadata.date(String(text.prefix(10)))
    }

    /// The language of a `lang` attribute (`ar`, `ar-EG`, `fr_FR`), when Entente reads it.
    static func language(_ tag: String) -> Language? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return try? ArticleMetadata.language(primary)
    }
}

/// The fields of a page's JSON-LD `NewsArticle` (or `Article`, `ReportageNewsArticle`…)
/// that Entente reads, found in an object, an array or an `@graph`.
struct NewsArticleData {
    var headline: String?
    var datePublished: String?
    var publisher: String?

    init?(json: String) {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]),
              let article = Self.article(in: value) else { return nil }
        headline = article["headline"] as? String
        datePublished = article["datePublished"] as? String
        let publisher = article["publisher"]
        self.publisher = (publisher as? [String: Any])?["name"] as? String ?? publisher as? String
    }

    /// The first object whose `@type` names an article.
    private static func article(in value: Any) -> [String: Any]? {
        if let list = value as? [Any] { return list.lazy.compactMap(article(in:)).first }
        guard let object = value as? [String: Any] else { return nil }
        let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        if types.contains(where: { $0.hasSuffix("Article") }) { return object }
        return object["@graph"].flatMap(article(in:))
    }
}
