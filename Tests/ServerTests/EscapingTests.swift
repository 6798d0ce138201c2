import Foundation
import Hummingbird
import XCTest

/// Text stored in an article never reaches a page as markup or as raw
/// control characters; JSON keeps it exactly.
final class EscapingTests: ServerTestCase {
    /// Raw control characters but line feed, tab and carriage return.
    func controls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && !["\n", "\t", "\r"].contains($0)) || (0x7F..<0xA0).contains($0.value) }
    }

    func testHostileTitleTextAndOutletShowAsText() async throws {
        let pages = try await fetch(["/search?q=attacks", "/statements/5", "/parties/JO", "/search?party=JO"])
        for page in pages {
            XCTAssertEqual(page.status, .ok)
            XCTAssertFalse(page.body.contains("<script"), page.body)
            XCTAssertFalse(page.body.contains("<img"), page.body)
            XCTAssertEqual(controls(page.body), [], page.body)
        }
        let search = pages[0].body
        XCTAssertTrue(search.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;&#39;&gt;&lt;b&gt;"), search)
        XCTAssertTrue(search.contains("pledged to stop &lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39; \\x1B[2J <mark>attacks</mark>"), search)
        XCTAssertTrue(search.contains("Wire \\u{9B}31m&lt;/a&gt;"), search)
        let statement = pages[1].body
        XCTAssertTrue(statement.contains("<h3 lang=\"en\" dir=\"ltr\">&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"), statement)
        XCTAssertTrue(statement.contains("\\x1B[2J attacks</mark>"), statement)

        let api = try await fetch("/api/statements/5")
        let detail = try XCTUnwrap(try json(api) as? [String: Any])
        XCTAssertEqual((detail["sources"] as? [[String: Any]])?.first?["title"] as? String, ServerFixture.hostileTitle)
        XCTAssertEqual((detail["commitments"] as? [[String: Any]])?.first?["text"] as? String, ServerFixture.hostileClause)
    }

    func testTheQueryIsEscapedWhereThePageRepeatsIt() async throws {
        let page = try await fetch("/search?q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E")
        XCTAssertFalse(page.body.contains("<script"), page.body)
        XCTAssertTrue(page.body.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), page.body)
    }

    func testEveryTemplateEscapesEveryValue() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/EntenteServer/Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        XCTAssertGreaterThanOrEqual(names.count, 7)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("{{% CONTENT_TYPE: SAFE_HTML}}\n"), name)
            XCTAssertFalse(text.contains("{{{"), name)
            XCTAssertFalse(text.contains("{{&"), name)
            XCTAssertFalse(text.contains("<script"), "\(name): pages need no script")
        }
    }
}
