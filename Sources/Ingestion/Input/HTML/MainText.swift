/// The article's own text on a web page: its paragraphs and headings in
/// order, without the page around it (navigation, scripts, styles, share
/// bars, related-article lists, cookie banners, comments).
///
/// Boilerplate goes first, by tag, ARIA role and the class and id marks of
/// `page-boilerplate.txt`; the article is then the page's
/// `itemprop=articleBody`, its `<article>` or `<main>`, or else the element
/// whose own paragraphs hold the most text; within it, a block made mostly
/// of links (a "read also" line, a list of headlines) is left out.
enum MainText {
    /// The kept content of `page`, the element holding the article (nil when
    /// none holds text), and its paragraphs, each on one line.
    static func paragraphs(of page: HTMLElement) -> (root: HTMLElement?, paragraphs: [String]) {
        guard let body = pruned(page), let root = articleRoot(in: body) else { return (nil, []) }
        var collector = BlockCollector()
        collector.visit(root)
        collector.flush()
        return (root, collector.paragraphs)
    }

    /// Tags that are never the article's text.
    static let droppedTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "aside", "footer", "header", "form", "button", "select",
        "textarea", "input", "label", "iframe", "object", "embed", "svg", "canvas", "figure", "dialog", "menu",
    ]

    /// ARIA roles of a page's furniture.
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu"]

    static let marks: [String] = LexiconFile.lines("page-boilerplate.txt")

    /// Whether `element` and all it holds are the page's, not the article's.
    static func isBoilerplate(_ element: HTMLElement) -> Bool {
        if droppedTags.contains(element.name) { return true }
        if let role = element["role"]?.lowercased(), droppedRoles.contains(role) { return true }
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        let names = ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
        guard names.contains(where: { !$0.isWhitespace }) else { return false }
        return names.split(separator: " ").contains { name in marks.contains { name.contains($0) } }
    }

    /// `element` without its boilerplate; nil when it is boilerplate.
    static func pruned(_ element: HTMLElement) -> HTMLElement? {
        guard !isBoilerplate(element) else { return nil }
        var kept = element
        kept.children = element.children.compactMap { child in
            guard case let .element(inner) = child else { return child }
            return pruned(inner).map(HTMLNode.element)
        }
        return kept
    }

    /// The element holding the article.
    static func articleRoot(in body: HTMLElement) -> HTMLElement? {
        let elements = body.descendants()
        if let marked = elements.first(where: { $0["itemprop"]?.lowercased() == "articlebody" }) { return marked }
        let articles = elements.filter { $0.name == "article" || $0.name == "main" || $0["role"]?.lowercased() == "main" }
        if let longest = articles.max(by: { paragraphText($0) < paragraphText($1) }), paragraphText(longest) > 0 { return longest }
        if let best = elements.max(by: { ownParagraphText($0) < ownParagraphText($1) }), ownParagraphText(best) > 0 { return best }
        return body
    }

    /// Characters in the paragraphs anywhere below `element`.
    static func paragraphText(_ element: HTMLElement) -> Int {
        element.descendants().filter { $0.name == "p" }.reduce(0) { $0 + $1.text.count }
    }

    /// Characters in the paragraphs (`<p>`, and text-only `<div>`s) directly below `element`.
    static func ownParagraphText(_ element: HTMLElement) -> Int {
        element.children.reduce(0) { total, child in
            guard case let .element(inner) = child, inner.name == "p" else { return total }
            return total + inner.text.count
        }
    }
}

/// Walks an element, cutting its text into paragraphs at block elements.
struct BlockCollector {
    /// Elements that end the paragraph before them and start a new one.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "figcaption", "address", "hr", "br", "center",
    ]

    private(set) var paragraphs: [String] = []
    private var current = ""
    /// Characters of `current` inside links.
    private var linked = 0
    private var linkDepth = 0
    private var sawHeadline = false

    mutating func visit(_ element: HTMLElement) {
        let isBlock = Self.blockTags.contains(element.name)
        if isBlock { flush() }
        if element.name == "a" { linkDepth += 1 }
        for child in element.children {
            switch child {
            case let .text(text):
                current += text
                if linkDepth > 0 { linked += text.count }
            case let .element(inner):
                visit(inner)
            }
        }
        if element.name == "a" { linkDepth -= 1 }
        if isBlock {
            // The page's headline is its title, not a paragraph.
            if element.name == "h1", !sawHeadline {
                sawHeadline = true
                current = ""
                linked = 0
            }
            flush()
        }
    }

    /// Ends the paragraph being read: white space collapsed, left out when
    /// empty or made mostly of links.
    mutating func flush() {
        defer { current = ""; linked = 0 }
        let words = current.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return }
        let letters = words.reduce(0) { $0 + $1.count }
        guard linked * 2 < letters else { return }
        paragraphs.append(words.joined(separator: " "))
    }
}
