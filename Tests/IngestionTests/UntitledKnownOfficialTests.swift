import Model
import XCTest

/// Known office holders the lead names without a title are the text's
/// officials too, with the one office the list gives them; one found with
/// a title is not listed twice.
final class UntitledKnownOfficialTests: XCTestCase {
    func testKnownOfficialsNamedWithoutATitleAreListed() {
        let cases: [(String, [Person], UInt)] = [
            ("Emmanuel Macron et Vladimir Poutine se sont entretenus au téléphone jeudi sur la situation en Ukraine.",
             [Person(name: "Emmanuel Macron", role: .president, party: "FR"),
              Person(name: "Vladimir Poutine", role: .president, party: "RU")], #line),
            ("Le président russe Vladimir Poutine et Emmanuel Macron se sont entretenus au téléphone jeudi.",
             [Person(name: "Vladimir Poutine", role: .president, party: "RU"),
              Person(name: "Emmanuel Macron", role: .president, party: "FR")], #line),
        ]
        for (text, expected, line) in cases {
            let persons = TestSupport.extract(text).persons
            XCTAssertEqual(persons.count, expected.count, text, line: line)
            XCTAssertEqual(Set(persons), Set(expected), text, line: line)
        }
    }
}
