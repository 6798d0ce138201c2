import Model
import XCTest

/// "عقد الدكتور سليم حداد وزير الخارجية التشيلي، وخوان بيريز وزير الخارجية الكولومبي":
/// Arabic often names an official before his title. A name that a comma and و set
/// after a title opens the next official's entry, not the title's holder; the title's
/// holder is the name before it, after its form of address, or after the comma and و.
final class ArabicNameThenTitleTests: XCTestCase {
    func testNamesBeforeTheirTitlesInACoordinatedList() {
        let cases: [(String, [Person], UInt)] = [
            ("عقد الدكتور سليم حداد وزير الخارجية التشيلي، وخوان بيريز وزير الخارجية الكولومبي، اجتماعا في ليما.",
             [Person(name: "سليم حداد", role: .foreignMinister, party: "CL"),
              Person(name: "خوان بيريز", role: .foreignMinister, party: "CO")], #line),
            ("عقد الدكتور سليم حداد وزير الخارجية والهجرة وشؤون التشيليين بالخارج، وخوان بيريز وزير الخارجية الكولومبي، "
             + "اجتماعا تنسيقيا في ليما.",
             [Person(name: "سليم حداد", role: .foreignMinister, party: "CL"),
              Person(name: "خوان بيريز", role: .foreignMinister, party: "CO")], #line),
            // Two posts after the name: the one that matters (GUIDELINES), as when the titles come first.
            ("عقد الدكتور سليم حداد وزير الخارجية التشيلي، وخوان بيريز نائب رئيس الوزراء وزير الخارجية الكولومبي، "
             + "اجتماعا في ليما.",
             [Person(name: "سليم حداد", role: .foreignMinister, party: "CL"),
              Person(name: "خوان بيريز", role: .foreignMinister, party: "CO")], #line),
            // A name set off by a comma alone is still the title's holder.
            ("وقال وزير الخارجية التشيلي، سليم حداد، إن بلاده تدعم الحوار.",
             [Person(name: "سليم حداد", role: .foreignMinister, party: "CL")], #line),
        ]
        for (text, expected, line) in cases {
            XCTAssertEqual(TestSupport.extract(text, language: .arabic).persons, expected, text, line: line)
        }
    }
}
