import Model
import XCTest

/// An Arabic title's state named after ب or ل with its formal word ("وزير
/// الخارجية بمملكة البحرين", "لسلطنة عمان") gives the title its party, as
/// "في مملكة البحرين" and "بدولة" did, and the name after it is the holder's.
final class ArabicStateComplementTests: XCTestCase {
    func testAStatesFormalNameAfterBaOrLamGivesTheTitlesParty() {
        let cases: [(String, Person, UInt)] = [
            ("وشارك في الاجتماع وزير الخارجية بمملكة البحرين سالم بن راشد الكواري.",
             Person(name: "سالم بن راشد الكواري", role: .foreignMinister, party: "BH"), #line),
            ("وشارك في الاجتماع وزير الخارجية بسلطنة عمان ناصر بن حمد الهنائي.",
             Person(name: "ناصر بن حمد الهنائي", role: .foreignMinister, party: "OM"), #line),
            ("وشارك في الاجتماع وزير الخارجية بالجمهورية التونسية منير الطرابلسي.",
             Person(name: "منير الطرابلسي", role: .foreignMinister, party: "TN"), #line),
        ]
        for (text, person, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .arabic).persons, [person], text, line: line)
        }
    }
}
