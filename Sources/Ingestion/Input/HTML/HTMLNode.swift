/// An element of a parsed web page, as plain values: libxml2's tree is
/// copied once, and everything else reads these.
struct HTMLElement: Sendable {
    /// The tag's name, lower case.
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    /// An attribute's value by its lower-case name.
    subscript(attribute: String) -> String? { attributes[attribute] }

    /// The elements below this one, depth first, in document order.
    func descendants() -> [HTMLElement] {
        var found: [HTMLElement] = []
        func visit(_ element: HTMLElement) {
            for case let .element(child) in element.children {
                found.append(child)
                visit(child)
            }
        }
        visit(self)
        return found
    }

    /// The text of everything below, as written (white space kept).
    var text: String {
        var result = ""
        func visit(_ element: HTMLElement) {
            for child in element.children {
                switch child {
                case let .text(text): result += text
                case let .element(element): visit(element)
                }
            }
        }
        visit(self)
        return result
    }
}

/// A piece of a page's content.
enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(String)
}
