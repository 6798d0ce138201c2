import CLibXML2
import Foundation

/// A saved web page through libxml2's HTML parser, which reads real pages
/// as browsers do (unclosed tags, implied elements, character references)
/// and decodes the charset the page declares.
enum HTMLParser {
    /// The page's `<html>` element, or nil when libxml2 finds none.
    /// - Parameter encoding: the page's encoding when known (a JSON string's
    ///   page is UTF-8); nil to take it from the page: bytes that are valid
    ///   UTF-8 are read as UTF-8, others as `<meta charset>` (or
    ///   `http-equiv`) declares.
    static func parse(_ data: Data, encoding: String?) -> HTMLElement? {
        var options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let known = encoding ?? (isUTF8(data) ? "UTF-8" : nil)
        // A page whose bytes are UTF-8 but whose <meta> says otherwise was
        // saved as UTF-8 after it was served: the bytes win.
        if known != nil { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        guard data.count < Int(Int32.max) else { return nil }
        let document = data.withUnsafeBytes { bytes in
            htmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, known, options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return element(root)
    }

    /// Whether `data` is UTF-8 without a UTF-16 byte-order mark (which libxml2 detects itself).
    static func isUTF8(_ data: Data) -> Bool {
        if ArticleReader.utf16ByteOrder(data) != nil { return false }
        return data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
    }

    /// The values of libxml2's element and everything below it.
    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                // The value is the attribute's text children (the parser has
                // already decoded its character references).
                var value = ""
                var piece = current.pointee.children
                while let text = piece {
                    if let content = text.pointee.content { value += string(content) }
                    piece = text.pointee.next
                }
                attributes[string(name).lowercased()] = value
            }
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(string(content))) }
            default:
                break  // comments, processing instructions
            }
            child = current.pointee.next
        }
        return HTMLElement(name: node.pointee.name.map(string)?.lowercased() ?? "", attributes: attributes, children: children)
    }

    private static func string(_ characters: UnsafePointer<xmlChar>) -> String {
        String(cString: characters)
    }
}
