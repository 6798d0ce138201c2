@testable import Ingestion
import XCTest

/// The person and speaker finders read a word's capital, and the extractor
/// a name's lower case, without Unicode tables where the text allows it:
/// each must answer as the `Character` and `String` methods it stands for.
final class CaseShortcutTests: XCTestCase {
    func testStartsUppercaseAnswersAsTheFirstCharacter() {
        // ASCII; accents composed and decomposed (an ASCII letter then a combining mark is one character);
        // a lower case letter with no capital (kra), title case, a circled capital, Arabic, marks, CR LF.
        let surfaces = ["Biden", "biden", "B", "b", "1st", "'s", "", "Élise", "élise", "E\u{301}lise", "e\u{301}lise",
                        "A\u{345}", "ĸa", "ǅa", "Ⓐ", "محمد", "\r\n", "\rA", "Ab\u{301}", "İstanbul", "ÉTAT", "-", "McKinley"]
        for surface in surfaces {
            XCTAssertEqual(surface.startsUppercase, surface.first?.isUppercase == true, surface.unicodeScalars.map(\.value).description)
        }
    }

    func testNamesLowerCaseAsStrings() {
        let names = ["محمد بن سلمان", "فيصل بن فرحان آل سعود", "عَبد الله", "Macky SALL", "macky sall", "Élise Garnier",
                     "ÉLISE GARNIER", "İlham Aliyev", "Weiß", "ǄEMAL", "Wang Yi", "wang yi", "", "O'Neill", "Ἀθηνᾶ"]
        for name in names {
            XCTAssertEqual(Extractor.lowercased(name), name.lowercased(), name)
        }
    }
}
