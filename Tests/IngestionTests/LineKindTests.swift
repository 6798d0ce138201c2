@testable import Ingestion
import Model
import XCTest

/// How Document tells headings from prose by the way a line ends.
final class LineKindTests: XCTestCase {
    private func kinds(_ lines: [String], _ language: Language = .english) -> [Document.LineKind] {
        Document(text: lines.joined(separator: "\n\n"), language: language).lines.map(\.kind)
    }

    func testHeadingsDoNotEndLikeSentences() {
        XCTAssertEqual(kinds([
            "Egypt and Jordan hold talks on regional security",
            "Egypt and Jordan held talks in Cairo on Monday.",
            "The ministers described the talks as \"useful.\"",
            "The ministers rejected what they called \"interference\"",
            "The ministers spoke of «une nouvelle étape»",
            "The talks, which lasted three hours, ended with a statement:",
            "The talks continued late into the night…",
        ]), [.heading, .prose, .prose, .heading, .heading, .prose, .prose])
        XCTAssertEqual(kinds(["مصر والأردن تبحثان الأمن الإقليمي", "هل اتفق الجانبان على موعد الجولة المقبلة؟"], .arabic),
                       [.heading, .prose])
    }
}
