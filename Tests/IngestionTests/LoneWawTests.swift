import Model
import XCTest

/// Some outlets set the Arabic conjunction apart ("الجزائر و كوبا", "التشاور و
/// التنسيق"). A lone "و" is no word of any name, title or cue, but the word
/// before it is still read: the state named before it is a party and a speaker.
final class LoneWawTests: XCTestCase {
    func testAWordBeforeALoneWawIsStillRead() {
        let cases: [(String, Set<String>, UInt)] = [
            ("جددت تونس و فنزويلا الأربعاء التزامهما بالعمل سويا من أجل تعزيز التعاون الاقتصادي.\n", ["TN", "VE"], #line),
            ("أكدت مصر و الهند عزمهما توسيع التبادل التجاري بين البلدين.\n", ["EG", "IN"], #line),
        ]
        for (text, expected, line) in cases {
            let found = TestSupport.extract(text, published: "2026-03-03")
            XCTAssertEqual(Set(found.issuers.map(\.rawValue)), expected, text, line: line)
            XCTAssertEqual(Set(found.commitments.first?.by.map(\.rawValue) ?? []), expected, text, line: line)
        }
    }
}
